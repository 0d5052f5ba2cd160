import { readFile } from "node:fs/promises";
import { test, expect, expectAccessible } from "./fixtures";
import { DAY, fetchBank, finishedAttempt, quizEnvelope, readStorage, seedStorage } from "./progress-seed";
import { createBackup } from "../core/progress/backup";

const attemptIds = async (page: import("@playwright/test").Page) =>
  JSON.parse((await readStorage(page, "debrief:quiz")) ?? '{"state":{"attempts":[]}}').state.attempts.map(
    (a: { id: string }) => a.id,
  );

test("download a backup, reset (which downloads one first), then restore it by replacing", async ({
  page,
  request,
}) => {
  const bank = await fetchBank(request);
  const qs = bank.questions.filter((q) => !q.retired).slice(0, 4);
  const now = Date.now();
  await seedStorage(page, {
    "debrief:quiz": quizEnvelope([
      finishedAttempt("a1", qs, 1, now - 2 * DAY),
      finishedAttempt("a2", qs, 3, now - DAY),
    ]),
    "debrief:theme": "dark",
  });
  await page.goto("/progress/");
  const past = page.getByRole("list", { name: "Past attempts" }).getByRole("listitem");
  await expect(past).toHaveCount(2);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download backup" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^debrief-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  const file = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(file).toMatchObject({ app: "debrief", schemaVersion: 1, checksum: expect.any(String) });
  expect(Date.parse(file.exportedAt)).toBeGreaterThan(now - 60_000);
  expect(file.data["debrief:quiz"].state.attempts.map((a: { id: string }) => a.id)).toEqual(["a1", "a2"]);
  expect(file.data["debrief:theme"]).toBe("dark");

  // Reset asks first, and downloads a backup before clearing anything.
  await page.getByRole("button", { name: "Reset progress" }).click();
  await expect(page.getByRole("heading", { name: "Reset your progress?" })).toBeVisible();
  await expectAccessible(page, "reset confirmation");
  const [resetDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download backup and reset" }).click(),
  ]);
  const resetFile = JSON.parse(await readFile((await resetDownload.path())!, "utf8"));
  expect(resetFile.data["debrief:quiz"].state.attempts).toHaveLength(2);
  await expect(page.getByText("Your progress was reset. A backup of it was downloaded first.")).toBeVisible();
  const empty = page.getByRole("heading", { name: "Your progress starts with your first answers" });
  await expect(empty).toBeVisible();
  expect(await attemptIds(page)).toEqual([]);
  await page.reload();
  await expect(empty).toBeVisible();

  // Restore shows what the file holds before anything changes.
  await page.getByLabel("Restore from backup").setInputFiles((await download.path())!);
  await expect(page.getByRole("heading", { name: /^Restore .+\?$/ })).toBeVisible();
  await expect(page.getByText("2 finished quizzes")).toBeVisible();
  await expect(page.getByText(/^Activity from /)).toBeVisible();
  expect(await attemptIds(page)).toEqual([]);
  await expectAccessible(page, "restore summary");
  await page.getByRole("button", { name: "Replace my progress" }).click();
  await expect(page.getByText("Your progress was replaced by the backup.")).toBeVisible();
  await expect(past).toHaveCount(2);
  expect(await attemptIds(page)).toEqual(["a1", "a2"]);
  await page.reload();
  await expect(past).toHaveCount(2);
});

test("restoring by merging keeps what is here and adds the backup's attempts", async ({ page, request }) => {
  const bank = await fetchBank(request);
  const qs = bank.questions.filter((q) => !q.retired).slice(0, 4);
  const now = Date.now();
  await seedStorage(page, { "debrief:quiz": quizEnvelope([finishedAttempt("here", qs, 2, now - DAY)]) });
  const backup = createBackup(
    {
      "debrief:quiz": {
        state: { attempts: [finishedAttempt("old", qs, 4, now - 9 * DAY)], current: null, history: {}, discarded: [] },
        version: 1,
      },
    },
    now,
  );
  await page.goto("/progress/");
  await page.getByLabel("Restore from backup").setInputFiles({
    name: "my-backup.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(page.getByText("1 finished quiz")).toBeVisible();
  await page.getByRole("button", { name: "Merge with my progress" }).click();
  await expect(page.getByText("The backup was merged with your progress.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Past attempts" }).getByRole("listitem")).toHaveCount(2);
  expect(await attemptIds(page)).toEqual(["old", "here"]);
});

test("a damaged, foreign, newer or unreadable file is refused with a clear message and changes nothing", async ({
  page,
  request,
}) => {
  const bank = await fetchBank(request);
  const qs = bank.questions.filter((q) => !q.retired).slice(0, 4);
  const now = Date.now();
  const seeded = quizEnvelope([finishedAttempt("here", qs, 2, now - DAY)]);
  await seedStorage(page, { "debrief:quiz": seeded });
  const good = createBackup({ "debrief:quiz": JSON.parse(seeded) }, now);
  const damaged = structuredClone(good);
  (damaged.data["debrief:quiz"] as { state: { attempts: { score: number }[] } }).state.attempts[0]!.score = 1;
  const cases: [string, string, RegExp][] = [
    ["notes.json", "{ this is not json", /cut short or damaged \(it is not valid JSON\)/],
    ["other.json", JSON.stringify({ app: "anki", data: {} }), /not made by Debrief/],
    ["newer.json", JSON.stringify({ ...good, schemaVersion: 2 }), /newer version of Debrief/],
    ["damaged.json", JSON.stringify(damaged), /damaged or was edited/],
  ];
  await page.goto("/progress/");
  await expect(page.getByRole("list", { name: "Past attempts" }).getByRole("listitem")).toHaveCount(1);
  const before = await readStorage(page, "debrief:quiz");
  for (const [name, text, message] of cases) {
    await page.getByLabel("Restore from backup").setInputFiles({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByText(/Nothing was changed/)).toBeVisible();
    await expect(page.getByRole("button", { name: /Merge with my progress/ })).toHaveCount(0);
    expect(await readStorage(page, "debrief:quiz")).toBe(before);
  }
  await expectAccessible(page, "restore refused");
});
