import { afterEach, describe, expect, it, vi } from "vitest";
import { apiBase, normaliseServerUrl, retryDelay, submitResult } from "./inbox-client";

afterEach(() => vi.unstubAllGlobals());

const answer = (status: number, body: unknown) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } }));

describe("inbox client", () => {
  it("names the API of this site or of another server", () => {
    expect(apiBase("")).toBe("/api/v1");
    expect(apiBase("https://inbox.school.example/")).toBe("https://inbox.school.example/api/v1");
    expect(normaliseServerUrl(" inbox.school.example/path ")).toBe("https://inbox.school.example");
    expect(normaliseServerUrl("http://localhost:3000")).toBe("http://localhost:3000");
    expect(normaliseServerUrl("")).toBe("");
    expect(normaliseServerUrl("not a url at all")).toBeNull();
  });

  it("backs off from 5 s to at most about 5 minutes", () => {
    expect(retryDelay(1, 0.5)).toBe(5_000);
    expect(retryDelay(2, 0.5)).toBe(10_000);
    expect(retryDelay(20, 0.5)).toBe(300_000);
    expect(retryDelay(1, 0)).toBe(3_750);
    expect(retryDelay(1, 0.999)).toBeLessThan(6_250);
  });

  it("keeps a result to retry when offline, busy or failing, and gives up on a refusal", async () => {
    vi.stubGlobal("fetch", answer(201, { receipt: { id: "r1", receivedAt: "2026-11-30T10:42:00.000Z" } }));
    expect(await submitResult("", "inbox", "code")).toEqual({
      ok: true,
      receipt: { id: "r1", receivedAt: "2026-11-30T10:42:00.000Z" },
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    expect(await submitResult("", "inbox", "code")).toMatchObject({ ok: false, retry: true, status: 0 });
    vi.stubGlobal("fetch", answer(429, { error: "Too many requests." }));
    expect(await submitResult("", "inbox", "code")).toMatchObject({ ok: false, retry: true });
    vi.stubGlobal("fetch", answer(503, { error: "Down." }));
    expect(await submitResult("", "inbox", "code")).toMatchObject({ ok: false, retry: true });
    vi.stubGlobal("fetch", answer(409, { error: "The teacher has closed this inbox." }));
    expect(await submitResult("", "inbox", "code")).toEqual({
      ok: false,
      retry: false,
      status: 409,
      message: "The teacher has closed this inbox.",
    });
  });
});
