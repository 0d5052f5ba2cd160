// Compact binary framing shared by assignment links and result codes: varints, short strings, base64url, a checksum.
import { hashString } from "@/core/bank/hash";

/** Thrown inside decoders only; every public decoder catches it and returns a reason. */
export class DecodeError extends Error {}

export class ByteWriter {
  private bytes: number[] = [];

  byte(value: number): this {
    this.bytes.push(value & 0xff);
    return this;
  }

  /** Unsigned LEB128: small numbers (question numbers, option indices) take one byte. */
  varint(value: number): this {
    let v = Math.max(0, Math.floor(value));
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
    return this;
  }

  text(value: string): this {
    const encoded = new TextEncoder().encode(value);
    this.varint(encoded.length);
    for (const b of encoded) this.bytes.push(b);
    return this;
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

// fatal: a mutated byte inside a name must fail the decode, not turn into replacement characters. One decoder for
// every read (it keeps no state between whole-buffer decodes): a gradebook reads thousands of texts.
const UTF8 = new TextDecoder("utf-8", { fatal: true });

export class ByteReader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  /** How many bytes have been read so far. */
  get position(): number {
    return this.pos;
  }

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  byte(): number {
    const b = this.bytes[this.pos];
    if (b === undefined) throw new DecodeError("truncated");
    this.pos++;
    return b;
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return result;
      scale *= 0x80;
    }
    throw new DecodeError("varint too long");
  }

  text(maxBytes: number): string {
    const length = this.varint();
    if (length > maxBytes || this.pos + length > this.bytes.length) throw new DecodeError("bad text length");
    const slice = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return UTF8.decode(slice);
  }
}

const CHECKSUM_BYTES = 4;

function checksumOf(body: Uint8Array): number[] {
  let latin1 = "";
  for (const b of body) latin1 += String.fromCharCode(b);
  const h = parseInt(hashString(latin1), 36) % 2 ** 32;
  return [h >>> 24, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff];
}

/** Short stable id of some bytes (an assignment's settings), as base36. */
export function bytesId(body: Uint8Array): string {
  let latin1 = "";
  for (const b of body) latin1 += String.fromCharCode(b);
  return hashString(latin1).slice(0, 8);
}

/** Appends a checksum and encodes as base64url (no padding): safe in a URL fragment and in a QR code. */
export function seal(body: Uint8Array): string {
  const all = new Uint8Array(body.length + CHECKSUM_BYTES);
  all.set(body);
  all.set(checksumOf(body), body.length);
  let latin1 = "";
  for (const b of all) latin1 += String.fromCharCode(b);
  return btoa(latin1).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export type UnsealFailure = "malformed" | "checksum";

/** Reverses `seal`: the body bytes, or why the text is not a sealed code. */
export function unseal(code: string): { ok: true; body: Uint8Array } | { ok: false; reason: UnsealFailure } {
  if (!/^[A-Za-z0-9_-]+$/.test(code) || code.length % 4 === 1) return { ok: false, reason: "malformed" };
  let latin1: string;
  try {
    latin1 = atob(code.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (latin1.length <= CHECKSUM_BYTES) return { ok: false, reason: "malformed" };
  const all = new Uint8Array(latin1.length);
  for (let i = 0; i < latin1.length; i++) all[i] = latin1.charCodeAt(i);
  const body = all.subarray(0, all.length - CHECKSUM_BYTES);
  const expected = checksumOf(body);
  const actual = all.subarray(all.length - CHECKSUM_BYTES);
  if (expected.some((b, i) => actual[i] !== b)) return { ok: false, reason: "checksum" };
  return { ok: true, body };
}

/** Question ids travel as their number: q-017 -> 17. */
export function questionNumber(id: string): number | null {
  const m = /^q-(\d{3})$/.exec(id);
  return m ? Number(m[1]) : null;
}

export function questionIdOf(n: number): string {
  return `q-${String(n).padStart(3, "0")}`;
}
