// End-to-end encryption of a sync copy with WebCrypto (passed in, so this runs in the browser and in Node's tests).
// From the link's secret, HKDF derives two independent values: the AES-GCM key, which never leaves the browser, and
// the token the server checks writes and reads with (it stores only the token's SHA-256). Knowing the token does not
// give the key: each is HKDF with its own label over a 256-bit secret.
import { fromBase64url, toBase64url } from "./link";

/** The first byte of every sealed copy: the framing's version. */
export const FRAME_VERSION = 1;
export const IV_BYTES = 12;
const KEY_LABEL = "debrief sync v1 encryption key";
const TOKEN_LABEL = "debrief sync v1 server token";

export type SyncKeys = { key: CryptoKey; token: string };
export type OpenProblem = "malformed" | "newer" | "wrong-key";

/** Bytes WebCrypto takes (not a view of a SharedArrayBuffer). */
export type Bytes = Uint8Array<ArrayBuffer>;

const utf8 = (text: string): Bytes => new TextEncoder().encode(text);

/** The AES-GCM key (non-extractable) and the server token of a link's secret; null if the secret is not 32 bytes. */
export async function deriveKeys(subtle: SubtleCrypto, secret: string): Promise<SyncKeys | null> {
  const bytes = fromBase64url(secret);
  if (!bytes || bytes.length !== 32) return null;
  const base = await subtle.importKey("raw", bytes, "HKDF", false, ["deriveKey", "deriveBits"]);
  const hkdf = (label: string) => ({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: utf8(label) });
  const key = await subtle.deriveKey(hkdf(KEY_LABEL), base, { name: "AES-GCM", length: 256 }, false, [
    "encrypt",
    "decrypt",
  ]);
  const token = new Uint8Array(await subtle.deriveBits(hkdf(TOKEN_LABEL), base, 256));
  return { key, token: toBase64url(token) };
}

/** The additional data bound to a copy: which space and which version it was written as. */
function boundData(spaceId: string, version: number): Bytes {
  return utf8(`debrief-sync:${FRAME_VERSION}:${spaceId}:${version}`);
}

/**
 * Encrypts `plain` as version `version` of space `spaceId`, with `iv` (12 fresh random bytes per write):
 * [frame version][iv][ciphertext and tag].
 */
export async function seal(
  subtle: SubtleCrypto,
  key: CryptoKey,
  spaceId: string,
  version: number,
  plain: Bytes,
  iv: Bytes,
): Promise<Bytes> {
  if (iv.length !== IV_BYTES) throw new Error("The IV must be 12 bytes.");
  const sealed = new Uint8Array(
    await subtle.encrypt({ name: "AES-GCM", iv, additionalData: boundData(spaceId, version) }, key, plain),
  );
  const out = new Uint8Array(1 + IV_BYTES + sealed.length);
  out[0] = FRAME_VERSION;
  out.set(iv, 1);
  out.set(sealed, 1 + IV_BYTES);
  return out;
}

/** Decrypts a copy read as version `version` of `spaceId`; a copy from another space or version fails as "wrong-key". */
export async function open(
  subtle: SubtleCrypto,
  key: CryptoKey,
  spaceId: string,
  version: number,
  frame: Bytes,
): Promise<{ ok: true; value: Bytes } | { ok: false; reason: OpenProblem }> {
  if (frame.length < 1 + IV_BYTES + 16) return { ok: false, reason: "malformed" };
  if (frame[0]! > FRAME_VERSION) return { ok: false, reason: "newer" };
  if (frame[0] !== FRAME_VERSION) return { ok: false, reason: "malformed" };
  try {
    const plain = await subtle.decrypt(
      { name: "AES-GCM", iv: frame.subarray(1, 1 + IV_BYTES), additionalData: boundData(spaceId, version) },
      key,
      frame.subarray(1 + IV_BYTES),
    );
    return { ok: true, value: new Uint8Array(plain) };
  } catch {
    return { ok: false, reason: "wrong-key" };
  }
}
