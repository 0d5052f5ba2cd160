// What a sync copy holds before encryption: a backup file's JSON (core/progress/backup), deflated. Compressing first
// matters: encrypted bytes do not compress, and review logs repeat the same field names thousands of times.
import { strFromU8, strToU8, unzlibSync, zlibSync } from "fflate";

/** Compresses a backup file (as JSON) for sealing. */
export function packPayload(backup: unknown): Uint8Array<ArrayBuffer> {
  return zlibSync(strToU8(JSON.stringify(backup)), { level: 6 }) as Uint8Array<ArrayBuffer>;
}

/** The backup file's text inside a copy, or null if the bytes do not inflate. */
export function unpackPayload(bytes: Uint8Array): string | null {
  try {
    return strFromU8(unzlibSync(bytes));
  } catch {
    return null;
  }
}
