// Serves the static export (out/) the way a static host would, with a Content-Security-Policy that allows
// exactly the inline scripts each page was built with (their SHA-256 hashes), and nothing else inline.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { Context } from "hono";
import { getMimeType } from "hono/utils/mime";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The policy for one HTML page: its own inline scripts by hash; styles may be inline (React style attributes). */
export function contentSecurityPolicy(html: string): string {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const body = m[1] ?? "";
    if (body.length > 0) hashes.add(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  }
  return [
    "default-src 'self'",
    `script-src 'self' ${[...hashes].join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // An inbox may live on another server the teacher names.
    "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

type Found = { file: string; size: number; mtimeMs: number };

async function fileAt(path: string): Promise<Found | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? { file: path, size: s.size, mtimeMs: s.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** A Hono handler for GET/HEAD of anything outside /api/. */
export function staticFiles(root: string) {
  const policies = new Map<string, { mtimeMs: number; csp: string }>();

  async function send(c: Context, found: Found, status: 200 | 404) {
    const body = await readFile(found.file);
    const type = getMimeType(found.file) ?? "application/octet-stream";
    c.header("Content-Type", type.startsWith("text/") && !type.includes("charset") ? `${type}; charset=utf-8` : type);
    if (found.file.endsWith(".html")) {
      let cached = policies.get(found.file);
      if (!cached || cached.mtimeMs !== found.mtimeMs) {
        cached = { mtimeMs: found.mtimeMs, csp: contentSecurityPolicy(body.toString("utf8")) };
        policies.set(found.file, cached);
      }
      c.header("Content-Security-Policy", cached.csp);
      c.header("Cache-Control", "no-cache");
    } else {
      // A script's policy binds a worker it starts: the service worker must fetch the app's own files to precache them.
      c.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
      const immutable = found.file.includes(`${sep}_next${sep}static${sep}`);
      c.header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    }
    if (c.req.method === "HEAD") return c.body(null, status);
    return c.body(new Uint8Array(body), status);
  }

  return async (c: Context) => {
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.text("Bad request", 400);
    }
    const safe = normalize(join(root, path));
    if ((safe !== root && !safe.startsWith(root + sep)) || path.includes("\0")) return c.text("Not found", 404);
    if (path.endsWith("/")) {
      const page = await fileAt(join(safe, "index.html"));
      if (page) return send(c, page, 200);
    } else {
      const file = await fileAt(safe);
      if (file) return send(c, file, 200);
      // Pages live at /route/ (trailingSlash): /quiz -> /quiz/, keeping the query string.
      if (extname(path) === "" && (await fileAt(join(safe, "index.html")))) {
        const url = new URL(c.req.url);
        return c.redirect(`${url.pathname}/${url.search}`, 308);
      }
    }
    const notFound = await fileAt(join(root, "404.html"));
    return notFound ? send(c, notFound, 404) : c.text("Not found", 404);
  };
}
