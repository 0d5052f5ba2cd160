// Interaction latency for `npm run bench`: headless Chromium at 4x CPU throttle (CDP Emulation.setCPUThrottlingRate),
// at least 20 rounds per interaction, median and p90 of "click dispatched" to "the change is painted".
//
// How "painted" is measured (in the page, see TIMER below): the mark is taken just before the click is dispatched
// (element.click(), which React handles as a discrete event); a MutationObserver waits until the DOM shows the change
// a user would notice; then requestAnimationFrame + setTimeout(0): the rAF callback runs before the next frame is
// painted and the timeout after it, so the figure includes that frame's style, layout and paint.
//
// Elements are found by role and accessible name, so rewrites of the quiz, flashcard and teacher screens do not break
// the bench; where one cannot be found, the row says which and the other rows still run.
//
// Usage: tsx scripts/bench-interactions.ts <base url>   (prints one JSON line: { throttle, rows: [...] })
// Env: BENCH_ROUNDS (default 30), BENCH_THROTTLE (default 4), BENCH_ONLY=quiz,flashcards,long-deck,picker,gradebook,
// BENCH_DEBUG=1 (every sample to stderr).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type ElementHandle, type Locator, type Page } from "@playwright/test";
import type { Bank } from "../core/bank/schema";
import { findChromium } from "./lib/chromium-path.mjs";
import { SEED_NOW, seedAssignment, seedResultCodes } from "./lib/bench-seed";
import { simulateDailyStudy } from "../core/scheduling/simulate";
import { DECK_DATA } from "../stores/saved/deck";

const BASE = process.argv[2] ?? "http://127.0.0.1:3171";
const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
/** A comma list of quiz, flashcards, long-deck, picker, gradebook to run only those (for quicker checks). */
const ONLY = process.env.BENCH_ONLY?.split(",");
const wanted = (name: string) => !ONLY || ONLY.includes(name);
const WAIT_MS = 15_000;

export type LatencyRow = {
  name: string;
  rounds: number;
  medianMs: number | null;
  p90Ms: number | null;
  /** null for a reference row (no budget of its own). */
  budgetP90Ms: number | null;
  status: "PASS" | "FAIL" | "INFO";
  error?: string;
};

type Check =
  | { kind: "heading-added" }
  | { kind: "heading-changed"; pattern: string }
  | { kind: "button-shown"; pattern: string }
  | { kind: "name-changed" }
  | { kind: "heading-shown"; pattern: string }
  | { kind: "saved"; key: string };

// Runs in the page. Kept as plain JavaScript in a string so that nothing the bundler or tsx adds leaks into it.
const TIMER = `
// Saves to localStorage, timed where they end: "saved" resolves when the given key has been written.
const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  setItem.call(this, key, value);
  if (window.__onSave) window.__onSave(key);
};
window.__benchTime = (el, check) => new Promise((resolve) => {
  if (check.kind === "saved") {
    window.__onSave = (key) => {
      if (key !== check.key) return;
      window.__onSave = null;
      resolve(performance.now() - t0);
    };
    const t0 = performance.now();
    el.click();
    return;
  }
  const name = (e) => (e.getAttribute("aria-label") || e.textContent || "").trim();
  const headings = () => [...document.querySelectorAll("h1,h2,h3,h4,h5,h6,[role=heading]")];
  const matching = (re) => headings().filter((h) => re.test((h.textContent || "").trim()));
  const re = check.pattern ? new RegExp(check.pattern) : null;
  const before = {
    headings: headings().length,
    heading: re ? (matching(re)[0]?.textContent || "") : "",
    name: name(el),
  };
  const done = () => {
    switch (check.kind) {
      case "heading-added": return headings().length > before.headings;
      case "heading-changed": { const h = matching(re)[0]; return !!h && h.textContent !== before.heading; }
      case "heading-shown": return matching(re).length > 0;
      case "button-shown": return [...document.querySelectorAll("button")].some((b) => b.isConnected && re.test(name(b)));
      case "name-changed": return !el.isConnected || name(el) !== before.name;
    }
    return false;
  };
  let timer;
  const observer = new MutationObserver(() => { if (done()) finish(); });
  const finish = () => {
    observer.disconnect();
    clearTimeout(timer);
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
  };
  observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  timer = setTimeout(() => { observer.disconnect(); resolve(-1); }, ${WAIT_MS});
  const t0 = performance.now();
  el.click();
  if (done()) finish();
});
`;

