// Keeping progress on other devices (issue 27): two browsers joined by a sync link study offline, reconnect, and both
// show the union of their progress; a tampered link changes nothing; the server holds no plaintext.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { test, expect, expectAccessible, PHONE } from "./fixtures";
import { answerWithKeyboard, currentQuestion, fetchBank } from "./quiz-helpers";
import { tabTo } from "./teach-helpers";
import { deriveKeys } from "../core/sync/cipher";
import { parseSyncFragment } from "../core/sync/link";

test.use({ viewport: PHONE, serviceWorkers: "allow" });

const syncHeading = (page: Page) => page.getByRole("heading", { name: "Keep my progress on my other devices" });
const linkField = (page: Page) => page.getByLabel("Your private sync link");
const syncAlert = (page: Page) =>
  page.getByRole("region", { name: "Keep my progress on my other devices" }).getByRole("alert");

/** A browser of its own (a device), its service worker ready so that it works offline. */
async function device(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: "allow", timezoneId: "UTC" });
  const page = await context.newPage();
  await page.goto(baseURL + "/");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
  });
  await page.close();
  return context;
}

/** Offline: answers one question of a practice quiz and grades `cards` new flashcards Easy. */
async function studyOffline(context: BrowserContext, baseURL: string, cards: number) {
  const quiz = await context.newPage();
  await quiz.goto(baseURL + "/quiz/");
  const bank = await fetchBank(quiz);
  await quiz.getByRole("button", { name: "Start a 10-question practice quiz" }).click();
  await expect(quiz.getByRole("heading", { level: 2, name: "Question 1 of 10" })).toBeVisible();
  await answerWithKeyboard(quiz, await currentQuestion(quiz, bank), true);
  await expect(quiz.getByRole("heading", { level: 3, name: /^Right/ })).toBeVisible();
  await quiz.close();
  const deck = await context.newPage();
  await deck.goto(baseURL + "/flashcards/");
  await deck.getByRole("button", { name: /study now/i }).click();
  for (let i = 0; i < cards; i++) {
    await deck.getByRole("button", { name: /show answer/i }).click();
    await deck.getByRole("button", { name: /^Easy/ }).click();
  }
  await expect(deck.getByText(`${20 - cards} cards left`)).toBeVisible();
  await deck.close();
}

