// The result inbox as a school runs it: Debrief on loopback with TRUST_PROXY=1, behind Debian's nginx terminating
// HTTPS with a self-signed certificate (scripts/proxy/start-proxy.mjs, config scripts/proxy/nginx.conf.template).
// Before the server read X-Forwarded-Proto, every create and submit here got 403 origin-not-allowed.
import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, expectAccessible, PHONE } from "./fixtures";

type BankQuestion = { id: string; type: string; retired?: boolean; answer: unknown };

async function handIn(page: Page, link: string, name: string, answer: string) {
  await page.goto(link);
  await page.getByLabel(/Your name/).fill(name);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("radio", { name: answer, exact: true }).check();
  await page.getByRole("button", { name: "Save and finish" }).click();
}

test("through an HTTPS proxy: the teacher collects, two students' results are sent, the gradebook shows both", async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  expect(baseURL).toMatch(/^https:\/\//);
  const health = await request.get("/api/v1/health");
  expect(health.status()).toBe(200);
  expect(health.headers()["strict-transport-security"]).toContain("max-age=");
  const bank = (await (await request.get("/data/bank.json")).json()) as { questions: BankQuestion[] };
  const q = bank.questions.find((x) => !x.retired && x.type === "single")!;

  await page.goto("/teach/");
  expect(page.url()).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/teach\/$/);
  await page.getByLabel("Title").fill("Proxy week");
  await page.getByRole("button", { name: `Add ${q.id}`, exact: true }).click();
  await page.getByRole("checkbox", { name: "Collect results automatically" }).check();
  await page.getByRole("button", { name: "Create the link" }).click();
  const link = await page.getByLabel(/Send this link/).inputValue();
  expect(link).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/assignment\/#[A-Za-z0-9_-]+$/);

  const contexts: BrowserContext[] = [];
  for (const name of ["Ana", "Ben"]) {
    const ctx = await browser.newContext({ viewport: PHONE, ignoreHTTPSErrors: true, serviceWorkers: "block" });
    contexts.push(ctx);
    const student = await ctx.newPage();
    await handIn(student, link, name, q.answer as string);
    await expect(student.getByText(/^Received by your teacher's inbox at \d\d:\d\d$/)).toBeVisible();
    await expect(student.getByRole("heading", { name: "Sent to your teacher: Proxy week" })).toBeVisible();
    if (name === "Ana") await expectAccessible(student, "sent through the proxy");
  }

  await page.goto("/teach/results/");
  await expect(page.getByText("2 new results from your inboxes since you opened this page.")).toBeVisible();
  const table = page.getByRole("table", { name: /Results for Proxy week/ });
  await expect(table.getByRole("row").filter({ hasText: "Ana" })).toContainText("1 / 1");
  await expect(table.getByRole("row").filter({ hasText: "Ben" })).toContainText("1 / 1");
  await expect(page.getByText(/Proxy week: 2 results received/)).toBeVisible();
  for (const ctx of contexts) await ctx.close();
});

test("through the proxy: a learner's encrypted sync copy of 100 KB is taken, and a client's own X-Forwarded-Host is not believed", async ({
  request,
}) => {
  const token = "A".repeat(43);
  const created = await request.post("/api/v1/sync", { data: { token } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  // A heavy learner's copy is about 90 KB (the bench); the server allows 8 MiB. nginx's 64k limit answered 413.
  const put = await request.put(`/api/v1/sync/${id}`, {
    headers: { Authorization: `Bearer ${token}`, "If-Match": '"0"', "Content-Type": "application/octet-stream" },
    data: Buffer.alloc(100 * 1024, 7),
  });
  expect(put.status()).toBe(200);
  expect(await put.json()).toEqual({ version: 1 });

  // A page on another site cannot pass the origin check by naming itself in X-Forwarded-Host: nginx sets that header.
  const forged = await request.post("/api/v1/inboxes", {
    headers: { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" },
    data: {},
  });
  expect(forged.status()).toBe(403);
  expect(((await forged.json()) as { reason: string }).reason).toBe("origin-not-allowed");
});