async function timeClick(page: Page, target: Locator, check: Check, what: string, change: string): Promise<number> {
  const handle = (await target.elementHandle({ timeout: WAIT_MS }).catch(() => null)) as ElementHandle | null;
  if (!handle) throw new Error(`could not find ${what}`);
  const ms = await page.evaluate(
    ([el, c]) => (window as unknown as { __benchTime: (e: unknown, c: unknown) => Promise<number> }).__benchTime(el, c),
    [handle, check] as const,
  );
  await handle.dispose();
  if (ms < 0) throw new Error(`could not see ${change} within ${WAIT_MS / 1000} s of pressing ${what}`);
  return ms;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
};
const round1 = (x: number) => Number(x.toFixed(1));

function row(name: string, budgetP90Ms: number | null, samples: number[], error?: string): LatencyRow {
  if (process.env.BENCH_DEBUG) console.error(name, samples.map((x) => Math.round(x)).join(" "));
  const enough = samples.length >= ROUNDS;
  const medianMs = samples.length ? round1(percentile(samples, 0.5)) : null;
  const p90Ms = samples.length ? round1(percentile(samples, 0.9)) : null;
  const ok = enough && !error && p90Ms !== null && (budgetP90Ms === null || p90Ms <= budgetP90Ms);
  return {
    name,
    rounds: samples.length,
    medianMs,
    p90Ms,
    budgetP90Ms,
    status: !ok ? "FAIL" : budgetP90Ms === null ? "INFO" : "PASS",
    ...(error ? { error } : !enough ? { error: `only ${samples.length} of ${ROUNDS} rounds` } : {}),
  };
}

async function newPage(browser: Browser, storage?: Record<string, string>): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: "block",
    locale: "en-GB",
    timezoneId: "UTC",
  });
  await context.addInitScript(TIMER);
  if (storage)
    await context.addInitScript((items: Record<string, string>) => {
      // Only on the first load of this context: later navigations keep what the app itself saved.
      if (sessionStorage.getItem("bench-seeded")) return;
      for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
      sessionStorage.setItem("bench-seeded", "1");
    }, storage);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  return page;
}

/** Runs one step of a scenario; on failure, says in words which step (which element was not found, or did not act). */
async function step<T>(what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (e) {
    const why = (e as Error).message.split("\n")[0] ?? "";
    throw new Error(why.startsWith("could not") ? why : `could not ${what} (${why})`, { cause: e });
  }
}

const firstLine = (e: unknown) => (e as Error).message.split("\n")[0];

/** Practice quiz from a link (single choice and true/false, so the first option is always a choice): Check, Next. */
async function quizRows(browser: Browser): Promise<LatencyRow[]> {
  const check: number[] = [];
  const next: number[] = [];
  const floor: number[] = [];
  let error: string | undefined;
  const page = await newPage(browser);
  try {
    const n = ROUNDS + 2;
    await page.goto(`${BASE}/quiz/?n=${n}&types=single,true-false&mode=practice&seed=20261130`);
    await step('press the "Start…" button of a quiz link on /quiz/', () =>
      page
        .getByRole("button", { name: /^Start/ })
        .first()
        .click({ timeout: WAIT_MS }),
    );
    const questionHeading = "^Question \\d+ of \\d+$";
    await step('see the heading "Question 1 of N"', () =>
      page.getByRole("heading", { name: new RegExp(questionHeading) }).waitFor({ timeout: WAIT_MS }),
    );
    for (let i = 0; i < n; i++) {
      // Choose the first option, as a learner pressing "1" would.
      await step("choose the first option (a radio button) of the question", () =>
        page.getByRole("radio").first().check({ timeout: WAIT_MS }),
      );
      check.push(
        await timeClick(
          page,
          page.getByRole("button", { name: "Check answer" }),
          { kind: "heading-added" },
          'the "Check answer" button',
          "a new heading (the feedback's)",
        ),
      );
      if (i === n - 1) break;
      next.push(
        await timeClick(
          page,
          page.getByRole("button", { name: "Next question" }),
          { kind: "heading-changed", pattern: questionHeading },
          'the "Next question" button',
          'the "Question N of M" heading change',
        ),
      );
    }
    // The floor under both rows: on the same page (the last question, answered), the least a click can change (one
    // heading added to the form by a plain DOM call, no React, no state), timed the same way.
    await page.evaluate(() => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = "bench: add one heading";
      button.addEventListener("click", () => {
        const h = document.createElement("h2");
        h.className = "bench-floor font-semibold";
        h.textContent = "Correct";
        document.querySelector("form")?.append(h);
      });
      document.body.append(button);
    });
    for (let i = 0; i < ROUNDS; i++) {
      floor.push(
        await timeClick(
          page,
          page.getByRole("button", { name: "bench: add one heading" }),
          { kind: "heading-added" },
          "the bench's own button",
          "its heading",
        ),
      );
      await page.evaluate(() => document.querySelectorAll(".bench-floor").forEach((h) => h.remove()));
    }
  } catch (e) {
    error = firstLine(e);
  }
  await page.context().close();
  return [
    row('quiz: "Check answer" to feedback painted', 50, check, error),
    row('quiz: "Next question" to next question painted', 50, next, error),
    row("quiz: one heading added without React, painted (the floor for the two rows above)", null, floor, error),
  ];
}

