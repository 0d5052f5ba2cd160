// Talks to a Debrief result inbox (server/): the one place that knows the API's paths, statuses and messages.
// Every function resolves to a value (never throws), so callers can keep a result and retry.

/** `syncDays`: the server keeps sync copies (lib/sync-client) and deletes one after this many days without a sync. */
export type InboxHealth = { ok: true; createTokenRequired: boolean; syncDays?: number } | { ok: false };
export type Receipt = { id: string; receivedAt: string };
export type ListedResult = { seq: number; receiptId: string; code: string; receivedAt: string };

/** Why a call failed: `retry` when trying again later may work (offline, server busy or down). */
export type InboxFailure = { ok: false; retry: boolean; status: number; message: string };

const TIMEOUT_MS = 10_000;

/** The API root of an inbox server; "" is the server this app came from. */
export function apiBase(serverUrl: string): string {
  return `${serverUrl.replace(/\/+$/, "")}/api/v1`;
}

/** Normalises what a teacher typed as an inbox server address; null if it is not an http(s) address. */
export function normaliseServerUrl(input: string): string | null {
  const text = input.trim();
  if (text === "") return "";
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * One request to a Debrief server as every client here makes it: a time limit, never cached, no cookies or referrer.
 * Null when it could not be made (offline, the server down, the time limit passed).
 */
export async function fetchApi(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: BodyInit },
  timeoutMs = TIMEOUT_MS,
): Promise<Response | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(url, {
      method: init.method ?? "GET",
      headers: init.headers,
      body: init.body,
      signal: controller.signal,
      cache: "no-store",
      credentials: "omit",
      referrerPolicy: "no-referrer",
    });
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

async function call<T>(
  url: string,
  init: RequestInit & { key?: string; json?: unknown } = {},
): Promise<{ ok: true; status: number; body: T } | InboxFailure> {
  const headers: Record<string, string> = {};
  if (init.json !== undefined) headers["Content-Type"] = "application/json";
  if (init.key) headers.Authorization = `Bearer ${init.key}`;
  const res = await fetchApi(url, {
    method: init.method,
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  if (!res)
    return {
      ok: false,
      retry: true,
      status: 0,
      message: "The inbox could not be reached (offline, or the server is down).",
    };
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // A proxy's HTML error page, or an empty answer: the status says enough.
  }
  if (res.ok && body !== null) return { ok: true, status: res.status, body: body as T };
  const message =
    typeof (body as { error?: unknown } | null)?.error === "string"
      ? (body as { error: string }).error
      : `The inbox answered with an error (HTTP ${res.status}).`;
  // 429 and 5xx pass; 4xx (a bad code, an unknown or closed inbox, a wrong key) will answer the same next time.
  return { ok: false, retry: res.status === 429 || res.status >= 500, status: res.status, message };
}

/** Whether an inbox server answers at this address ("" for this app's own server). */
export async function checkHealth(serverUrl: string): Promise<InboxHealth> {
  const res = await call<{ ok: boolean; createTokenRequired?: boolean; syncDays?: unknown }>(
    `${apiBase(serverUrl)}/health`,
  );
  if (!res.ok || !res.body.ok) return { ok: false };
  const { syncDays } = res.body;
  return {
    ok: true,
    createTokenRequired: res.body.createTokenRequired === true,
    ...(typeof syncDays === "number" ? { syncDays } : {}),
  };
}

export function createInbox(serverUrl: string, assignmentId: string, createToken?: string) {
  return call<{ id: string; key: string; expiresAt: string }>(`${apiBase(serverUrl)}/inboxes`, {
    method: "POST",
    json: createToken ? { assignmentId, createToken } : { assignmentId },
  });
}

export async function submitResult(
  serverUrl: string,
  inboxId: string,
  code: string,
): Promise<{ ok: true; receipt: Receipt } | InboxFailure> {
  const res = await call<{ receipt: Receipt }>(`${apiBase(serverUrl)}/inboxes/${encodeURIComponent(inboxId)}/results`, {
    method: "POST",
    json: { code },
  });
  return res.ok ? { ok: true, receipt: res.body.receipt } : res;
}

export function listResults(serverUrl: string, inboxId: string, key: string, after: number) {
  return call<{ results: ListedResult[]; next: number; total: number; closed: boolean; expiresAt: string }>(
    `${apiBase(serverUrl)}/inboxes/${encodeURIComponent(inboxId)}/results?after=${after}`,
    { key },
  );
}

export function closeInbox(serverUrl: string, inboxId: string, key: string) {
  return call<{ closed: boolean }>(`${apiBase(serverUrl)}/inboxes/${encodeURIComponent(inboxId)}/close`, {
    method: "POST",
    key,
  });
}

/** Replaces the inbox's teacher key (POST /inboxes/:id/key): the answer holds the new key; the old one stops working. */
export function replaceKey(serverUrl: string, inboxId: string, key: string) {
  return call<{ key: string }>(`${apiBase(serverUrl)}/inboxes/${encodeURIComponent(inboxId)}/key`, {
    method: "POST",
    key,
  });
}

export function deleteInbox(serverUrl: string, inboxId: string, key: string) {
  return call<{ deleted: boolean }>(`${apiBase(serverUrl)}/inboxes/${encodeURIComponent(inboxId)}`, {
    method: "DELETE",
    key,
  });
}

/** Milliseconds to wait before retry number `attempt` (1, 2, ...): 5 s doubling to 5 min, with `jitter` in [0, 1). */
export function retryDelay(attempt: number, jitter: number): number {
  const base = Math.min(300_000, 5_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.75 + 0.5 * jitter));
}
