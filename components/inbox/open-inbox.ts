"use client";

import type { InboxRef } from "@/core/assignment/assignment-code";
import { createInbox } from "@/lib/inbox-client";
import { useInboxStore } from "@/stores/inbox-store";

export type CollectChoice = { server: string; createToken: string };

/**
 * The inbox an assignment's link should carry: the one this browser already made for it on that server, or a new one
 * (its key saved in the teacher's data). Never throws.
 */
export async function openInbox(
  choice: CollectChoice,
  assignmentId: string,
  now: number,
): Promise<{ ok: true; inbox: InboxRef } | { ok: false; message: string }> {
  const known = useInboxStore.getState().inboxes[assignmentId];
  if (known && known.url === choice.server && !known.closed && known.expiresAt > now)
    return { ok: true, inbox: { id: known.id, url: known.url } };
  const res = await createInbox(choice.server, assignmentId, choice.createToken || undefined);
  if (!res.ok) return { ok: false, message: res.message };
  useInboxStore.getState().saveInbox({
    assignmentId,
    id: res.body.id,
    url: choice.server,
    secretKey: res.body.key,
    cursor: 0,
    createdAt: now,
    expiresAt: Date.parse(res.body.expiresAt),
    closed: false,
  });
  return { ok: true, inbox: { id: res.body.id, url: choice.server } };
}
