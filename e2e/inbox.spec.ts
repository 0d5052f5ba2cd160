// The whole result-inbox loop on the Debrief server: a teacher turns collection on, two students hand in (one offline
// at first), and their results reach the gradebook without pasting; reloads on either side lose nothing.
import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, expectAccessible, PHONE } from "./fixtures";

type BankQuestion = { id: string; type: string; retired?: boolean; answer: unknown };

async function handIn(page: Page, link: string, name: string, answer: string) {
  await page.goto(link);
  await page.getByLabel(/Your name/).fill(name);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("radio", { name: answer, exact: true }).check();
  await page.getByRole("button", { name: "Save and finish" }).click();
  await expect(page.getByRole("heading", { name: /^(Not sent yet|Sent to your teacher):/ })).toBeVisible();
}

/** Content-Security-Policy violations, which Chromium reports as console errors. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.text().includes("Content Security Policy")) violations.push(m.text());
  });
  return violations;
}

test("results reach the teacher's gradebook by themselves, also from a student who was offline", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const bank = (await (await request.get("/data/bank.json")).json()) as { questions: BankQuestion[] };
  const q = bank.questions.find((x) => !x.retired && x.type === "single")!;
  const csp = watchCsp(page);

  // The teacher makes a one-question assignment with collection on.
  await page.goto("/teach/");
  await page.getByLabel("Title").fill("Inbox week");
  await page.getByRole("button", { name: `Add ${q.id}`, exact: true }).click();
  const collect = page.getByRole("checkbox", { name: "Collect results automatically" });
  await collect.check();
  await expectAccessible(page, "teach with collection");
  await page.getByRole("button", { name: "Create the link" }).click();
  const link = await page.getByLabel(/Send this link/).inputValue();
  expect(link).toMatch(/\/assignment\/#[A-Za-z0-9_-]+$/);

  // Ana hands in online: the receipt comes back and she is told so.
  const contexts: BrowserContext[] = [];
  const student = async () => {
    const ctx = await browser.newContext({ viewport: PHONE });
    contexts.push(ctx);
    return ctx.newPage();
  };
  const ana = await student();
  const anaCsp = watchCsp(ana);
  await handIn(ana, link, "Ana", q.answer as string);
  await expect(ana.getByText(/^Received by your teacher's inbox at \d\d:\d\d$/)).toBeVisible();
  // The receipt, and only the receipt, makes the result "sent".
  await expect(ana.getByRole("heading", { name: "Sent to your teacher: Inbox week" })).toBeVisible();
  await expectAccessible(ana, "received");

  // Ben loses the connection before handing in: his result waits, the link and code stay, then it goes by itself.
  // His browser runs the service worker, as a student's would: the app keeps working offline, the inbox does not.
  const benContext = await browser.newContext({ viewport: PHONE, serviceWorkers: "allow" });
  contexts.push(benContext);
  const ben = await benContext.newPage();
  await ben.goto(link);
  await ben.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
  });
  await ben.context().setOffline(true);
  await ben.getByLabel(/Your name/).fill("Ben <i>O'Hara</i>");
  await ben.getByRole("button", { name: "Start" }).click();
  await ben.getByRole("radio", { name: q.answer as string, exact: true }).check();
  await ben.getByRole("button", { name: "Save and finish" }).click();
  await expect(ben.getByText("Not sent yet: your result is kept in this browser")).toBeVisible();
  await expect(ben.getByRole("heading", { name: "Not sent yet: Inbox week" })).toBeVisible();
  await expect(ben.getByText(/^Received by/)).toHaveCount(0);
  await expect(ben.getByLabel("Result link")).toHaveValue(/\/teach\/results\/#/);
  await expectAccessible(ben, "waiting to send");
  await ben.context().setOffline(false);
  await expect(ben.getByText(/^Received by your teacher's inbox at/)).toBeVisible({ timeout: 15_000 });

  // A reload (offline again: the page comes from the service worker) keeps the receipt and does not send again.
  await ben.context().setOffline(true);
  await ben.reload();
  await expect(ben.getByText(/^Received by your teacher's inbox at/)).toBeVisible();

  // The teacher's gradebook fills without pasting, and says how many are new.
  await page.goto("/teach/results/");
  await expect(page.getByText("2 new results from your inboxes since you opened this page.")).toBeVisible();
  const table = page.getByRole("table", { name: /Results for Inbox week/ });
  await expect(table.getByRole("row").filter({ hasText: "Ana" })).toContainText("1 / 1");
  // Markup in a name is shown as text.
  await expect(table.getByRole("row").filter({ hasText: "Ben <i>O'Hara</i>" })).toContainText("1 / 1");
  await expect(page.getByText(/Inbox week: 2 results received/)).toBeVisible();
  await expectAccessible(page, "gradebook with inbox");

  // A reload loses nothing, and nothing was counted twice.
  await page.reload();
  await expect(table.getByRole("row").filter({ hasText: "Ana" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(page.getByText(/Inbox week: 2 results received/)).toBeVisible();

  // Closing the inbox asks first (it cannot be reopened); cancelling keeps it open. Closed, it turns away a late
  // result; the student keeps it and the fallback link.
  const asked: string[] = [];
  page.once("dialog", (d) => (asked.push(d.message()), void d.dismiss()));
  await page.getByRole("button", { name: "Close inbox" }).click();
  await expect.poll(() => asked.length).toBe(1);
  await expect(page.getByText(/is closed: it takes no more results/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Close inbox" })).toBeVisible();
  page.once("dialog", (d) => (asked.push(d.message()), void d.accept()));
  await page.getByRole("button", { name: "Close inbox" }).click();
  await expect(page.getByText(/is closed: it takes no more results/)).toBeVisible();
  expect(asked[0]).toMatch(/^Close the inbox for “Inbox week”\? It takes no more results and cannot be reopened/);
  const cleo = await student();
  await handIn(cleo, link, "Cleo", q.answer as string);
  await expect(cleo.getByText("Your teacher's inbox did not take this result")).toBeVisible();
  // Nothing above it promises the inbox will still take it.
  await expect(cleo.getByText(/as soon as it can be reached/)).toHaveCount(0);
  await expect(cleo.getByText("The box below says whether your teacher's inbox has them.")).toBeVisible();
  await expect(cleo.getByLabel("Result link")).toHaveValue(/\/teach\/results\/#/);

  // Deleting the inbox asks first; cancelling keeps it. Once deleted, the gradebook keeps every result it had.
  const dialogs: string[] = [];
  page.once("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
  await page.getByRole("button", { name: "Delete inbox" }).click();
  await expect(page.getByText(/Inbox week: 2 results received/)).toBeVisible();
  page.once("dialog", (d) => (dialogs.push(d.message()), void d.accept()));
  await page.getByRole("button", { name: "Delete inbox" }).click();
  await expect(page.getByText("The inbox for “Inbox week” is deleted.")).toBeVisible();
  expect(dialogs).toEqual(
    Array(2).fill(
      "Delete the inbox for “Inbox week” from the server? Results already in this gradebook stay here; on your other devices, only those they have already fetched.",
    ),
  );
  await page.reload();
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(page.getByRole("heading", { name: "Inboxes" })).toBeHidden();

  expect([...csp, ...anaCsp], "Content-Security-Policy violations").toEqual([]);
  for (const ctx of contexts) await ctx.close();
});
