"use client";

import type { InboxRef } from "@/core/assignment/link/assignment-code";
import { checkHealth, createInbox } from "@/lib/inbox-client";
import { useInboxStore } from "@/stores/inbox-store";
import type { CollectChoice } from "./collect-option";

/**
 * The inbox an assignment's link should carry: the one this browser already made for it on that server, or a new one
 * (its key saved in the teacher's data). Never throws.
 */
export async function openInbox(
  choice: CollectChoice,
  assignmentId: string,
  now: number,
): Promise<{ ok: true; inbox: InboxRef } | { ok: false; message: string }> {
  const state = useInboxStore.getState();
  // Not yet checked (the create button pressed straight after turning collection on): the server saved here.
  const server = choice.server ?? state.server;
  const known = state.inboxes[assignmentId];
  if (known && known.url === server && !known.closed && known.expiresAt > now)
    return { ok: true, inbox: { id: known.id, url: known.url } };
  // Before the check has answered, ask first: a site without an inbox (a static host) gets no request it cannot take.
  if (choice.server === null && !(await checkHealth(server)).ok)
    return { ok: false, message: `No result inbox answers ${server ? `at ${server}` : "on this site"}.` };
  const res = await createInbox(server, assignmentId, choice.createToken || undefined);
  if (!res.ok) return { ok: false, message: res.message };
  useInboxStore.getState().saveInbox({
    assignmentId,
    id: res.body.id,
    url: server,
    secretKey: res.body.key,
    cursor: 0,
    createdAt: now,
    expiresAt: Date.parse(res.body.expiresAt),
    closed: false,
  });
  return { ok: true, inbox: { id: res.body.id, url: server } };
}
