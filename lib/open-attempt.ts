// Whose attempt this tab has open, per assignment, in sessionStorage: a reload (same tab) goes straight back to it,
// while the same link opened anew (the next student at a shared device) first asks whose attempt it is.

const keyOf = (assignmentId: string) => `debrief:open-attempt:${assignmentId}`;

/** The name of the student whose attempt this tab had open, or null. */
export function openAttemptName(assignmentId: string): string | null {
  try {
    return sessionStorage.getItem(keyOf(assignmentId));
  } catch {
    return null; // Storage blocked: the page asks, which loses nothing.
  }
}

/** Remembers (a name) or forgets (null) whose attempt this tab has open. */
export function rememberOpenAttempt(assignmentId: string, name: string | null): void {
  try {
    if (name === null) sessionStorage.removeItem(keyOf(assignmentId));
    else sessionStorage.setItem(keyOf(assignmentId), name);
  } catch {
    // As above: without it a reload asks once more.
  }
}
