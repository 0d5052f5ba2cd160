// Assignment links: the settings and question numbers (never the questions' text), versioned and checksummed.
import { ByteReader, ByteWriter, DecodeError, bytesId, questionIdOf, questionNumber, seal, unseal } from "./bytes";
import type { DecodeFailure, Decoded } from "./reasons";
import { ASSIGNMENT_LIMITS } from "./limits";

// The limits and the time-limit reader live in ./limits, so the form can use them without loading the codec.
export { ASSIGNMENT_LIMITS, parseTimeLimit } from "./limits";

export type AssignmentMode = "exam" | "practice";

/** Which of a student's attempts counts when several are allowed. */
export type KeepPolicy = "first" | "best" | "latest";
export const KEEP_POLICIES: readonly KeepPolicy[] = ["first", "best", "latest"];

/** A result inbox on a Debrief server: its id, and its server's address ("" when it is the app's own server). */
export type InboxRef = { id: string; url: string };

/** What a teacher chooses; everything a student's copy of the app needs to rebuild the same assignment. */
export type AssignmentSpec = {
  title: string;
  instructions: string;
  questionIds: string[];
  mode: AssignmentMode;
  /** Minutes; null for no limit. */
  timeLimitMinutes: number | null;
  showScore: boolean;
  showKey: boolean;
  requireName: boolean;
  /** Where students send results; "" for none. */
  teacherEmail: string;
  /** Shuffles every student's options the same way. */
  seed: number;
  /** The bank version the teacher built against, to warn students when the questions have changed since. */
  bankVersion: string;
  /** Attempts each student may hand in; null for no limit. */
  attempts: number | null;
  /** Which attempt counts in the gradebook when there are several. */
  keep: KeepPolicy;
  /** Where results are sent by themselves; absent when the teacher collects codes by hand. Not part of the id. */
  inbox?: InboxRef;
};

/** What the encoder accepts: links made before attempts existed allow one, and keep the first. */
export type AssignmentInput = Omit<AssignmentSpec, "attempts" | "keep"> &
  Partial<Pick<AssignmentSpec, "attempts" | "keep">>;

export type Assignment = AssignmentSpec & {
  /** A hash of the settings: results name their assignment by it. */
  id: string;
  code: string;
};

// Version 1: settings only. Version 2: settings, then an inbox id and address. Version 3: settings, the attempts
// setting, then an optional inbox. One attempt is still written as version 1 or 2, so those links stay as short as
// before and open in older copies of the app. The id covers the settings (attempts included), never the inbox.
const KIND_VERSION = 0xa1;
const KIND_VERSION_INBOX = 0xa2;
const KIND_VERSION_ATTEMPTS = 0xa3;
const KIND_MASK = 0xf0;
const ASSIGNMENT_KIND = 0xa0;
const FLAG_PRACTICE = 1;
const FLAG_SHOW_SCORE = 2;
const FLAG_SHOW_KEY = 4;
const FLAG_REQUIRE_NAME = 8;

/** Keeps a spec inside the limits a decoder accepts, so what the teacher saves always opens. */
export function clampSpec(spec: AssignmentInput): AssignmentSpec {
  const limit = spec.timeLimitMinutes;
  const attempts = spec.attempts === undefined ? 1 : spec.attempts;
  return {
    ...spec,
    attempts: attempts === null ? null : Math.min(Math.max(1, Math.round(attempts) || 1), ASSIGNMENT_LIMITS.attempts),
    keep: spec.keep && KEEP_POLICIES.includes(spec.keep) ? spec.keep : "first",
    title: spec.title.trim().slice(0, ASSIGNMENT_LIMITS.title),
    instructions: spec.instructions.trim().slice(0, ASSIGNMENT_LIMITS.instructions),
    teacherEmail: spec.teacherEmail.trim().slice(0, ASSIGNMENT_LIMITS.email),
    questionIds: [...new Set(spec.questionIds.filter((id) => questionNumber(id) !== null))].slice(
      0,
      ASSIGNMENT_LIMITS.questions,
    ),
    timeLimitMinutes: limit && limit > 0 ? Math.min(Math.round(limit), ASSIGNMENT_LIMITS.timeLimitMinutes) : null,
    seed: spec.seed >>> 0,
    inbox: validInbox(spec.inbox),
  };
}

function validInbox(inbox: InboxRef | undefined): InboxRef | undefined {
  if (!inbox || !/^[A-Za-z0-9_-]{16,64}$/.test(inbox.id)) return undefined;
  const url = inbox.url.trim().replace(/\/+$/, "");
  if (url !== "" && (url.length > ASSIGNMENT_LIMITS.inboxUrl || !/^https?:\/\/[^\s]+$/.test(url))) return undefined;
  return { id: inbox.id, url };
}

function specBytes(spec: AssignmentSpec): Uint8Array {
  const flags =
    (spec.mode === "practice" ? FLAG_PRACTICE : 0) |
    (spec.showScore ? FLAG_SHOW_SCORE : 0) |
    (spec.showKey ? FLAG_SHOW_KEY : 0) |
    (spec.requireName ? FLAG_REQUIRE_NAME : 0);
  const single = spec.attempts === 1 && spec.keep === "first";
  const w = new ByteWriter()
    .byte(single ? KIND_VERSION : KIND_VERSION_ATTEMPTS)
    .byte(flags)
    .varint(spec.timeLimitMinutes ?? 0)
    .varint(spec.seed)
    .text(spec.bankVersion)
    .varint(spec.questionIds.length);
  for (const id of spec.questionIds) w.varint(questionNumber(id) ?? 0);
  w.text(spec.title).text(spec.instructions).text(spec.teacherEmail);
  // 0 stands for no limit.
  if (!single) w.varint(spec.attempts ?? 0).byte(KEEP_POLICIES.indexOf(spec.keep));
  return w.toBytes();
}

