// The student this tab serves, per assignment, in sessionStorage: a reload (same tab) goes straight back to their
// attempt and a retake starts with their name, while the link opened in a new tab (the next student at a shared
// device) asks.

const keyOf = (assignmentId: string) => `debrief:tab-student:${assignmentId}`;

/** The name of the student this tab serves ("" for an unnamed one), or null for none yet. */
export function tabStudent(assignmentId: string): string | null {
  try {
    return sessionStorage.getItem(keyOf(assignmentId));
  } catch {
    return null; // Storage blocked: the page asks, which loses nothing.
  }
}

/** Remembers (a name) or forgets (null) the student this tab serves. */
export function rememberTabStudent(assignmentId: string, name: string | null): void {
  try {
    if (name === null) sessionStorage.removeItem(keyOf(assignmentId));
    else sessionStorage.setItem(keyOf(assignmentId), name);
  } catch {
    // As above: without it a reload asks once more.
  }
}
