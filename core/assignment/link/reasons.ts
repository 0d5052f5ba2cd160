/** Why a link or code could not be read. */
export type DecodeFailure = "empty" | "too-long" | "malformed" | "checksum" | "newer-version" | "wrong-kind";

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: DecodeFailure };

/** What a student sees when an assignment link cannot be opened. */
export function assignmentProblem(reason: DecodeFailure): string {
  switch (reason) {
    case "empty":
      return "This page needs the link your teacher sent you. Open that link, or ask your teacher to send it again.";
    case "too-long":
      return "This link is far longer than an assignment link can be, so it was not opened. Ask your teacher to send it again.";
    case "newer-version":
      return "This link was made by a newer version of Debrief. Reload the page to get the latest version, then open the link again.";
    case "wrong-kind":
      return "This is a student's result, not an assignment. Open it on the Results page of the Teach section.";
    case "malformed":
    case "checksum":
      return "This link is incomplete or was changed. Ask your teacher to send it again.";
  }
}

/** What a teacher sees when a result code cannot be read. */
export function resultProblem(reason: DecodeFailure): string {
  switch (reason) {
    case "empty":
      return "There is no result code here. Paste the code or the link your student sent you.";
    case "too-long":
      return "This is far longer than a result code can be, so it was not read. Ask the student to send it again.";
    case "newer-version":
      return "This result was made by a newer version of Debrief. Reload the page to get the latest version, then add it again.";
    case "wrong-kind":
      return "This is an assignment link, not a student's result.";
    case "malformed":
    case "checksum":
      return "This result code is incomplete or was changed. Ask the student to send it again.";
  }
}
