// What an assignment link and a result code can hold, read by the encoders and by the forms alike (their maxLength),
// and the time-limit box's reader: small, so a form needs no part of a codec until a link or result is made.

export const ASSIGNMENT_LIMITS = {
  title: 120,
  instructions: 1000,
  email: 254,
  questions: 100,
  timeLimitMinutes: 600,
  attempts: 9,
  inboxId: 64,
  inboxUrl: 200,
  /** Characters: anything longer is refused before any decoding work. */
  code: 4096,
} as const;

/** What a result code can hold: the student's name box reads the same number as the encoder. */
export const RESULT_LIMITS = { name: 80, title: 120, typed: 300, questions: 100, attempts: 99, code: 12_000 } as const;

/** The time-limit box, read: whole minutes from 1 to the limit, or empty for none; anything else explained. */
export function parseTimeLimit(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const t = text.trim();
  if (t === "") return { ok: true, value: null };
  const max = ASSIGNMENT_LIMITS.timeLimitMinutes;
  const range = `Enter whole minutes from 1 to ${max}, or leave the box empty for no time limit.`;
  if (!/^\d+([.,]\d+)?$/.test(t)) return { ok: false, message: `“${t}” is not a number of minutes. ${range}` };
  const n = Number(t.replace(",", "."));
  if (!Number.isInteger(n)) return { ok: false, message: `The time limit is in whole minutes. ${range}` };
  if (n === 0) return { ok: false, message: `A limit of 0 minutes would end the assignment at once. ${range}` };
  if (n > max) return { ok: false, message: `${n} minutes is longer than the ${max}-minute maximum. ${range}` };
  return { ok: true, value: n };
}
