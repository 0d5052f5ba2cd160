import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import type { BrowserContext } from "@playwright/test";
import { test, expect } from "./fixtures";
import { answerWithKeyboard, currentQuestion, fetchBank } from "./quiz-helpers";
import { encodeAssignment } from "../core/assignment/link/assignment-code";

test.use({ serviceWorkers: "allow" });

const ROUTES = ["/", "/article/", "/quiz/", "/flashcards/", "/progress/", "/teach/", "/teach/results/", "/assignment/"];

async function waitForOfflineReady(context: BrowserContext, baseURL: string) {
  const page = await context.newPage();
  await page.goto(baseURL + "/");
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
      );
    }
    return reg.active?.state;
  });
  await page.close();
}

test.describe("offline", () => {
  test("after one visit every route opens with the network off", async ({ context, baseURL }) => {
    await waitForOfflineReady(context, baseURL!);
    await context.setOffline(true);
    for (const route of ROUTES) {
      // A fresh page for each navigation: reusing one tab races Next's late history.replaceState.
      const page = await context.newPage();
      await page.goto(baseURL + route);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("link", { name: "Debrief" })).toBeVisible();
      await page.close();
    }
    const page = await context.newPage();
    const bank = await page.goto(baseURL + "/data/bank.json");
    expect(bank?.ok()).toBe(true);
    // An address the export does not have is "Page not found" offline too, not the home page under that address.
    const missing = await page.goto(baseURL + "/nope/");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await page.close();
    await context.setOffline(false);
  });
});

test.describe("offline study", () => {
  test("offline after one visit: take a quiz, study two cards and open a new assignment link", async ({
    context,
    baseURL,
  }) => {
    await waitForOfflineReady(context, baseURL!);
    await context.setOffline(true);
    const errors: string[] = [];
    const fresh = async (path: string) => {
      const page = await context.newPage();
      // Next prefetches links in the background; offline, those prefetches fail by design and are not user-visible.
      page.on(
        "console",
        (m) => m.type() === "error" && !/ERR_INTERNET_DISCONNECTED/.test(m.text()) && errors.push(m.text()),
      );
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(baseURL + path);
      return page;
    };

    const quiz = await fresh("/quiz/");
    const bank = await fetchBank(quiz);
    await quiz.getByRole("button", { name: "Start a 10-question practice quiz" }).click();
    await expect(quiz.getByRole("heading", { level: 2, name: "Question 1 of 10" })).toBeVisible();
    const first = await currentQuestion(quiz, bank);
    await answerWithKeyboard(quiz, first, true);
    await expect(quiz.getByRole("heading", { level: 3, name: /^Right/ })).toBeVisible();
    await quiz.close();

    const cards = await fresh("/flashcards/");
    await cards.getByRole("button", { name: /study now/i }).click();
    const left = cards.getByText(/^\d+ cards? left$/);
    await expect(left).toHaveText("20 cards left");
    for (let i = 0; i < 2; i++) {
      await cards.getByRole("button", { name: /show answer/i }).click();
      // Easy graduates a new card at once; Good would bring it back later in this session.
      await cards.getByRole("button", { name: /^Easy/ }).click();
    }
    await expect(left).toHaveText("18 cards left");
    await cards.close();

    const ids = bank.questions
      .filter((q) => !q.retired)
      .slice(0, 3)
      .map((q) => q.id);
    const { code } = encodeAssignment({
      title: "Offline reading check",
      instructions: "",
      questionIds: ids,
      mode: "practice",
      timeLimitMinutes: null,
      showScore: true,
      showKey: true,
      requireName: false,
      teacherEmail: "",
      seed: 7,
      bankVersion: bank.version,
    });
    const assignment = await fresh(`/assignment/#${code}`);
    await expect(assignment.getByRole("heading", { name: "Offline reading check" })).toBeVisible();
    await assignment.getByRole("button", { name: "Start" }).click();
    await expect(assignment.getByRole("heading", { level: 2, name: "Question 1 of 3" })).toBeVisible();
    await assignment.close();

    expect(errors).toEqual([]);
    await context.setOffline(false);
  });
});

test.describe("updates", () => {
  let server: ChildProcess | undefined;
  let dir = "";
  const PORT = 3190;

  test.afterEach(() => {
    if (server?.pid) process.kill(-server.pid);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("a new deployment offers to reload instead of swapping the page", async ({ context }) => {
    dir = mkdtempSync(join(tmpdir(), "debrief-sw-"));
    cpSync("out", dir, { recursive: true });
    server = spawn("npx", ["serve", dir, "-l", String(PORT), "--no-clipboard", "--no-request-logging"], {
      detached: true,
      stdio: "ignore",
    });
    const base = `http://127.0.0.1:${PORT}`;
    await expect
      .poll(async () => (await fetch(base + "/").catch(() => null))?.ok ?? false, { timeout: 15_000 })
      .toBe(true);
    await waitForOfflineReady(context, base);
    const page = await context.newPage();
    await page.goto(base + "/");
    await expect(page.getByText("A new version of Debrief is ready.")).toBeHidden();

    // Deploy a changed build: a new service worker version with a changed page.
    const sw = readFileSync(join(dir, "sw.js"), "utf8").replace(
      /const VERSION = "([^"]+)"/,
      'const VERSION = "$1-next"',
    );
    writeFileSync(join(dir, "sw.js"), sw);
    const html = readFileSync(join(dir, "index.html"), "utf8").replaceAll(
      "Study one article until you know it.",
      "Study one article until you know it well.",
    );
    writeFileSync(join(dir, "index.html"), html);

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByText("A new version of Debrief is ready.");
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    // Nothing changed under the reader's feet until they choose to reload.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Study one article until you know it.");
    await page.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Study one article until you know it well.", {
      timeout: 15_000,
    });
  });
});

// Keep the sw.js generator honest: it precaches the whole export.
test("the service worker precaches every route of the export", async () => {
  const sw = readFileSync("out/sw.js", "utf8");
  for (const route of ROUTES) expect(sw).toContain(`"${route}"`);
  expect(sw).toContain('"/data/bank.json"');
  void execFileSync;
});
