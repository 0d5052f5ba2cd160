// Assignment links: the settings and question numbers (never the questions' text), versioned and checksummed.
import { ByteReader, ByteWriter, DecodeError, bytesId, questionIdOf, questionNumber, seal, unseal } from "./bytes";
import type { DecodeFailure, Decoded } from "./reasons";

export type AssignmentMode = "exam" | "practice";

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
  /** Where results are sent by themselves; absent when the teacher collects codes by hand. Not part of the id. */
  inbox?: InboxRef;
};

export type Assignment = AssignmentSpec & {
  /** A hash of the settings: results name their assignment by it. */
  id: string;
  code: string;
};

export const ASSIGNMENT_LIMITS = {
  title: 120,
  instructions: 1000,
  email: 254,
  questions: 100,
  timeLimitMinutes: 600,
  inboxId: 64,
  inboxUrl: 200,
  /** Characters: anything longer is refused before any decoding work. */
  code: 4096,
} as const;

/** Version 1: settings only. Version 2: settings, then an inbox id and address (old links still open). */
const KIND_VERSION = 0xa1;
const KIND_VERSION_INBOX = 0xa2;
const KIND_MASK = 0xf0;
const ASSIGNMENT_KIND = 0xa0;
const FLAG_PRACTICE = 1;
const FLAG_SHOW_SCORE = 2;
const FLAG_SHOW_KEY = 4;
const FLAG_REQUIRE_NAME = 8;

/** Keeps a spec inside the limits a decoder accepts, so what the teacher saves always opens. */
export function clampSpec(spec: AssignmentSpec): AssignmentSpec {
  const limit = spec.timeLimitMinutes;
  return {
    ...spec,
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
  const w = new ByteWriter()
    .byte(KIND_VERSION)
    .byte(flags)
    .varint(spec.timeLimitMinutes ?? 0)
    .varint(spec.seed)
    .text(spec.bankVersion)
    .varint(spec.questionIds.length);
  for (const id of spec.questionIds) w.varint(questionNumber(id) ?? 0);
  return w.text(spec.title).text(spec.instructions).text(spec.teacherEmail).toBytes();
}

/** Encodes an assignment as the code that follows `/assignment#`. */
export function encodeAssignment(input: AssignmentSpec): Assignment {
  const { inbox, ...spec } = clampSpec(input);
  const body = specBytes(spec);
  // The id covers the settings only, so an inbox can be made for an assignment before its link exists.
  const id = bytesId(body);
  if (!inbox) return { ...spec, id, code: seal(body) };
  const withInbox = new ByteWriter().byte(KIND_VERSION_INBOX);
  for (const b of body.subarray(1)) withInbox.byte(b);
  return { ...spec, inbox, id, code: seal(withInbox.text(inbox.id).text(inbox.url).toBytes()) };
}

/** Takes what a user pasted (a whole link or the bare code) and returns the code part. */
export function codeFromInput(input: string): string {
  const trimmed = input.trim();
  const hash = trimmed.indexOf("#");
  return (hash >= 0 ? trimmed.slice(hash + 1) : trimmed).trim();
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
  if (head !== KIND_VERSION && head !== KIND_VERSION_INBOX)
    return fail(head > KIND_VERSION_INBOX ? "newer-version" : "malformed");
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
    const settingsEnd = r.position;
    let inbox: InboxRef | undefined;
    if (head === KIND_VERSION_INBOX) {
      const raw = { id: r.text(ASSIGNMENT_LIMITS.inboxId), url: r.text(ASSIGNMENT_LIMITS.inboxUrl) };
      inbox = validInbox(raw);
      if (!inbox || inbox.url !== raw.url) throw new DecodeError("inbox");
    }
    if (!r.done) throw new DecodeError("trailing bytes");
    const settings = Uint8Array.from(body.subarray(0, settingsEnd));
    settings[0] = KIND_VERSION;
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
