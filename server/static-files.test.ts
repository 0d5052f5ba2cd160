// The static app as `npm start` serves it: same-site redirects only, nothing outside the build folder, compressed
// files by content negotiation, revalidation with ETag, and long-lived caching only for hashed assets.
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressDir } from "@/scripts/lib/precompress.mjs";
import { createApp } from "./app";
import { configFromEnv } from "./config";
import type { InboxDb } from "./db";

const base = mkdtempSync(join(tmpdir(), "debrief-static-files-"));
const dir = join(base, "out");
const outside = join(base, "outside");
const SCRIPT = `console.log(${JSON.stringify("a line of the app's script ".repeat(400))});`;
const HASHED = "/_next/static/chunks/app-0a1b2c3d.js";
for (const d of ["quiz", "data", "_next/static/chunks", ".git"]) mkdirSync(join(dir, d), { recursive: true });
mkdirSync(outside);
writeFileSync(join(dir, "index.html"), "<!doctype html><script>console.log(1)</script><p>home</p>");
writeFileSync(
  join(dir, "quiz", "index.html"),
  `<!doctype html><script>console.log(2)</script>${"<p>quiz</p>".repeat(300)}`,
);
writeFileSync(join(dir, "404.html"), "<p>not found</p>");
writeFileSync(join(dir, HASHED), SCRIPT);
writeFileSync(join(dir, "sw.js"), `const PRECACHE = ${JSON.stringify(Array(300).fill("/quiz/"))};`);
writeFileSync(join(dir, "data", "bank.json"), JSON.stringify({ questions: Array(200).fill({ id: "q-001" }) }));
writeFileSync(join(dir, ".env"), "SECRET=1");
writeFileSync(join(dir, ".git", "config"), "[core]");
writeFileSync(join(outside, "secret.txt"), "outside the build folder");
symlinkSync(join(outside, "secret.txt"), join(dir, "leak.txt"));
symlinkSync(outside, join(dir, "linked"));
precompressDir(dir);

const app = createApp({ config: { ...configFromEnv({}), staticDir: dir }, db: {} as InboxDb });

let server: ServerType;
let port = 0;
beforeAll(async () => {
  server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server?.close();
  rmSync(base, { recursive: true, force: true });
});

/** A request whose path goes over the socket exactly as written (fetch and URL would normalise it first). */
function raw(path: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    });
    req.on("error", reject);
    req.end();
  });
}

describe("redirects", () => {
  const tricks = [
    "//evil.example/..%2fquiz",
    "//evil.example/..%2Fquiz",
    "//quiz",
    "/\\evil.example",
    "/\\evil.example/..%2fquiz",
    "/%2F%2Fevil.example/quiz",
    "/%2f%2fevil.example/..%2fquiz",
    "/%5Cevil.example/..%2fquiz",
    "/%5C%5Cevil.example",
    "/quiz/..%2f%2fevil.example",
    "///evil.example/quiz",
  ];
  it.each(tricks)("%s never redirects off the site", async (path) => {
    const res = await raw(path);
    if (res.status >= 300 && res.status < 400) {
      expect(res.location).toMatch(/^\/(?![/\\])/);
      expect(res.location).not.toMatch(/\\|%5c|%2f/i);
    }
    expect(res.status).not.toBe(500);
  });

  it("still sends /quiz to /quiz/, keeping the query string", async () => {
    expect(await raw("/quiz?n=5")).toEqual({ status: 308, location: "/quiz/?n=5" });
  });
});

describe("nothing outside the build folder", () => {
  it.each(["/leak.txt", "/linked/secret.txt", "/.env", "/.git/config", "/%2egit/config", "/quiz/../.env"])(
    "%s is not served",
    async (path) => {
      const res = await app.request(`http://x.test${path}`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/outside the build folder|SECRET|\[core\]/);
    },
  );

  it("refuses to start when the static folder holds the embedded database's folder", () => {
    for (const dataDir of [join(dir, "inbox"), dir, join(dir, "..", "out", "db")])
      expect(() => createApp({ config: { ...configFromEnv({}), staticDir: dir, dataDir }, db: {} as InboxDb })).toThrow(
        /DEBRIEF_STATIC_DIR.*database/,
      );
  });
});

describe("compression, ETag and caching", () => {
  const get = (path: string, headers: Record<string, string> = {}) => app.request(`http://x.test${path}`, { headers });
  const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

  it("sends brotli to browsers that accept it, gzip to those that accept only gzip, and plain text otherwise", async () => {
    const br = await get(HASHED, { "Accept-Encoding": "gzip, deflate, br, zstd" });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(br.headers.get("content-type")).toMatch(/javascript/);
    const brBody = await bytes(br);
    expect(brBody.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(brBody).toString()).toBe(SCRIPT);

    const gz = await get(HASHED, { "Accept-Encoding": "gzip" });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(await bytes(gz)).toString()).toBe(SCRIPT);

    const plain = await get(HASHED);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect((await bytes(plain)).toString()).toBe(SCRIPT);
    expect(plain.headers.get("vary")).toMatch(/accept-encoding/i);
  });

  it("compresses pages and keeps their Content-Security-Policy", async () => {
    const res = await get("/quiz/", { "Accept-Encoding": "br, gzip" });
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(brotliDecompressSync(await bytes(res)).toString()).toContain("<p>quiz</p>");
    // sha256 of "console.log(2)"
    expect(res.headers.get("content-security-policy")).toContain("'sha256-");
    expect(res.headers.get("content-security-policy")).not.toContain("unsafe-inline' 'sha");
  });

  it.each(["/quiz/", "/data/bank.json", "/sw.js", HASHED])(
    "%s answers 304 to a matching If-None-Match, and 200 to another encoding or a changed file",
    async (path) => {
      const first = await get(path, { "Accept-Encoding": "br, gzip" });
      const tag = first.headers.get("etag");
      expect(tag).toMatch(/^(W\/)?"[^"]+"$/);
      const again = await get(path, { "Accept-Encoding": "br, gzip", "If-None-Match": tag ?? "" });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      // The browser keeps the page's own policy when it revalidates: a 304 must not carry another one.
      expect(again.headers.get("content-security-policy")).toBe(first.headers.get("content-security-policy"));
      expect(again.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
      // Another representation (uncompressed) has another tag.
      const plain = await get(path, { "If-None-Match": tag ?? "" });
      expect(plain.status).toBe(200);
      // A new build rewrites the file: the old tag no longer matches.
      const file = join(dir, ...path.split("/"), path.endsWith("/") ? "index.html" : "");
      const brFile = `${file}.br`;
      writeFileSync(brFile, Buffer.concat([readFileSync(brFile), Buffer.from([0])]));
      const rebuilt = await get(path, { "Accept-Encoding": "br, gzip", "If-None-Match": tag ?? "" });
      expect(rebuilt.status).toBe(200);
    },
  );

  it("caches hashed assets for a year and makes pages, the bank and the service worker revalidate", async () => {
    expect((await get(HASHED)).headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    for (const path of ["/", "/quiz/", "/data/bank.json", "/sw.js", "/nope"])
      expect((await get(path)).headers.get("cache-control"), path).toBe("no-cache");
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const res = await app.request("http://x.test/quiz/", { method: "HEAD", headers: { "Accept-Encoding": "br" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeTruthy();
    expect(res.headers.get("content-security-policy")).toContain("'sha256-");
    expect(await res.text()).toBe("");
  });
});
