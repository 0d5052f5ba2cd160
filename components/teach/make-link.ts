"use client";

// Making and reopening assignment links: the codec and the inbox opener, fetched when the teacher presses "Create
// the link" or "Open", not with the page.
import {
  decodeAssignment,
  encodeAssignment,
  type Assignment,
  type AssignmentInput,
} from "@/core/assignment/link/assignment-code";
import type { SettingsDraft } from "@/core/assignment/link/settings";
import { openInbox } from "@/components/inbox/open-inbox";
import type { CollectChoice } from "@/components/inbox/collect-option";
import { freshSeed } from "@/lib/random";

/**
 * The link for the form. The same form makes the same link: a second press must not fork the assignment into two
 * gradebook groups (the id covers the settings, not the inbox). With collection on, the link carries the inbox; if
 * the inbox cannot be opened, the link is made without it and `problem` says so.
 */
export async function makeLink(
  spec: Omit<AssignmentInput, "seed">,
  previous: Assignment | null,
  collect: CollectChoice | null,
  now: number,
): Promise<{ assignment: Assignment; problem: string }> {
  const again = previous ? encodeAssignment({ ...spec, seed: previous.seed }) : null;
  const a = again && again.id === previous?.id ? again : encodeAssignment({ ...spec, seed: freshSeed() });
  if (!collect) return { assignment: a, problem: "" };
  const opened = await openInbox(collect, a.id, now);
  if (opened.ok) return { assignment: encodeAssignment({ ...spec, seed: a.seed, inbox: opened.inbox }), problem: "" };
  return {
    assignment: a,
    problem: `${opened.message} The link below works without the inbox: students send you their result.`,
  };
}

/** A saved assignment read back into the form's fields, or null when its code cannot be read. */
export function readSaved(code: string): { assignment: Assignment; settings: SettingsDraft } | null {
  const d = decodeAssignment(code);
  if (!d.ok) return null;
  const a = d.value;
  return {
    assignment: a,
    settings: {
      mode: a.mode,
      timeLimitText: a.timeLimitMinutes === null ? "" : String(a.timeLimitMinutes),
      showScore: a.showScore,
      showKey: a.showKey,
      requireName: a.requireName,
      teacherEmail: a.teacherEmail,
      attempts: a.attempts,
      keep: a.keep,
    },
  };
}
