// Serves the static export (out/) the way a static host would, through Hono's own serve-static (with the Brotli and
// gzip copies written at build, scripts/lib/precompress.mjs) and ETag middleware. What is ours: a guard in front of it
// (same-site redirects only, no dotfiles, nothing reached through a symlink out of the folder), the caching rule, and a
// Content-Security-Policy that allows exactly the inline scripts each page was built with (their SHA-256 hashes).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono, type Context, type Next } from "hono";
import { etag, RETAINED_304_HEADERS } from "hono/etag";

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

// A script's policy binds a worker it starts: the service worker must fetch the app's own files to precache them.
const ASSET_POLICY = "default-src 'self'; frame-ancestors 'none'";

const inside = (root: string, path: string) => path === root || path.startsWith(root + sep);

function realFile(path: string): string | null {
  try {
    const real = realpathSync(path);
    return statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/**
 * The static app for GET/HEAD of anything outside /api/. Throws when `root` holds `dataDir` (the embedded
 * database's folder), so a mistaken DEBRIEF_STATIC_DIR can never publish it.
 */
export function staticFiles(root: string, { dataDir }: { dataDir?: string } = {}) {
  const base = existsSync(root) ? realpathSync(root) : resolve(root);
  if (dataDir && [resolve(root), base].some((r) => inside(r, resolve(dataDir))))
    throw new Error(
      `DEBRIEF_STATIC_DIR (${root}) contains the embedded database's folder (${dataDir}): point it at the built app ` +
        `only (out), or move DEBRIEF_DATA_DIR elsewhere.`,
    );
  const policies = new Map<string, { mtimeMs: number; csp: string }>();

  function pagePolicy(file: string): string {
    const mtimeMs = statSync(file).mtimeMs;
    let cached = policies.get(file);
    if (!cached || cached.mtimeMs !== mtimeMs) {
      cached = { mtimeMs, csp: contentSecurityPolicy(readFileSync(file, "utf8")) };
      policies.set(file, cached);
    }
    return cached.csp;
  }

  /** Headers of a file sent from the folder: `file` itself, or its .br or .gz copy as serve-static chose. */
  function describe(c: Context, file: string) {
    const encoding = c.res.headers.get("content-encoding");
    const served = encoding === "br" ? `${file}.br` : encoding === "gzip" ? `${file}.gz` : file;
    const html = file.endsWith(".html");
    c.header("Content-Security-Policy", html ? pagePolicy(file) : ASSET_POLICY);
    // Hashed file names change with their content; everything else (pages, the bank, sw.js) must be revalidated.
    const hashed = inside(join(base, "_next", "static"), file);
    c.header("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
    // Size and time of the bytes sent: each encoding of a file has its own tag, and a new build changes them.
    const s = statSync(served);
    c.header("ETag", `W/"${s.size.toString(36)}-${Math.round(s.mtimeMs).toString(36)}${extname(served)}"`);
    if (!encoding && (existsSync(`${file}.br`) || existsSync(`${file}.gz`)))
      c.header("Vary", "Accept-Encoding", { append: true });
  }

  async function notFound(c: Context) {
    const page = realFile(join(base, "404.html"));
    c.header("Cache-Control", "no-cache");
    if (!page) return c.text("Not found", 404);
    c.header("Content-Security-Policy", pagePolicy(page));
    return c.html(c.req.method === "HEAD" ? "" : readFileSync(page, "utf8"), 404);
  }

  async function guard(c: Context, next: Next) {
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.text("Bad request", 400);
    }
    // Refused before touching the disk: NUL, backslashes, empty segments (`//host` would read as another site in a
    // redirect), and any segment starting with a dot (`..`, `.env`, `.git`): the export has none of these.
    const segments = path.split("/").slice(1);
    if (/[\0\\]/.test(path) || segments.slice(0, -1).some((s) => s === "") || segments.some((s) => s.startsWith(".")))
      return notFound(c);
    const wanted = join(base, ...segments);
    const file = realFile(path.endsWith("/") ? join(wanted, "index.html") : wanted);
    // A symlink may not lead out of the folder.
    if (file && !inside(base, file)) return notFound(c);
    if (!file) {
      // Pages live at /route/ (trailingSlash): /quiz -> /quiz/, keeping the query string. Location is built from the
      // checked segments, never echoed from the request, so it is always a path on this site.
      const page = extname(path) === "" && !path.endsWith("/") ? realFile(join(wanted, "index.html")) : null;
      if (page && inside(base, page)) {
        const search = new URL(c.req.url).search;
        return c.redirect(`/${segments.map(encodeURIComponent).join("/")}/${search}`, 308);
      }
      return notFound(c);
    }
    await next();
    // After serve-static, not in its onFound: @hono/node-server 2.1 calls onFound after building the response, so
    // headers set there are lost.
    if (c.res.status === 200 || c.res.status === 206) describe(c, file);
  }

  const app = new Hono();
  // Keeps each page's own policy on a 304: browsers update a cached response's headers from it.
  app.use("*", etag({ retainedHeaders: [...RETAINED_304_HEADERS, "content-security-policy"] }));
  app.on(
    ["GET", "HEAD"],
    "*",
    guard,
    serveStatic({ root: base, precompressed: true }),
    // serve-static refused a path the guard let through (it refuses any percent-encoding that changes the path).
    notFound,
  );
  return app;
}
