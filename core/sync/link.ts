// The sync link: https://host/progress/#sync=<spaceId>.<secret>. The space id names the copy on the server; the secret
// (32 random bytes) is the key, and lives only in the fragment, which browsers never send to a server.

/** Space ids are 16 random bytes from the server, base64url. */
export const SPACE_ID = /^[A-Za-z0-9_-]{22}$/;
/** 32 bytes, base64url without padding: 43 characters. */
const SECRET = /^[A-Za-z0-9_-]{43}$/;
export const SECRET_BYTES = 32;
const FRAGMENT_KEY = "sync=";

export type SyncLink = { spaceId: string; secret: string };
export type SyncLinkProblem = "none" | "malformed";

/** The text after "#sync=" (also what this device keeps): "<spaceId>.<secret>". */
export function linkToken(link: SyncLink): string {
  return `${link.spaceId}.${link.secret}`;
}

/** The full link to open on another device; `origin` like "https://school.example". */
export function syncLinkUrl(origin: string, link: SyncLink): string {
  return `${origin.replace(/\/+$/, "")}/progress/#${FRAGMENT_KEY}${linkToken(link)}`;
}

/** Reads "<spaceId>.<secret>"; a truncated or edited one is "malformed". */
export function parseLinkToken(text: string): { ok: true; value: SyncLink } | { ok: false; reason: "malformed" } {
  const parts = text.trim().split(".");
  if (parts.length !== 2) return { ok: false, reason: "malformed" };
  const [spaceId, secret] = parts as [string, string];
  if (!SPACE_ID.test(spaceId) || !SECRET.test(secret)) return { ok: false, reason: "malformed" };
  // 43 characters carry 258 bits: the last character may only use its top 4 bits (a canonical encoding).
  if ((base64urlIndex(secret.at(-1)!) & 0b11) !== 0) return { ok: false, reason: "malformed" };
  return { ok: true, value: { spaceId, secret } };
}

/** Reads a page's location hash ("#sync=..."): "none" when it holds no sync link at all. */
export function parseSyncFragment(
  hash: string,
): { ok: true; value: SyncLink } | { ok: false; reason: SyncLinkProblem } {
  const text = hash.replace(/^#/, "");
  if (!text.startsWith(FRAGMENT_KEY)) return { ok: false, reason: "none" };
  let token: string;
  try {
    token = decodeURIComponent(text.slice(FRAGMENT_KEY.length));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  return parseLinkToken(token);
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function base64urlIndex(ch: string): number {
  return ALPHABET.indexOf(ch);
}

/** Bytes to base64url without padding. */
export function toBase64url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** base64url (no padding) to bytes; null if a character is outside the alphabet or the length is impossible. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of text) {
    const v = base64urlIndex(ch);
    if (v < 0) return null;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
