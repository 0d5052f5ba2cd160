import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { deriveKeys, open, seal } from "./cipher";
import { fromBase64url, linkToken, parseSyncFragment, syncLinkUrl, toBase64url } from "./link";
import { packPayload, unpackPayload } from "./payload";

// Node 20 has WebCrypto as the browser does: the same calls as in the app.
// eslint-disable-next-line no-restricted-globals
const subtle = crypto.subtle;
const SPACE = "AAAAAAAAAAAAAAAAAAAAAA";
const OTHER_SPACE = "BBBBBBBBBBBBBBBBBBBBBA";
const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);
const SECRET = toBase64url(bytes(32, 7));
const OTHER_SECRET = toBase64url(bytes(32, 8));
const IV = bytes(12, 1);

describe("sync link", () => {
  it("round-trips a space id and secret through the link's fragment", () => {
    const url = syncLinkUrl("https://school.example/", { spaceId: SPACE, secret: SECRET });
    expect(url).toBe(`https://school.example/progress/#sync=${SPACE}.${SECRET}`);
    expect(parseSyncFragment(new URL(url).hash)).toEqual({ ok: true, value: { spaceId: SPACE, secret: SECRET } });
  });

  it("says a page without a sync fragment has none, and a truncated or edited one is malformed", () => {
    const token = linkToken({ spaceId: SPACE, secret: SECRET });
    expect(parseSyncFragment("")).toEqual({ ok: false, reason: "none" });
    expect(parseSyncFragment("#backup")).toEqual({ ok: false, reason: "none" });
    for (const bad of [
      token.slice(0, -1),
      token.slice(1),
      token.replace(".", ""),
      `${token}.x`,
      token.replace(/.$/, "!"),
      `${SPACE}.${SECRET.slice(0, -1)}B`, // the last character's unused bits set: not a canonical 32-byte secret
      "%E0%A4%A",
    ])
      expect(parseSyncFragment(`#sync=${bad}`)).toEqual({ ok: false, reason: "malformed" });
  });

  it("encodes base64url exactly as Node does, and decodes it back", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (data) => {
        const text = toBase64url(data);
        expect(text).toBe(Buffer.from(data).toString("base64url"));
        expect(fromBase64url(text)).toEqual(data);
      }),
    );
    expect(fromBase64url("a+b/")).toBeNull();
  });

  it("never throws on any fragment", () => {
    fc.assert(fc.property(fc.string(), (s) => void parseSyncFragment(`#sync=${s}`)));
  });
});

describe("sync encryption", () => {
  it("derives a token that differs from the secret and from another secret's, and a key that cannot be exported", async () => {
    const a = await deriveKeys(subtle, SECRET);
    const b = await deriveKeys(subtle, OTHER_SECRET);
    expect(a?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a?.token).not.toBe(SECRET);
    expect(a?.token).not.toBe(b?.token);
    expect(a?.key.extractable).toBe(false);
    await expect(subtle.exportKey("raw", a!.key)).rejects.toThrow();
    expect(await deriveKeys(subtle, "short")).toBeNull();
  });

  it("round-trips a payload, with a fresh IV giving different bytes each write", async () => {
    const { key } = (await deriveKeys(subtle, SECRET))!;
    const plain = await packPayload({ app: "debrief", data: { "debrief:quiz": { attempts: [1, 2, 3] } } });
    const first = await seal(subtle, key, SPACE, 3, plain, IV);
    const second = await seal(subtle, key, SPACE, 3, plain, bytes(12, 2));
    expect(first).not.toEqual(second);
    const opened = await open(subtle, key, SPACE, 3, first);
    expect(opened.ok && (await unpackPayload(opened.value))).toEqual({
      app: "debrief",
      data: { "debrief:quiz": { attempts: [1, 2, 3] } },
    });
  });

  it("fails cleanly with the wrong key, another space, another version, or changed bytes", async () => {
    const { key } = (await deriveKeys(subtle, SECRET))!;
    const { key: otherKey } = (await deriveKeys(subtle, OTHER_SECRET))!;
    const frame = await seal(subtle, key, SPACE, 3, await packPayload({ a: 1 }), IV);
    expect(await open(subtle, otherKey, SPACE, 3, frame)).toEqual({ ok: false, reason: "wrong-key" });
    expect(await open(subtle, key, OTHER_SPACE, 3, frame)).toEqual({ ok: false, reason: "wrong-key" });
    expect(await open(subtle, key, SPACE, 4, frame)).toEqual({ ok: false, reason: "wrong-key" });
    const flipped = frame.slice();
    flipped[20]! ^= 1;
    expect(await open(subtle, key, SPACE, 3, flipped)).toEqual({ ok: false, reason: "wrong-key" });
    expect(await open(subtle, key, SPACE, 3, frame.subarray(0, 20))).toEqual({ ok: false, reason: "malformed" });
    const newer = frame.slice();
    newer[0] = 9;
    expect(await open(subtle, key, SPACE, 3, newer)).toEqual({ ok: false, reason: "newer" });
  });

  it("does not inflate bytes that are not a deflated payload, nor read one that is not JSON", async () => {
    expect(await unpackPayload(bytes(40, 3))).toBeNull();
    const notJson = new Uint8Array(
      await new Response(
        new Blob([new TextEncoder().encode("{not json")]).stream().pipeThrough(new CompressionStream("deflate")),
      ).arrayBuffer(),
    );
    expect(await unpackPayload(notJson)).toBeNull();
  });
});
