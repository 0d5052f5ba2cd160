// Result codes: what a student hands in. Answers, names and times only; the score is always recomputed by the teacher.
import type { RawAnswer } from "./answers";
import { ByteReader, ByteWriter, DecodeError, questionIdOf, questionNumber, seal, unseal } from "../link/bytes";
import { codeFromInput } from "../link/assignment-code";
import type { DecodeFailure, Decoded } from "../link/reasons";
import { RESULT_ENDINGS, type ResultEnding } from "../attempt/endings";
import { RESULT_LIMITS } from "../link/limits";
import { DEVICE_ID_PATTERN } from "../attempt/names";

const ENDINGS: readonly ResultEnding[] = RESULT_ENDINGS;

export type StudentResult = {
  assignmentId: string;
  /** The assignment's title, so a gradebook that has not saved the assignment can still name it. */
  title: string;
  /** 1 for this student's first attempt on this device, 2 for a retake, and so on. */
  attempt: number;
  ending: ResultEnding;
  name: string;
  questionIds: string[];
  /** One per question id, null where the student left it blank. */
  answers: (RawAnswer | null)[];
  /** Epoch ms, to the second. */
  startedAt: number;
  submittedAt: number;
  bankVersion: string;
  /** The id of the browser it was handed in from ("" in codes made before it was carried, version 1 and 2). */
  device: string;
};

export type DecodedResult = StudentResult & { code: string };

/** What the encoder accepts: title, attempt, ending and device default to those of a code made before they existed. */
export type ResultInput = Omit<StudentResult, "title" | "attempt" | "ending" | "device"> &
  Partial<Pick<StudentResult, "title" | "attempt" | "ending" | "device">>;

// The limits live in ./limits, so the student's name box can use them without loading the codec.
export { RESULT_LIMITS } from "../link/limits";

// Version 1 ends after the answers; version 2 appends the attempt number, how it ended and the assignment's title;
// version 3 appends the device id.
const KIND_VERSION_1 = 0xb1;
const KIND_VERSION_2 = 0xb2;
const KIND_VERSION = 0xb3;
const KIND_MASK = 0xf0;
const RESULT_KIND = 0xb0;

const TAG = { none: 0, index: 1, set: 2, false: 3, true: 4, text: 5, pairs: 6, order: 7 } as const;

function writeAnswer(w: ByteWriter, a: RawAnswer | null) {
  if (!a) return w.byte(TAG.none);
  switch (a.kind) {
    case "index":
      return w.byte(TAG.index).varint(a.value);
    case "bool":
      return w.byte(a.value ? TAG.true : TAG.false);
    case "text":
      return w.byte(TAG.text).text(truncateUtf8(a.value, RESULT_LIMITS.typed));
    case "set":
    case "order":
      w.byte(a.kind === "set" ? TAG.set : TAG.order).varint(a.values.length);
      for (const v of a.values) w.varint(v);
      return w;
    case "pairs":
      w.byte(TAG.pairs).varint(a.values.length);
      for (const v of a.values) w.varint(v === null ? 0 : v + 1);
      return w;
  }
}

function readList(r: ByteReader): number[] {
  const n = r.varint();
  if (n > 16) throw new DecodeError("list too long");
  return Array.from({ length: n }, () => r.varint());
}

function readAnswer(r: ByteReader): RawAnswer | null {
  const tag = r.byte();
  switch (tag) {
    case TAG.none:
      return null;
    case TAG.index:
      return { kind: "index", value: r.varint() };
    case TAG.false:
    case TAG.true:
      return { kind: "bool", value: tag === TAG.true };
    case TAG.text:
      return { kind: "text", value: r.text(RESULT_LIMITS.typed * 4) };
    case TAG.set:
      return { kind: "set", values: readList(r) };
    case TAG.order:
      return { kind: "order", values: readList(r) };
    case TAG.pairs:
      return { kind: "pairs", values: readList(r).map((v) => (v === 0 ? null : v - 1)) };
    default:
      throw new DecodeError("unknown answer tag");
  }
}

