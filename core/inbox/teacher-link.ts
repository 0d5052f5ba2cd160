// The teacher link: everything needed to read and manage one assignment's inbox from any browser (the inbox server if
// not this site, the inbox id, the teacher key) and the assignment itself, sealed with a checksum like the other codes.
// It travels in the URL fragment (/teach/results/#teacher=…), which browsers never send to the server that serves
// the page. Whoever holds it can read and delete the results: it is a secret.
import { decodeAssignment, type Assignment } from "../assignment/link/assignment-code";
import { ByteReader, ByteWriter, DecodeError, seal, unseal } from "../assignment/link/bytes";
import { ASSIGNMENT_LIMITS } from "../assignment/link/limits";
import type { Decoded, DecodeFailure } from "../assignment/link/reasons";
import type { TeacherInbox } from "./saved";

import { TEACHER_LINK_PARAM } from "./teacher-fragment";

export { isTeacherFragment, TEACHER_LINK_PARAM, TEACHER_LINK_PATH, teacherLinkHref } from "./teacher-fragment";

const KIND_MASK = 0xf0;
const TEACHER_KIND = 0xc0;
const KIND_VERSION = 0xc1;
/** Characters: anything longer is refused before any decoding work (an assignment code is at most 4,096). */
export const TEACHER_LINK_MAX = 6000;

const INBOX_ID = /^[A-Za-z0-9_-]{16,64}$/;
const KEY = /^[A-Za-z0-9_-]{20,128}$/;
const SERVER = /^https?:\/\/[^\s#]+$/;

export type TeacherLink = {
  /** The inbox server's address; "" for the site the link opens on. */
  url: string;
  inboxId: string;
  /** SECRET: the inbox's teacher key. */
  key: string;
  /** The assignment's code (what follows /assignment#), so the gradebook can grade its results. */
  assignmentCode: string;
};

export type DecodedTeacherLink = TeacherLink & { assignment: Assignment };

const fail = (reason: DecodeFailure): Decoded<never> => ({ ok: false, reason });

/** Encodes a teacher link's code (what follows `#teacher=`); null if a part is not valid. */
export function encodeTeacherLink(link: TeacherLink): string | null {
  const assignment = unseal(link.assignmentCode);
  if (!assignment.ok || !INBOX_ID.test(link.inboxId) || !KEY.test(link.key)) return null;
  if (link.url !== "" && (link.url.length > ASSIGNMENT_LIMITS.inboxUrl || !SERVER.test(link.url))) return null;
  const w = new ByteWriter().byte(KIND_VERSION).text(link.url).text(link.inboxId).text(link.key);
  w.varint(assignment.body.length);
  for (const b of assignment.body) w.byte(b);
  return seal(w.toBytes());
}

/** Decodes a teacher link (the whole link, its fragment or the bare code); never throws. */
export function decodeTeacherLink(input: string): Decoded<DecodedTeacherLink> {
  const trimmed = input.trim();
  const at = trimmed.indexOf(`${TEACHER_LINK_PARAM}=`);
  const code = (at >= 0 ? trimmed.slice(at + TEACHER_LINK_PARAM.length + 1) : trimmed).replace(
    /^[^A-Za-z0-9_-]+|[^A-Za-z0-9_-]+$/g,
    "",
  );
  if (code.length === 0) return fail("empty");
  if (code.length > TEACHER_LINK_MAX) return fail("too-long");
  const unsealed = unseal(code);
  if (!unsealed.ok) return fail(unsealed.reason);
  const head = unsealed.body[0] ?? 0;
  if ((head & KIND_MASK) !== TEACHER_KIND) return fail(head >= 0xa0 && head < 0xc0 ? "wrong-kind" : "malformed");
  if (head !== KIND_VERSION) return fail(head > KIND_VERSION ? "newer-version" : "malformed");
  try {
    const r = new ByteReader(unsealed.body);
    r.byte();
    const url = r.text(ASSIGNMENT_LIMITS.inboxUrl);
    const inboxId = r.text(ASSIGNMENT_LIMITS.inboxId);
    const key = r.text(128);
    const length = r.varint();
    if (length < 1 || length > ASSIGNMENT_LIMITS.code) throw new DecodeError("assignment length");
    const body = new Uint8Array(length);
    for (let i = 0; i < length; i++) body[i] = r.byte();
    if (!r.done) throw new DecodeError("trailing bytes");
    if (!INBOX_ID.test(inboxId) || !KEY.test(key) || (url !== "" && !SERVER.test(url))) throw new DecodeError("parts");
    const assignmentCode = seal(body);
    const assignment = decodeAssignment(assignmentCode);
    if (!assignment.ok) throw new DecodeError("assignment");
    // The assignment's own link names the inbox its students send to: it must be this one.
    if (assignment.value.inbox && assignment.value.inbox.id !== inboxId) throw new DecodeError("other inbox");
    return { ok: true, value: { url, inboxId, key, assignmentCode, assignment: assignment.value } };
  } catch {
    // A DecodeError, or a TypeError from a mutated byte inside a text.
    return fail("malformed");
  }
}

/** What a teacher sees when a teacher link cannot be opened. */
export function teacherLinkProblem(reason: DecodeFailure): string {
  switch (reason) {
    case "empty":
      return "This teacher link is empty. Open the whole link you saved when you created the assignment.";
    case "too-long":
      return "This is far longer than a teacher link can be, so it was not opened. Copy the link again from where you saved it.";
    case "newer-version":
      return "This teacher link was made by a newer version of Debrief. Reload the page, then open the link again.";
    case "wrong-kind":
      return "This is not a teacher link: it is a student's assignment link or result. Open the teacher link you saved when you created the assignment.";
    case "malformed":
    case "checksum":
      return "This teacher link is incomplete or was changed. Copy the whole link again (it is long) from the e-mail or note where you saved it.";
  }
}

/**
 * The inbox a teacher link adds to this browser. The same inbox keeps how far this browser has read and when it was
 * made; another inbox is read from the start. Expiry and "closed" come from the server when it answered (`server`),
 * else from what this browser knew.
 */
export function inboxFromLink(
  link: Pick<TeacherLink, "url" | "inboxId" | "key"> & { assignment: Pick<Assignment, "id"> },
  known: TeacherInbox | undefined,
  server: { expiresAt: number; closed: boolean } | null,
  now: number,
): TeacherInbox {
  const same = known?.id === link.inboxId ? known : undefined;
  return {
    assignmentId: link.assignment.id,
    id: link.inboxId,
    url: link.url,
    secretKey: link.key,
    cursor: same?.cursor ?? 0,
    createdAt: same?.createdAt ?? now,
    expiresAt: server?.expiresAt ?? known?.expiresAt ?? now,
    closed: server?.closed ?? known?.closed ?? false,
  };
}
