// Talks to a Debrief server's sync API (server/app.ts, /api/v1/sync): the one place that knows its paths, statuses
// and headers. Every function resolves to a value (never throws), so a failed sync changes nothing and can retry.
import { apiBase, fetchApi } from "./inbox-client";

export type SyncFailure = {
  ok: false;
  /** offline or busy: try again later; gone: the space was deleted or expired; refused: the token is wrong. */
  kind: "retry" | "gone" | "refused" | "other";
  message: string;
};

const TIMEOUT_MS = 15_000;

async function request(
  url: string,
  init: { method: string; token?: string; json?: unknown; bytes?: Uint8Array<ArrayBuffer>; ifMatch?: number },
): Promise<{ ok: true; res: Response } | SyncFailure> {
  const headers: Record<string, string> = {};
  if (init.json !== undefined) headers["Content-Type"] = "application/json";
  if (init.bytes !== undefined) headers["Content-Type"] = "application/octet-stream";
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.ifMatch !== undefined) headers["If-Match"] = `"${init.ifMatch}"`;
  const body = init.json !== undefined ? JSON.stringify(init.json) : init.bytes;
  const res = await fetchApi(url, { method: init.method, headers, body }, TIMEOUT_MS);
  if (!res) return { ok: false, kind: "retry", message: "couldn't reach the server" };
  if (res.ok || res.status === 409) return { ok: true, res };
  let message = `the server answered with an error (HTTP ${res.status})`;
  try {
    const body = (await res.json()) as { error?: unknown };
    if (typeof body.error === "string") message = body.error;
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  const kind =
    res.status === 429 || res.status >= 500
      ? "retry"
      : res.status === 404
        ? "gone"
        : res.status === 401 || res.status === 403
          ? "refused"
          : "other";
  return { ok: false, kind, message };
}

const spaceUrl = (serverUrl: string, id: string) => `${apiBase(serverUrl)}/sync/${encodeURIComponent(id)}`;

/** Makes a sync space whose reads and writes need `token`. */
export async function createSpace(
  serverUrl: string,
  token: string,
): Promise<{ ok: true; id: string; syncDays: number } | SyncFailure> {
  const r = await request(`${apiBase(serverUrl)}/sync`, { method: "POST", json: { token } });
  if (!r.ok) return r;
  try {
    const body = (await r.res.json()) as { id: string; syncDays: number };
    return { ok: true, id: body.id, syncDays: body.syncDays };
  } catch {
    return { ok: false, kind: "retry", message: "the server's answer was cut off" };
  }
}

/** The space's current version and encrypted copy (empty before the first write). */
export async function readCopy(
  serverUrl: string,
  id: string,
  token: string,
): Promise<{ ok: true; version: number; bytes: Uint8Array<ArrayBuffer> } | SyncFailure> {
  const r = await request(spaceUrl(serverUrl, id), { method: "GET", token });
  if (!r.ok) return r;
  const version = Number(/^"?(\d+)"?$/.exec(r.res.headers.get("etag") ?? "")?.[1] ?? NaN);
  try {
    const bytes = new Uint8Array(await r.res.arrayBuffer());
    if (Number.isInteger(version)) return { ok: true, version, bytes };
  } catch {
    // Cut off: as below.
  }
  return { ok: false, kind: "retry", message: "the server's answer was cut off" };
}

/** Writes the copy over version `ifVersion`: "conflict" when another device wrote first. */
export async function writeCopy(
  serverUrl: string,
  id: string,
  token: string,
  ifVersion: number,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<{ ok: true; version: number } | { ok: false; kind: "conflict" } | SyncFailure> {
  const r = await request(spaceUrl(serverUrl, id), { method: "PUT", token, ifMatch: ifVersion, bytes });
  if (!r.ok) return r;
  if (r.res.status === 409) return { ok: false, kind: "conflict" };
  try {
    const body = (await r.res.json()) as { version: number };
    return { ok: true, version: body.version };
  } catch {
    return { ok: false, kind: "retry", message: "the server's answer was cut off" };
  }
}

export async function deleteSpace(serverUrl: string, id: string, token: string): Promise<{ ok: true } | SyncFailure> {
  const r = await request(spaceUrl(serverUrl, id), { method: "DELETE", token });
  return r.ok ? { ok: true } : r;
}

/** Bytes from the browser's cryptographic source: a sync link's secret, an IV. */
export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n));
}