/** A flashcard session: Show answer (not timed), then "Good" to the next card painted. */
async function flashcardRow(browser: Browser): Promise<LatencyRow> {
  const grades: number[] = [];
  let error: string | undefined;
  const page = await newPage(browser);
  try {
    await page.goto(`${BASE}/flashcards/`);
    const study = page.getByRole("button", { name: /^Study now/ });
    const cram = page.getByRole("button", { name: /^Cram all/ });
    await step('find the "Study now" or "Cram all" button on /flashcards/', () =>
      study.or(cram).first().waitFor({ timeout: WAIT_MS }),
    );
    // Review is what a learner does every day; cram when today's review holds too few cards for the rounds.
    const ready = Number((await study.textContent({ timeout: 1000 }).catch(() => ""))?.match(/\d+/)?.[0] ?? 0);
    await (ready > ROUNDS ? study : cram).click();
    for (let i = 0; i < ROUNDS; i++) {
      await step('press "Show answer" on a card', () =>
        page.getByRole("button", { name: /^Show answer/ }).click({ timeout: WAIT_MS }),
      );
      grades.push(
        await timeClick(
          page,
          page.getByRole("button", { name: /Good/ }),
          { kind: "button-shown", pattern: "^Show answer" },
          'the "Good" grade button',
          'the next card\'s "Show answer" button',
        ),
      );
    }
  } catch (e) {
    error = firstLine(e);
  }
  await page.context().close();
  return row("flashcards: a grade to the next card painted", 50, grades, error);
}

/**
 * Five years of daily flashcard study (core/scheduling/simulate, through the app's own study steps, so the saved deck
 * is what such a learner's browser holds after folding old reviews): "Good" to the deck saved in localStorage. Two
 * decks: this article's own (two thirds of its cards studied for five years, the rest new today), and a stress deck of
 * 1,650 other cards (about 40,000 reviews), whose saved size is its card states, not its folded reviews.
 */
async function longDeckRow(browser: Browser, bank: Bank, kind: "article" | "stress"): Promise<LatencyRow> {
  const saves: number[] = [];
  let error: string | undefined;
  const DAY = 86_400_000;
  const topic = bank.flashcards[0]!.topic;
  // Cards still new today, so there are cards to grade (a deck studied for years has few due on any one day).
  const studied =
    kind === "stress"
      ? Array.from({ length: 1650 }, (_, i) => ({ id: `c-other-${i}`, topic }))
      : bank.flashcards.filter((c) => !c.retired).slice(0, Math.floor((bank.flashcards.length * 2) / 3));
  const run = simulateDailyStudy(studied, Date.now() - 5 * 365 * DAY, 5 * 365, 5);
  const reviews = run.reviews.length;
  const saved = JSON.stringify({ state: run.deck, version: DECK_DATA.version });
  const bytes = saved.length;
  const page = await newPage(browser, { [DECK_DATA.name]: saved });
  try {
    await page.goto(`${BASE}/flashcards/`);
    await step('press "Study now" on /flashcards/', () =>
      page.getByRole("button", { name: /^Study now/ }).click({ timeout: WAIT_MS }),
    );
    for (let i = 0; i < ROUNDS; i++) {
      await step('press "Show answer" on a card', () =>
        page.getByRole("button", { name: /^Show answer/ }).click({ timeout: WAIT_MS }),
      );
      saves.push(
        await timeClick(
          page,
          page.getByRole("button", { name: /Good/ }),
          { kind: "saved", key: DECK_DATA.name },
          'the "Good" grade button',
          "the deck saved",
        ),
      );
      await page.getByRole("button", { name: /^Show answer/ }).waitFor({ timeout: WAIT_MS });
    }
  } catch (e) {
    error = firstLine(e);
  }
  await page.context().close();
  const kib = (bytes / 1024).toFixed(0);
  const what =
    kind === "stress"
      ? `flashcards, 1,650 cards studied for 5 years (${reviews} reviews, ${kib} KiB saved)`
      : `flashcards, this article's deck studied for 5 years (${studied.length} cards, ${reviews} reviews, ${kib} KiB saved)`;
  return row(`${what}: a grade to saved`, 16, saves, error);
}

