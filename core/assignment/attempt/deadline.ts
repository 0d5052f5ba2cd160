// When an assignment attempt stops taking answers. A module of its own, free of the link and result codecs, because
// the teacher store (loaded on /progress and /teach as well) needs only this: importing it from attempt.ts put the
// codecs, about 3.5 KiB gzip, into those pages' first JavaScript.

/** The deadline of an attempt started at `startedAt`, or null without a time limit. */
export function deadlineFor(startedAt: number, timeLimitMinutes: number | null): number | null {
  return timeLimitMinutes ? startedAt + timeLimitMinutes * 60_000 : null;
}

/** True while answers may still be saved: before the deadline (always, without one). */
export function acceptsAnswers(attempt: { deadline: number | null }, now: number): boolean {
  return attempt.deadline === null || now < attempt.deadline;
}
