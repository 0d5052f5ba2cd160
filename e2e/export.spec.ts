import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import type { Download, Page } from "@playwright/test";
import { readGift, readMoodle, readQti } from "../test-fixtures/export-read-back";
import { test, expect, expectAccessible, PHONE } from "./fixtures";

type Item = { id: string; type: string; retired?: boolean };
type BankJson = { questions: Item[]; flashcards: Item[] };

/** Presses the button with the keyboard and returns the downloaded file's name and bytes. */
async function download(page: Page, name: string, testInfo: { outputPath: (name: string) => string }) {
  const button = page.getByRole("button", { name, exact: true });
  await button.focus();
  const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  return saved(file, testInfo);
}

async function saved(file: Download, testInfo: { outputPath: (name: string) => string }) {
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

test("a teacher downloads the bank for Moodle and Canvas, and one assignment's questions", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(60_000);
  const bank = (await (await request.get("/data/bank.json")).json()) as BankJson;
  const live = bank.questions.filter((q) => !q.retired);
  await page.goto("/teach/");
  const section = page.getByRole("region", { name: "Export the question bank" });
  await expect(section).toBeVisible();

  const moodle = await download(page, "Download Moodle XML", testInfo);
  expect(moodle.name).toBe("debrief-how-to-cooperate-against-terrorism.xml");
  expect(ids(readMoodle(moodle.bytes.toString("utf8")).questions)).toEqual(ids(live));
  await expect(
    section.getByRole("status").filter({ hasText: "Saved debrief-how-to-cooperate-against-terrorism.xml" }),
  ).toBeVisible();

  const gift = await download(page, "Download GIFT", testInfo);
  expect(ids(readGift(gift.bytes.toString("utf8")).questions)).toEqual(ids(live.filter((q) => q.type !== "order")));

  const qti = await download(page, "Download QTI for Canvas", testInfo);
  const files = unzipSync(new Uint8Array(qti.bytes));
  expect(Object.keys(files)).toContain("imsmanifest.xml");
  const quiz = Object.entries(files).find(([path]) => path.endsWith(".xml") && path !== "imsmanifest.xml")!;
  expect(ids(readQti(strFromU8(quiz[1])))).toEqual(ids(live.filter((q) => q.type !== "order")));

  await section
    .getByText(/What it keeps/)
    .first()
    .click();
  await expectAccessible(page, "teach export section");

  // An assignment's export holds only its questions.
  const picked = live.slice(0, 3);
  await page.getByLabel("Title").fill("Week 3");
  for (const q of picked) await page.getByRole("button", { name: `Add ${q.id}`, exact: true }).click();
  await page.getByRole("button", { name: "Create the link" }).click();
  const own = page.getByRole("region", { name: "Export this assignment" });
  await expect(own).toContainText("Its 3 questions");
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    own.getByRole("button", { name: "Download Moodle XML" }).click(),
  ]);
  const assignment = await saved(file, testInfo);
  expect(assignment.name).toBe("debrief-week-3.xml");
  expect(ids(readMoodle(assignment.bytes.toString("utf8")).questions)).toEqual(ids(picked));
  await expectAccessible(page, "teach with assignment export");
});

test("a learner on a phone downloads the cards for Anki and Quizlet", async ({ page, request }, testInfo) => {
  await page.setViewportSize(PHONE);
  const bank = (await (await request.get("/data/bank.json")).json()) as BankJson;
  const live = bank.flashcards.filter((c) => !c.retired);
  await page.goto("/flashcards/");
  await expect(page.getByRole("region", { name: "Export the cards" })).toBeVisible();

  const anki = (await download(page, "Download Anki", testInfo)).bytes.toString("utf8");
  expect(anki.split("\n")[0]).toBe("#separator:Tab");
  const notes = anki
    .trimEnd()
    .split("\n")
    .filter((l) => !l.startsWith("#"));
  expect(notes.map((l) => l.split("\t")[0]).sort()).toEqual(live.map((c) => `debrief-${c.id}`).sort());

  const quizlet = (await download(page, "Download Quizlet", testInfo)).bytes.toString("utf8");
  expect(quizlet.trimEnd().split("\n")).toHaveLength(live.length);

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "flashcards export, phone, dark");
});

test("when the questions cannot load, the export says so in plain words", async ({ page, consoleErrors }) => {
  await page.route("**/data/bank.json", (route) => route.abort());
  await page.goto("/flashcards/");
  await page.getByRole("button", { name: "Download Quizlet", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "could not be made" })).toContainText("Check your connection");
  // The browser logs the blocked request itself; that is the failure this test makes on purpose.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/ERR_FAILED/.test(e)));
});