/** Encodes an assignment as the code that follows `/assignment#`. */
export function encodeAssignment(input: AssignmentInput): Assignment {
  const { inbox, ...spec } = clampSpec(input);
  const body = specBytes(spec);
  // The id covers the settings only, so an inbox can be made for an assignment before its link exists.
  const id = bytesId(body);
  if (body[0] === KIND_VERSION_ATTEMPTS) {
    const w = new ByteWriter();
    for (const b of body) w.byte(b);
    if (inbox) w.byte(1).text(inbox.id).text(inbox.url);
    else w.byte(0);
    return { ...spec, ...(inbox ? { inbox } : {}), id, code: seal(w.toBytes()) };
  }
  if (!inbox) return { ...spec, id, code: seal(body) };
  const withInbox = new ByteWriter().byte(KIND_VERSION_INBOX);
  for (const b of body.subarray(1)) withInbox.byte(b);
  return { ...spec, inbox, id, code: seal(withInbox.text(inbox.id).text(inbox.url).toBytes()) };
}

/**
 * Takes what a user pasted (a whole link or the bare code) and returns the code part, without what mail and chat
 * clients add around a link: angle brackets, quotes, a full stop or a comma after it.
 */
export function codeFromInput(input: string): string {
  const trimmed = input.trim();
  const hash = trimmed.indexOf("#");
  return (hash >= 0 ? trimmed.slice(hash + 1) : trimmed).replace(/^[^A-Za-z0-9_-]+|[^A-Za-z0-9_-]+$/g, "");
}

/** Decodes an assignment code; never throws. */
export function decodeAssignment(input: string): Decoded<Assignment> {
  const code = codeFromInput(input);
  if (code.length === 0) return fail("empty");
  if (code.length > ASSIGNMENT_LIMITS.code) return fail("too-long");
  const unsealed = unseal(code);
  if (!unsealed.ok) return fail(unsealed.reason);
  const body = unsealed.body;
  const head = body[0] ?? 0;
  if ((head & KIND_MASK) !== ASSIGNMENT_KIND) return fail(head >= 0xb0 && head < 0xc0 ? "wrong-kind" : "malformed");
  if (head !== KIND_VERSION && head !== KIND_VERSION_INBOX && head !== KIND_VERSION_ATTEMPTS)
    return fail(head > KIND_VERSION_ATTEMPTS ? "newer-version" : "malformed");
  try {
    const r = new ByteReader(body);
    r.byte();
    const flags = r.byte();
    if (flags > 15) throw new DecodeError("flags");
    const limit = r.varint();
    const seed = r.varint();
    const bankVersion = r.text(32);
    const count = r.varint();
    if (count < 1 || count > ASSIGNMENT_LIMITS.questions) throw new DecodeError("count");
    const questionIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const n = r.varint();
      if (n > 999) throw new DecodeError("question number");
      questionIds.push(questionIdOf(n));
    }
    const title = r.text(ASSIGNMENT_LIMITS.title * 4);
    const instructions = r.text(ASSIGNMENT_LIMITS.instructions * 4);
    const teacherEmail = r.text(ASSIGNMENT_LIMITS.email * 4);
    let attempts: number | null = 1;
    let keep: KeepPolicy = "first";
    if (head === KIND_VERSION_ATTEMPTS) {
      const n = r.varint();
      const k = KEEP_POLICIES[r.byte()];
      if (n > ASSIGNMENT_LIMITS.attempts || !k) throw new DecodeError("attempts");
      attempts = n === 0 ? null : n;
      keep = k;
    }
    const settingsEnd = r.position;
    const inboxFlag = head === KIND_VERSION_ATTEMPTS ? r.byte() : head === KIND_VERSION_INBOX ? 1 : 0;
    if (inboxFlag > 1) throw new DecodeError("inbox flag");
    const hasInbox = inboxFlag === 1;
    let inbox: InboxRef | undefined;
    if (hasInbox) {
      const raw = { id: r.text(ASSIGNMENT_LIMITS.inboxId), url: r.text(ASSIGNMENT_LIMITS.inboxUrl) };
      inbox = validInbox(raw);
      if (!inbox || inbox.url !== raw.url) throw new DecodeError("inbox");
    }
    if (!r.done) throw new DecodeError("trailing bytes");
    const settings = Uint8Array.from(body.subarray(0, settingsEnd));
    if (head === KIND_VERSION_INBOX) settings[0] = KIND_VERSION;
    if (limit > ASSIGNMENT_LIMITS.timeLimitMinutes || seed > 0xffffffff) throw new DecodeError("range");
    return {
      ok: true,
      value: {
        title,
        instructions,
        questionIds,
        mode: flags & FLAG_PRACTICE ? "practice" : "exam",
        timeLimitMinutes: limit === 0 ? null : limit,
        showScore: (flags & FLAG_SHOW_SCORE) !== 0,
        showKey: (flags & FLAG_SHOW_KEY) !== 0,
        requireName: (flags & FLAG_REQUIRE_NAME) !== 0,
        teacherEmail,
        seed,
        bankVersion,
        attempts,
        keep,
        ...(inbox ? { inbox } : {}),
        id: bytesId(settings),
        code,
      },
    };
  } catch {
    return fail("malformed");
  }
}

function fail(reason: DecodeFailure): { ok: false; reason: DecodeFailure } {
  return { ok: false, reason };
}