function truncateUtf8(text: string, maxChars: number): string {
  return [...text].slice(0, maxChars).join("");
}

/** Encodes a student's result as a short code. */
export function encodeResult(result: ResultInput): string {
  const started = Math.floor(result.startedAt / 1000);
  const took = Math.max(0, Math.floor(result.submittedAt / 1000) - started);
  const w = new ByteWriter()
    .byte(KIND_VERSION)
    .text(result.assignmentId)
    .text(result.bankVersion)
    .text(truncateUtf8(result.name.trim(), RESULT_LIMITS.name))
    .varint(started)
    .varint(took)
    .varint(result.questionIds.length);
  for (const [i, id] of result.questionIds.entries()) {
    w.varint(questionNumber(id) ?? 0);
    writeAnswer(w, result.answers[i] ?? null);
  }
  w.varint(Math.min(Math.max(1, result.attempt ?? 1), RESULT_LIMITS.attempts))
    .byte(ENDINGS.indexOf(result.ending ?? "finished"))
    .text(truncateUtf8((result.title ?? "").trim(), RESULT_LIMITS.title))
    .text(DEVICE_ID_PATTERN.test(result.device ?? "") ? result.device! : "");
  return seal(w.toBytes());
}

/** Decodes a result code or link; never throws. */
export function decodeResult(input: string): Decoded<DecodedResult> {
  const code = codeFromInput(input);
  if (code.length === 0) return { ok: false, reason: "empty" };
  if (code.length > RESULT_LIMITS.code) return { ok: false, reason: "too-long" };
  const unsealed = unseal(code);
  if (!unsealed.ok) return { ok: false, reason: unsealed.reason };
  const body = unsealed.body;
  const head = body[0] ?? 0;
  const fail = (reason: DecodeFailure) => ({ ok: false as const, reason });
  if ((head & KIND_MASK) !== RESULT_KIND) return fail(head >= 0xa0 && head < 0xb0 ? "wrong-kind" : "malformed");
  if (head !== KIND_VERSION && head !== KIND_VERSION_2 && head !== KIND_VERSION_1)
    return fail(head > KIND_VERSION ? "newer-version" : "malformed");
  try {
    const r = new ByteReader(body);
    r.byte();
    const assignmentId = r.text(16);
    const bankVersion = r.text(32);
    const name = r.text(RESULT_LIMITS.name * 4);
    const started = r.varint();
    const took = r.varint();
    const count = r.varint();
    if (count < 1 || count > RESULT_LIMITS.questions) throw new DecodeError("count");
    const questionIds: string[] = [];
    const answers: (RawAnswer | null)[] = [];
    for (let i = 0; i < count; i++) {
      const n = r.varint();
      if (n > 999) throw new DecodeError("question number");
      questionIds.push(questionIdOf(n));
      answers.push(readAnswer(r));
    }
    let attempt = 1;
    let ending: ResultEnding = "finished";
    let title = "";
    let device = "";
    if (head !== KIND_VERSION_1) {
      attempt = r.varint();
      const e = ENDINGS[r.byte()];
      if (attempt < 1 || attempt > RESULT_LIMITS.attempts || !e) throw new DecodeError("attempt");
      ending = e;
      title = r.text(RESULT_LIMITS.title * 4);
    }
    if (head === KIND_VERSION) {
      device = r.text(16);
      if (device !== "" && !DEVICE_ID_PATTERN.test(device)) throw new DecodeError("device");
    }
    if (!r.done) throw new DecodeError("trailing bytes");
    // Seconds since 1970 must stay a plausible date (before the year 2286).
    if (started > 1e10 || took > 1e7) throw new DecodeError("time");
    return {
      ok: true,
      value: {
        assignmentId,
        title,
        attempt,
        ending,
        bankVersion,
        name,
        questionIds,
        answers,
        startedAt: started * 1000,
        submittedAt: (started + took) * 1000,
        device,
        code,
      },
    };
  } catch {
    return fail("malformed");
  }
}
