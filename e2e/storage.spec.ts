// No lost work: each storage failure is seeded before the page loads, and the app must tell the user, keep working
// and never destroy what was saved.
import { readFile } from "node:fs/promises";
import { test, expect, expectAccessible } from "./fixtures";
import { DAY, fetchBank, finishedAttempt, quizEnvelope, readStorage, seedStorage } from "./progress-seed";
import { createBackup } from "../core/progress/backup";
import type { Page } from "@playwright/test";

const banner = (page: Page) => page.getByRole("status").filter({ hasText: /./ }).first();

async function backupWith(request: import("@playwright/test").APIRequestContext, id: string, endedAt: number) {
  const bank = await fetchBank(request);
  const qs = bank.questions.filter((q) => !q.retired).slice(0, 3);
  return {
    qs,
    file: {
      name: `${id}.json`,
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify(
          createBackup(
            {
              "debrief:quiz": {
                state: { attempts: [finishedAttempt(id, qs, 2, endedAt)], current: null, history: {}, discarded: [] },
                version: 1,
              },
            },
            endedAt,
          ),
        ),
      ),
    },
  };
}

test("unreadable saved data is set aside under its own key, offered as a download, and the app starts clean", async ({
  page,
}) => {
  const raw = '{"state": {"attempts": [oops';
  await seedStorage(page, { "debrief:quiz": raw, "debrief:cards": '{"state":{"cards":5},"version":1}' });
  await page.goto("/progress/");
  await expect(page.getByText("Some saved progress could not be read, so Debrief started fresh.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your progress starts with your first answers" })).toBeVisible();
  expect(await readStorage(page, "debrief:quarantine:debrief:quiz")).toBe(raw);
  expect(await readStorage(page, "debrief:quarantine:debrief:cards")).toBe('{"state":{"cards":5},"version":1}');
  expect(await readStorage(page, "debrief:quiz")).toBeNull();
  await expectAccessible(page, "corrupt data banner");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the set-aside data" }).click(),
  ]);
  const file = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(file["debrief:quarantine:debrief:quiz"]).toBe(raw);

  // Still offered after a reload, on any page, until the learner deletes it.
  await page.goto("/article/");
  await expect(page.getByRole("button", { name: "Download the set-aside data" })).toBeVisible();
  // Deleting asks first: dismissed, the data stays.
  page.once("dialog", (d) => void d.dismiss());
  await page.getByRole("button", { name: "Delete it" }).click();
  await expect(page.getByRole("button", { name: "Download the set-aside data" })).toBeVisible();
  expect(await readStorage(page, "debrief:quarantine:debrief:quiz")).toBe(raw);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Delete it" }).click();
  await expect(page.getByRole("button", { name: "Download the set-aside data" })).toHaveCount(0);
  expect(await readStorage(page, "debrief:quarantine:debrief:quiz")).toBeNull();
});

test("on a phone, the set-aside notice reads in full lines with its buttons below the text", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await seedStorage(page, { "debrief:quiz": "}{" });
  await page.goto("/quiz/");
  const text = page.getByText("Some saved progress could not be read, so Debrief started fresh.");
  await expect(text).toBeVisible();
  const box = (await text.locator("xpath=ancestor::p[1]").boundingBox())!;
  const button = (await page.getByRole("button", { name: "Download the set-aside data" }).boundingBox())!;
  // Before, the text shrank to a word a line (about 40 px wide, 30 lines) beside buttons laid over it.
  expect(box.width).toBeGreaterThan(280);
  expect(button.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
  await expectAccessible(page, "set-aside notice on a phone");
});

test("data saved by a newer version is never overwritten, and the app says to update and keeps working", async ({
  page,
}) => {
  const newer = JSON.stringify({ state: { attempts: [], future: true }, version: 99 });
  await seedStorage(page, { "debrief:quiz": newer });
  await page.goto("/progress/");
  await expect(page.getByText("Your progress was saved by a newer version of Debrief.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reload" })).toBeVisible();
  await expectAccessible(page, "newer data banner");

  // Resetting tries to write: the newer data must survive it.
  await page.getByRole("button", { name: "Reset progress" }).click();
  await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download backup and reset" }).click(),
  ]);
  await expect(page.getByText(/could not be saved in this browser/)).toBeVisible();
  expect(await readStorage(page, "debrief:quiz")).toBe(newer);

  // Starting a quiz works in memory and still saves nothing over the newer data.
  await page.goto("/");
  await page.getByRole("button", { name: "Start a quick quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/$/);
  await expect(page.getByText("Your progress was saved by a newer version of Debrief.")).toBeVisible();
  expect(await readStorage(page, "debrief:quiz")).toBe(newer);
});