/** The question ids answered and the review log ids saved on a page's device. */
async function saved(page: Page): Promise<{ questions: string[]; logs: string[] }> {
  return page.evaluate(() => {
    const quiz = JSON.parse(localStorage.getItem("debrief:quiz") ?? "null");
    const cards = JSON.parse(localStorage.getItem("debrief:cards") ?? "null");
    return {
      questions: Object.keys(quiz?.state?.history ?? {}).sort(),
      logs: ((cards?.state?.logs ?? []) as { id: string }[]).map((l) => l.id).sort(),
    };
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test("two devices joined by the link study offline, reconnect, and both show all of it; the server holds no plaintext", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const a = await device(browser, baseURL!);
  const b = await device(browser, baseURL!);

  const pageA = await a.newPage();
  await pageA.goto(baseURL + "/progress/");
  await expect(syncHeading(pageA)).toBeVisible();
  await expect(pageA.getByText(/deletes it after 180 days without a sync/)).toBeVisible();
  await pageA.getByRole("button", { name: "Turn on sync" }).click();
  await expect(linkField(pageA)).toHaveValue(/\/progress\/#sync=[\w-]{22}\.[\w-]{43}$/);
  await expect(pageA.getByText(/^Last synced \d\d:\d\d\.$/)).toBeVisible();
  const link = await linkField(pageA).inputValue();
  await expectAccessible(pageA, "sync on");

  const pageB = await b.newPage();
  await pageB.goto(link);
  await expect(pageB.getByText("This device now syncs with your other devices", { exact: false })).toBeVisible();
  // The secret does not stay in the address bar or the history.
  expect(new URL(pageB.url()).hash).toBe("");
  await expect(linkField(pageB)).toHaveValue(link);

  await a.setOffline(true);
  await b.setOffline(true);
  await studyOffline(a, baseURL!, 1);
  await studyOffline(b, baseURL!, 2);
  // A failed sync says so quietly and leaves the progress here.
  await pageA.getByRole("button", { name: "Sync now" }).click();
  await expect(pageA.getByText(/^Last synced \d\d:\d\d · couldn't reach the server, will retry$/)).toBeVisible();
  const before = [await saved(pageA), await saved(pageB)];
  expect(before[0]!.logs).toHaveLength(1);
  expect(before[1]!.logs).toHaveLength(2);
  const union = {
    questions: [...new Set([...before[0]!.questions, ...before[1]!.questions])].sort(),
    logs: [...before[0]!.logs, ...before[1]!.logs].sort(),
  };

  await a.setOffline(false);
  await b.setOffline(false);
  // Each syncs when the connection returns; the one that synced first takes the other's work at its next sync.
  for (const page of [pageA, pageB, pageA]) {
    await page.getByRole("button", { name: "Sync now" }).click();
    await expect(page.getByText(/^Last synced \d\d:\d\d\.$/)).toBeVisible();
  }
  await expect.poll(() => saved(pageA)).toEqual(union);
  await expect.poll(() => saved(pageB)).toEqual(union);
  for (const page of [pageA, pageB]) {
    await page.reload();
    await expect(page.getByTestId("answered-once")).toContainText(
      new RegExp(`^${union.questions.length} of \\d+ questions answered`),
    );
  }

  // What the server holds: the copy it returns to the link's token, and every file of its database.
  const { spaceId, secret } = (
    parseSyncFragment(new URL(link).hash) as { ok: true; value: { spaceId: string; secret: string } }
  ).value;
  const { token } = (await deriveKeys(crypto.subtle, secret))!;
  const copy = Buffer.from(
    await (
      await pageA.request.get(`/api/v1/sync/${spaceId}`, { headers: { Authorization: `Bearer ${token}` } })
    ).body(),
  );
  expect(copy.length).toBeGreaterThan(100);
  const dataDir = join(tmpdir(), `debrief-e2e-inbox-${new URL(baseURL!).port}`);
  const files = filesUnder(dataDir).map((f) => readFileSync(f));
  for (const plain of [union.questions[0]!, union.logs[0]!, (await currentCardId(pageA))!, secret])
    for (const held of [copy, ...files]) expect(held.includes(plain), plain).toBe(false);

  await a.close();
  await b.close();
});

async function currentCardId(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () => Object.keys(JSON.parse(localStorage.getItem("debrief:cards") ?? "{}")?.state?.cards ?? {})[0],
  );
}

test("a tampered link says so and changes nothing; a deleted one says it no longer works", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/progress/");
  await page.getByRole("button", { name: "Turn on sync" }).click();
  const link = await linkField(page).inputValue();

  const other = await page.context().browser()!.newContext({ viewport: PHONE });
  const third = await other.newPage();
  await third.goto("/progress/");
  await expect(syncHeading(third)).toBeVisible();
  const keysBefore = await third.evaluate(() => Object.keys(localStorage).sort());
  // One character of the secret changed: still a well-formed link, but not this copy's key.
  const [address, token] = link.split("#sync=") as [string, string];
  const tampered = `${address}#sync=${token.replace(/\.([\w-])/, (_, c: string) => `.${c === "A" ? "B" : "A"}`)}`;
  expect(tampered).not.toBe(link);
  await third.goto("about:blank");
  await third.goto(tampered.slice(tampered.indexOf("/progress/")));
  await expect(syncAlert(third)).toHaveText("This sync link is incomplete or was changed. Nothing was changed.");
  await expect(third.getByRole("button", { name: "Turn on sync" })).toBeVisible();
  expect(await third.evaluate(() => Object.keys(localStorage).sort())).toEqual(keysBefore);
  await expectAccessible(third, "tampered link");

  // A truncated link is refused before anything is asked of the server.
  await third.goto("about:blank");
  await third.goto(tampered.slice(tampered.indexOf("/progress/"), -5));
  await expect(syncAlert(third)).toHaveText("This sync link is incomplete or was changed. Nothing was changed.");

  await page.getByRole("button", { name: "Stop syncing and delete the copy" }).click();
  await expect(page.getByText("Sync is off and the copy on the server is deleted.", { exact: false })).toBeVisible();
  await third.goto("about:blank");
  await third.goto(link.slice(link.indexOf("/progress/")));
  await expect(syncAlert(third)).toContainText("This sync link no longer works");
  expect(await third.evaluate(() => Object.keys(localStorage).sort())).toEqual(keysBefore);
  await other.close();
});

test("keyboard: turn sync on, copy the link, make a new link (the old stops working), stop", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/progress/");
  await expect(syncHeading(page)).toBeVisible();
  await tabTo(page, /^Turn on sync$/);
  await page.keyboard.press("Enter");
  await expect(linkField(page)).toHaveValue(/#sync=/);
  const first = await linkField(page).inputValue();
  // Every page's footer now says what leaves the device, also after a reload; "nothing is sent anywhere" is gone.
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("an encrypted copy that the server cannot read", { useInnerText: true });
  await expect(footer).not.toContainText("nothing is sent anywhere", { useInnerText: true });
  await page.reload();
  await expect(linkField(page)).toHaveValue(first);
  await expect(footer).toContainText("nothing else is sent anywhere", { useInnerText: true });
  await tabTo(page, /^Copy link$/);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
  await tabTo(page, /^Show QR code$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("img", { name: "QR code of your private sync link" })).toBeVisible();
  await expectAccessible(page, "sync link with QR code");

  await tabTo(page, /^New link$/);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Here is your new link. The old one no longer works", { exact: false })).toBeVisible();
  const second = await linkField(page).inputValue();
  expect(second).not.toBe(first);

  const old = await context.browser()!.newContext({ viewport: PHONE });
  const elsewhere = await old.newPage();
  await elsewhere.goto(first.slice(first.indexOf("/progress/")));
  await expect(syncAlert(elsewhere)).toContainText("This sync link no longer works");
  await old.close();

  // Resetting while sync is on would not start over: the other devices' progress comes back, and the page says so.
  await page.getByRole("button", { name: "Reset progress" }).click();
  await expect(page.getByText("Sync is on: the next sync brings back the progress", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();

  await linkField(page).focus();
  await tabTo(page, /^Stop syncing and delete the copy$/);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Sync is off and the copy on the server is deleted.", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "Turn on sync" })).toBeVisible();
  await expect(footer).toContainText("Your progress stays in this browser; nothing is sent anywhere.", {
    useInnerText: true,
  });
  await expectAccessible(page, "sync off");
});

test("a save on another page syncs a few seconds later, without opening Progress", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await page.goto("/progress/");
  await page.getByRole("button", { name: "Turn on sync" }).click();
  await expect(page.getByText(/^Last synced \d\d:\d\d\.$/)).toBeVisible();
  const link = await linkField(page).inputValue();
  const { spaceId, secret } = (
    parseSyncFragment(new URL(link).hash) as { ok: true; value: { spaceId: string; secret: string } }
  ).value;
  const { token } = (await deriveKeys(crypto.subtle, secret))!;
  const version = async () =>
    (await page.request.get(`/api/v1/sync/${spaceId}`, { headers: { Authorization: `Bearer ${token}` } })).headers()
      .etag;
  const first = await version();

  await page.goto("/flashcards/");
  await page.getByRole("button", { name: /study now/i }).click();
  await page.getByRole("button", { name: /show answer/i }).click();
  await page.getByRole("button", { name: /^Easy/ }).click();
  await expect.poll(version, { timeout: 20_000 }).not.toBe(first);

  // The other device gets that review by opening the link.
  const other = await browser.newContext({ viewport: PHONE });
  const there = await other.newPage();
  await there.goto(link.slice(link.indexOf("/progress/")));
  await expect(there.getByText("This device now syncs with your other devices", { exact: false })).toBeVisible();
  expect((await saved(there)).logs).toEqual((await saved(page)).logs);
  expect((await saved(there)).logs).toHaveLength(1);
  await other.close();
});

test("the sync panel appears without moving what is already on the page", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.shifts += (e as unknown as { value: number }).value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("/progress/");
  await expect(syncHeading(page)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Backup and restore" })).toBeVisible();
  // The panel shows once the server has answered: it must not push the backup panel down (it did, by 274 px).
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
});