/** The teacher's picker: "Add" on a question to the button and the selection updated. */
async function pickerRow(browser: Browser): Promise<LatencyRow> {
  const adds: number[] = [];
  let error: string | undefined;
  const page = await newPage(browser);
  try {
    await page.goto(`${BASE}/teach/`);
    const add = page.getByRole("button", { name: /^Add q-\d+$/ });
    await step('find an "Add q-NNN" button in the question picker on /teach/', () =>
      add.first().waitFor({ timeout: WAIT_MS }),
    );
    // The picker renders its first rows with the page and the rest once the page is used: scroll the list as a
    // teacher does, and time the adds with the whole bank in the list (every round adds another question).
    const list = page.getByRole("list", { name: "Questions" });
    await list.hover();
    await page.mouse.wheel(0, 300);
    await step("see the whole bank in the picker's list after scrolling it", () =>
      list.getByText(/more questions?/).waitFor({ state: "detached", timeout: WAIT_MS }),
    );
    for (let i = 0; i < ROUNDS; i++)
      adds.push(
        await timeClick(page, add.first(), { kind: "name-changed" }, 'an "Add q-NNN" button', "its name change"),
      );
  } catch (e) {
    error = firstLine(e);
  }
  await page.context().close();
  return row("teacher: add a question in the picker", 100, adds, error);
}

/** The gradebook of 200 results (seeded in localStorage): from /teach, "Open the gradebook" to the item analysis painted. */
async function gradebookRow(browser: Browser, bank: Bank): Promise<LatencyRow> {
  const opens: number[] = [];
  let error: string | undefined;
  const assignment = seedAssignment(bank, 20);
  const codes = seedResultCodes(bank, assignment, 200);
  // The teacher store's saved shape (stores/teacher-store.ts, version 1, in the envelope of stores/persisted.ts).
  const teacher = {
    state: {
      assignments: [{ code: assignment.code, id: assignment.id, title: assignment.title, savedAt: SEED_NOW }],
      results: codes.map((code, i) => ({ code, receivedAt: SEED_NOW + i * 60_000 })),
      handedIn: [],
      attempts: {},
      removed: [],
    },
    version: 1,
  };
  const page = await newPage(browser, { "debrief:teacher": JSON.stringify(teacher) });
  const link = page.getByRole("link", { name: /gradebook/i }).first();
  try {
    await page.goto(`${BASE}/teach/`);
    for (let i = 0; i < ROUNDS + 1; i++) {
      const ms = await timeClick(
        page,
        link,
        { kind: "heading-shown", pattern: "^Item analysis" },
        'the "Open the gradebook" link on /teach/ (it shows once an assignment is saved)',
        'the "Item analysis" heading',
      );
      if ((await page.getByText(/^200 students/).count()) === 0)
        throw new Error('could not see "200 students" in the gradebook (the seeded results were not all read)');
      // Every opening counts, the first one too (it also fetches the route's code and data).
      opens.push(ms);
      await page.goBack();
      await step("go back to /teach/", () => link.waitFor({ timeout: WAIT_MS }));
    }
  } catch (e) {
    error = firstLine(e);
  }
  await page.context().close();
  return row("teacher: open a gradebook of 200 results with item analysis", 300, opens, error);
}

async function main() {
  const chrome = findChromium();
  const browser = await chromium.launch({
    ...(chrome ? { executablePath: chrome } : {}),
    args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const bank = JSON.parse(readFileSync(join("out", "data", "bank.json"), "utf8")) as Bank;
  const rows: LatencyRow[] = [];
  try {
    if (wanted("quiz")) rows.push(...(await quizRows(browser)));
    if (wanted("flashcards")) rows.push(await flashcardRow(browser));
    if (wanted("long-deck")) {
      rows.push(await longDeckRow(browser, bank, "article"));
      rows.push(await longDeckRow(browser, bank, "stress"));
    }
    if (wanted("picker")) rows.push(await pickerRow(browser));
    if (wanted("gradebook")) rows.push(await gradebookRow(browser, bank));
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify({ throttle: THROTTLE, rows }));
}

void main();
