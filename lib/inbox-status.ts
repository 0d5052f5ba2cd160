// Whether a result inbox still takes results, asked before a student starts (GET /api/v1/inboxes/:id/status). Apart
// from ./inbox-client so the assignment's intro needs only this small fetch; resolves to a value, never throws.

export type InboxStatus =
  | { status: "open" | "closed" | "full"; expiresAt: number }
  | { status: "gone" }
  /** The server could not be asked (offline, down, an older server without the route). */
  | { status: "unknown" };

export async function fetchInboxStatus(serverUrl: string, inboxId: string): Promise<InboxStatus> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 8_000);
  try {
    const res = await fetch(`${serverUrl.replace(/\/+$/, "")}/api/v1/inboxes/${encodeURIComponent(inboxId)}/status`, {
      signal: controller.signal,
      headers: { Accept: "application/json" },
    });
    const body = (await res.json().catch(() => null)) as { status?: unknown; expiresAt?: unknown } | null;
    if (res.status === 404 && body?.status === "gone") return { status: "gone" };
    const expiresAt = typeof body?.expiresAt === "string" ? Date.parse(body.expiresAt) : NaN;
    if (res.ok && (body?.status === "open" || body?.status === "closed" || body?.status === "full") && expiresAt > 0)
      return { status: body.status, expiresAt };
    return { status: "unknown" };
  } catch {
    return { status: "unknown" };
  } finally {
    clearTimeout(timer);
  }
}