test("with storage unavailable the app works in memory and says progress will not be kept", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto("/");
  await expect(banner(page)).toContainText("Progress will not be kept.");
  await expectAccessible(page, "storage unavailable banner");
  await page.getByRole("button", { name: "Start a quick quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/$/);
  await expect(page.getByText("Progress will not be kept.")).toBeVisible();
  // The quick quiz is running, so the site header has stepped aside: leave by the quiz's own way out first.
  await page.getByRole("button", { name: "Discard this quiz" }).click();
  await page.getByRole("button", { name: "Discard quiz" }).click();
  await page.getByRole("link", { name: "Progress" }).first().click();
  await expect(page.getByRole("heading", { name: "Your progress starts with your first answers" })).toBeVisible();
});

test("when storage is full the user is told, the app keeps working, and what was saved stays", async ({
  page,
  request,
}) => {
  const { qs, file } = await backupWith(request, "restored", Date.now() - DAY);
  const saved = quizEnvelope([finishedAttempt("kept", qs, 1, Date.now() - 2 * DAY)]);
  await seedStorage(page, { "debrief:quiz": saved });
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.goto("/progress/");
  const past = page.getByRole("list", { name: "Past attempts" }).getByRole("listitem");
  await expect(past).toHaveCount(1);
  await page.getByLabel("Restore from backup").setInputFiles(file);
  await page.getByRole("button", { name: "Merge with my progress" }).click();
  await expect(page.getByText("Storage is full: your latest progress could not be saved.")).toBeVisible();
  await expect(page.getByText(/could not be saved in this browser/)).toBeVisible();
  await expect(past).toHaveCount(2);
  expect(await readStorage(page, "debrief:quiz")).toBe(saved);
  await expectAccessible(page, "storage full banner");
  // The banner's own backup holds what could not be saved, before a reload loses it.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup now" }).click(),
  ]);
  const backup = JSON.parse(await readFile((await download.path())!, "utf8"));
  const ids = backup.data["debrief:quiz"].state.attempts.map((a: { id: string }) => a.id).sort();
  expect(ids).toEqual(["kept", "restored"]);
});

test("two tabs: a change in one shows in the other, and neither overwrites the other's attempts", async ({
  context,
  request,
}) => {
  const now = Date.now();
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto("/progress/");
  await two.goto("/progress/");
  const list = (p: Page) => p.getByRole("list", { name: "Past attempts" }).getByRole("listitem");

  await one
    .getByLabel("Restore from backup")
    .setInputFiles((await backupWith(request, "from-one", now - 3 * DAY)).file);
  await one.getByRole("button", { name: "Merge with my progress" }).click();
  await expect(list(two)).toHaveCount(1);

  // Tab two misses the next change (as if both saved at once): its own save must still keep tab one's attempt.
  await two.evaluate(() => window.addEventListener("storage", (e) => e.stopImmediatePropagation(), true));
  await one
    .getByLabel("Restore from backup")
    .setInputFiles((await backupWith(request, "also-one", now - 2 * DAY)).file);
  await one.getByRole("button", { name: "Merge with my progress" }).click();
  await expect(list(one)).toHaveCount(2);
  await two.getByLabel("Restore from backup").setInputFiles((await backupWith(request, "from-two", now - DAY)).file);
  await two.getByRole("button", { name: "Merge with my progress" }).click();

  const ids = JSON.parse((await readStorage(two, "debrief:quiz"))!).state.attempts.map((a: { id: string }) => a.id);
  expect(ids).toEqual(["from-one", "also-one", "from-two"]);
  await expect(list(one)).toHaveCount(3);
  await two.reload();
  await expect(list(two)).toHaveCount(3);
});

test("the app asks the browser to keep its data", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __persistCalls: number };
    w.__persistCalls = 0;
    Object.defineProperty(navigator.storage, "persisted", { value: async () => false });
    Object.defineProperty(navigator.storage, "persist", {
      value: async () => {
        w.__persistCalls++;
        return true;
      },
    });
  });
  await page.goto("/progress/");
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls))
    .toBe(1);
  await expect(page.getByText(/This browser has promised not to clear it/)).toBeVisible();
});
