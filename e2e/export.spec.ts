import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import type { Download, Page } from "@playwright/test";
import initSqlJs from "sql.js";
import { moodleTypes, readGift, readMoodle, readQti } from "../test-fixtures/export-read-back";
import { test, expect, expectAccessible, PHONE } from "./fixtures";

type Item = { id: string; type: string; retired?: boolean };
type BankJson = { article: { title: string }; questions: Item[]; flashcards: Item[] };

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

/** Opens a downloaded .apkg with sql.js: one note per live card (GUID = card id), all in the article's deck, own note type. */
async function expectAnkiPackage(file: { name: string; bytes: Buffer }, bank: BankJson) {
  expect(file.name).toBe("debrief-how-to-cooperate-against-terrorism.apkg");
  const SQL = await initSqlJs();
  const db = new SQL.Database(unzipSync(new Uint8Array(file.bytes))["collection.anki2"]);
  const live = bank.flashcards.filter((c) => !c.retired);
  const guids = db.exec("SELECT guid FROM notes")[0]!.values.map((r) => String(r[0]));
  expect(guids.sort()).toEqual(live.map((c) => `debrief-${c.id}`).sort());
  expect(db.exec("SELECT count(*) FROM cards")[0]!.values[0]![0]).toBe(live.length);
  const [models, decks] = db.exec("SELECT models, decks FROM col")[0]!.values[0]!.map((v) => JSON.parse(String(v)));
  const dids = db.exec("SELECT DISTINCT did FROM cards")[0]!.values.map((r) => String(r[0]));
  expect(dids.map((d) => decks[d].name)).toEqual([`Debrief::${bank.article.title}`]);
  const mids = db.exec("SELECT DISTINCT mid FROM notes")[0]!.values.map((r) => String(r[0]));
  expect(mids.map((m) => models[m].name)).toEqual(["Debrief card"]);
  db.close();
}

test("a teacher downloads the bank for Moodle and Canvas, and one assignment's questions", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const bank = (await (await request.get("/data/bank.json")).json()) as BankJson;
  const live = bank.questions.filter((q) => !q.retired);
  await page.goto("/teach/");
  const section = page.getByRole("region", { name: "Export the question bank" });
  await expect(section).toBeVisible();
  // Moodle 4.0 to 4.3 stop the whole import at one unknown type: the Moodle XML holds core types only.

  const moodle = await download(page, "Download Moodle XML", testInfo);
  expect(moodle.name).toBe("debrief-how-to-cooperate-against-terrorism.xml");
  expect(ids(readMoodle(moodle.bytes.toString("utf8")).questions)).toEqual(ids(live));
  expect(moodleTypes(moodle.bytes.toString("utf8"))).not.toContain("ordering");
  await expect(
    section.getByRole("status").filter({ hasText: "Saved debrief-how-to-cooperate-against-terrorism.xml" }),
  ).toBeVisible();

  const gift = await download(page, "Download GIFT", testInfo);
  expect(ids(readGift(gift.bytes.toString("utf8")).questions)).toEqual(ids(live));

  const qti = await download(page, "Download QTI for Canvas", testInfo);
  const files = unzipSync(new Uint8Array(qti.bytes));
  expect(Object.keys(files)).toContain("imsmanifest.xml");
  const quiz = Object.entries(files).find(([path]) => path.endsWith(".xml") && path !== "imsmanifest.xml")!;
  expect(ids(readQti(strFromU8(quiz[1])))).toEqual(ids(live.filter((q) => q.type !== "order")));

  // The cards too, on /teach: the same Anki package.
  const cards = page.getByRole("region", { name: "Export the cards" });
  const [ankiFile] = await Promise.all([
    page.waitForEvent("download"),
    cards.getByRole("button", { name: "Download Anki", exact: true }).click(),
  ]);
  await expectAnkiPackage(await saved(ankiFile, testInfo), bank);

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
  test.setTimeout(60_000);
  await page.setViewportSize(PHONE);
  const bank = (await (await request.get("/data/bank.json")).json()) as BankJson;
  const live = bank.flashcards.filter((c) => !c.retired);
  await page.goto("/flashcards/");
  await expect(page.getByRole("region", { name: "Export the cards" })).toBeVisible();

  await expectAnkiPackage(await download(page, "Download Anki", testInfo), bank);
  await expect(
    page.getByRole("status").filter({ hasText: "Saved debrief-how-to-cooperate-against-terrorism.apkg" }),
  ).toBeVisible();

  const quizlet = (await download(page, "Download Quizlet", testInfo)).bytes.toString("utf8");
  expect(quizlet.trimEnd().split("\n")).toHaveLength(live.length);

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "flashcards export, phone, dark");
});

test("without a connection on the first Anki download, the page says the engine needs one; once fetched, it works offline", async ({
  page,
  request,
  consoleErrors,
}, testInfo) => {
  const bank = (await (await request.get("/data/bank.json")).json()) as BankJson;
  await page.goto("/flashcards/");
  await page.evaluate(() => caches.delete("anki-sqlite-engine"));
  await page.route("**/*.wasm", (route) => route.abort());
  await page.getByRole("button", { name: "Download Anki", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "could not be made" })).toContainText("needs a connection");
  await page.unroute("**/*.wasm");
  await expectAnkiPackage(await download(page, "Download Anki", testInfo), bank);

  // A new page, with the engine's download blocked: the copy kept from the first download builds the file.
  const again = await page.context().newPage();
  await again.goto("/flashcards/");
  await again.route("**/*.wasm", (route) => route.abort());
  await expectAnkiPackage(await download(again, "Download Anki", testInfo), bank);
  await again.close();
  // The browser logs the blocked request itself; that is the failure this test makes on purpose.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/ERR_FAILED/.test(e)));
});

test("when the questions cannot load, the export says so in plain words", async ({ page, consoleErrors }) => {
  await page.route("**/data/bank.json", (route) => route.abort());
  await page.goto("/flashcards/");
  await page.getByRole("button", { name: "Download Quizlet", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "could not be made" })).toContainText("Check your connection");
  // The browser logs the blocked request itself; that is the failure this test makes on purpose.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/ERR_FAILED/.test(e)));
});
