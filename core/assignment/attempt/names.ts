// Names and devices: how a student is told apart from another on a shared device, and from a namesake elsewhere.

/** A name folded for comparison: "Alex" and "alex " are the same name. */
export const foldName = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");

/** A device id: 10 base-36 digits drawn once per browser (about 52 bits), carried in each result code. */
export const DEVICE_ID_PATTERN = /^[0-9a-z]{10}$/;

/** A fresh device id from a [0, 1) source (the browser's crypto source, passed in). */
export function makeDeviceId(random: () => number): string {
  let id = "";
  for (let i = 0; i < 10; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

/**
 * Where a student's attempt in progress is kept: one per assignment and name, so on a shared device one student's
 * unfinished attempt waits, untouched, while the next student takes theirs.
 */
export const attemptKey = (assignmentId: string, name: string) => `${assignmentId}:${foldName(name)}`;
