import type { Page } from "@playwright/test";
import { test, expect, expectAccessible, PHONE } from "./fixtures";

// A small fixed deck, served in place of the real bank so these tests do not move when the content writers add cards.
const CARDS = (
  [
    [
      "c-001",
      "failures",
      "Which city's attack exposed the failures of intelligence sharing in the article?",
      "Madrid, in March 2004",
    ],
    ["c-002", "failures", "What did services too often keep to themselves?", "Raw intelligence on suspects"],
    [
      "c-003",
      "bilateral",
      "Which kind of cooperation does the author find works best?",
      "Bilateral cooperation between services",
    ],
    ["c-004", "bilateral", "What builds trust between two services?", "A long record of exchanges"],
    ["c-005", "morocco", "Which North African country is given as an example?", "Morocco"],
    ["c-006", "morocco", "This retired card must never be studied.", "Retired"],
  ] as [string, string, string, string][]
).map(([id, topic, front, back], i) => ({
  id,
  topic,
  front,
  back,
  source: { paragraph: `p${i + 1}`, quote: `The quote that backs card ${id} in the article.` },
  ...(id === "c-006" ? { retired: true } : {}),
  // Marked in the bank as reversing well (one clear answer when shown back first).
  ...(id === "c-003" || id === "c-004" || id === "c-005" ? { reversible: true } : {}),
}));

const BANK = {
  version: "test",
  article: {
    slug: "how-to-cooperate-against-terrorism",
    title: "How to cooperate against terrorism?",
    author: "Olivier Guitta",
    headings: [],
    paragraphs: CARDS.map((c, i) => ({ id: `p${i + 1}`, text: c.source.quote })),
  },
  topics: [
    { id: "failures", label: "Failures", description: "What went wrong." },
    { id: "bilateral", label: "Bilateral ties", description: "Two services at a time." },
    { id: "morocco", label: "Morocco", description: "An example." },
  ],
  questions: [],
  flashcards: CARDS,
};

const T0 = new Date("2026-01-15T09:00:00Z");
const DAY = 86_400_000;

async function open(page: Page) {
  await page.route("**/data/bank.json", (route) => route.fulfill({ json: BANK }));
  await page.clock.install({ time: T0 });
  await page.goto("/flashcards/");
  await expect(page.getByRole("button", { name: /study now/i })).toBeVisible();
}

const card = (page: Page) => page.getByTestId("flashcard");
const showAnswer = (page: Page) => page.getByRole("button", { name: /show answer/i });
const left = (page: Page) => page.getByText(/^\d+ cards? left$/);
const stat = (page: Page, label: string) => page.locator("dt", { hasText: label }).locator("+ dd");

// Flip the card on screen and grade it with keys, each key once the screen can take it: the session loads its code
// on Study now (keys before it do nothing), and a grade key only counts once the answer shows.
async function flipAndGrade(page: Page, grade: "1" | "2" | "3" | "4", flipKey: "Space" | "Enter" = "Space") {
  const easy = page.getByRole("button", { name: /Easy/ });
  await expect(card(page)).toBeVisible();
  await expect(easy).toBeHidden();
  await page.keyboard.press(flipKey);
  await expect(easy).toBeVisible();
  await page.keyboard.press(grade);
  await expect(easy).toBeHidden();
}

test("study five cards with the keyboard alone; front, back and summary pass axe", async ({ page }) => {
  await open(page);
  await expect(stat(page, "New today")).toHaveText("5");
  await expect(stat(page, "In this deck")).toHaveText("5");
  await expectAccessible(page, "overview");

  // Reach the start button with Tab only.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await page.getByRole("button", { name: /study now/i }).evaluate((b) => b === document.activeElement)) break;
  }
  await expect(page.getByRole("button", { name: /study now \(5 cards\)/i })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(card(page)).toContainText(CARDS[0]!.front);
  await expect(card(page)).not.toContainText(CARDS[0]!.back);
  await expect(left(page)).toHaveText("5 cards left");
  await expectAccessible(page, "card front");

  await page.keyboard.press("Space");
  await expect(card(page)).toContainText(CARDS[0]!.back);
  // The revealed side is announced, the source links to the quote in the article, and each grade shows its interval.
  await expect(page.locator("[aria-live]", { hasText: `Answer: ${CARDS[0]!.back}` })).toBeAttached();
  await expect(card(page).getByRole("link", { name: "Read it in the article" })).toHaveAttribute(
    "href",
    "/article/?highlight=c-001&from=%2Fflashcards%2F#p1",
  );
  await expect(page.getByRole("button", { name: /Again/ })).toContainText("1m");
  await expect(page.getByRole("button", { name: /Good/ })).toContainText("10m");
  await expect(page.getByRole("button", { name: /Easy/ })).toContainText(/\d+d/);
  await expectAccessible(page, "card back");

  await page.keyboard.press("4");
  for (const [i, flipKey] of (["Enter", "Space", "Enter", "Space"] as const).entries()) {
    const c = CARDS[i + 1]!;
    await expect(card(page)).toContainText(c.front);
    await page.keyboard.press(flipKey);
    await expect(card(page)).toContainText(c.back);
    await page.keyboard.press(i === 1 ? "1" : "4");
  }
  // The card graded Again comes back at the end; Easy sends it away.
  await expect(card(page)).toContainText(CARDS[2]!.front);
  await flipAndGrade(page, "4");

  const summary = page.getByRole("heading", { name: "Session complete" });
  await expect(summary).toBeVisible();
  await expect(stat(page, "Cards studied")).toHaveText("5");
  await expect(stat(page, "Right first time")).toHaveText("4 of 5");
  await expect(stat(page, "Next due")).toContainText(/^in \d+ minutes?|^in \d+ days?/);
  await expectAccessible(page, "summary");
  await page.getByRole("button", { name: "Back to the deck" }).press("Enter");
  await expect(stat(page, "New today")).toHaveText("0");
  await expect(page.getByText(/^Nothing to review now/)).toBeVisible();
});

test("keys on a focused button do only what the button does", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: /study now/i }).click();
  await showAnswer(page).focus();
  await page.keyboard.press("Enter");
  await expect(card(page)).toContainText(CARDS[0]!.back);
  const hard = page.getByRole("button", { name: /Hard/ });
  await hard.focus();
  await page.keyboard.press("Enter");
  await expect(card(page)).toContainText(CARDS[1]!.front);
  await expect(card(page)).not.toContainText(CARDS[1]!.back);
  await expect(showAnswer(page)).toBeVisible();
  // Hard on a new card is a short step, so the card returns: four still to see for the first time, one coming back.
  await expect(left(page)).toHaveText("4 cards left");
  await expect(page.getByTestId("cards-left")).toHaveText("4 cards left · 1 coming back");

  // Space on the focused Undo button undoes; it does not flip the card on screen instead.
  await flipAndGrade(page, "4");
  await expect(card(page)).toContainText(CARDS[2]!.front);
  await page.getByRole("button", { name: /undo last grade/i }).focus();
  await page.keyboard.press("Space");
  await expect(card(page)).toContainText(CARDS[1]!.front);
  await expect(card(page)).not.toContainText(CARDS[1]!.back);
  await page.getByRole("button", { name: "End session" }).click();
  await expect(stat(page, "Cards studied")).toHaveText("1");
});

test("undo takes back the last grade with Z and with the button", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: /study now/i }).click();
  await expect(card(page)).toContainText(CARDS[0]!.front);
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: /Easy/ })).toBeVisible();
  await page.keyboard.press("4");
  await expect(card(page)).toContainText(CARDS[1]!.front);
  await expect(left(page)).toHaveText("4 cards left");

  await page.keyboard.press("z");
  await expect(card(page)).toContainText(CARDS[0]!.front);
  await expect(left(page)).toHaveText("5 cards left");
  await expect(page.getByRole("button", { name: /undo/i })).toHaveCount(0);

  // Grade it Again this time: it stays in the session. Then undo with the button.
  await flipAndGrade(page, "1");
  await expect(card(page)).toContainText(CARDS[1]!.front);
  await page.getByRole("button", { name: /undo last grade/i }).click();
  await expect(card(page)).toContainText(CARDS[0]!.front);
  await page.getByRole("button", { name: "End session" }).click();
  await expect(page.getByRole("heading", { name: "Session ended" })).toBeVisible();
  await expect(stat(page, "Cards studied")).toHaveText("0");
  await page.getByRole("button", { name: "Back to the deck" }).click();
  // Nothing was studied in the end: every card is still new.
  await expect(stat(page, "New today")).toHaveText("5");
  await expect(page.getByTestId("next-due")).toHaveText("You have not studied any card yet.");
});

test("a reload mid-session keeps every grade and carries on where it was", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: /study now/i }).click();
  for (let i = 0; i < 2; i++) {
    // Each key once its card is on screen (the session loads its code on Study now; keys before it do nothing).
    await expect(card(page)).toContainText(CARDS[i]!.front);
    await page.keyboard.press("Space");
    await expect(page.getByRole("button", { name: /Easy/ })).toBeVisible();
    await page.keyboard.press("4");
  }
  await expect(card(page)).toContainText(CARDS[2]!.front);
  await page.keyboard.press("Space");
  await expect(card(page)).toContainText(CARDS[2]!.back);

  await page.reload();
  await expect(card(page)).toContainText(CARDS[2]!.front);
  await expect(left(page)).toHaveText("3 cards left");
  await page.keyboard.press("z");
  await expect(card(page)).toContainText(CARDS[1]!.front);
  await flipAndGrade(page, "4");
  await page.getByRole("button", { name: "End session" }).click();
  await expect(stat(page, "Cards studied")).toHaveText("2");
  await expect(stat(page, "Right first time")).toHaveText("2 of 2");
});

test("two days later the cards studied today are due again", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: /study now/i }).click();
  // Good, then Good again when each card comes back from its 10-minute step: every card graduates.
  for (let i = 0; i < 10; i++) {
    await expect(showAnswer(page)).toBeVisible();
    await flipAndGrade(page, "3");
  }
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await expect(stat(page, "Next due")).toContainText(/in (1|2) days?/);
  await page.getByRole("button", { name: "Back to the deck" }).click();
  await expect(stat(page, "Due now")).toHaveText("0");
  await expect(page.getByText(/^Nothing to review now/)).toBeVisible();

  await page.clock.setSystemTime(T0.getTime() + 2 * DAY + 3_600_000);
  await page.reload();
  await expect(stat(page, "Due now")).toHaveText("5");
  await expect(page.getByTestId("next-due")).toHaveText("Next card due: now.");
  await page.getByRole("button", { name: /study now \(5 cards\)/i }).click();
  await expect(card(page)).toContainText(CARDS[0]!.front);
  await page.keyboard.press("Space");
  // A card answered well after two days earns a longer interval than two days.
  await expect(page.getByRole("button", { name: /Good/ })).toContainText(/\d+d/);
});

test("reverse and cram: back first, random order, no change to the schedule", async ({ page }) => {
  await open(page);
  await page.getByRole("radio", { name: "Bilateral ties" }).check();
  await page.getByRole("radio", { name: /The answer \(reverse\)/i }).check();
  await page.getByRole("button", { name: /cram all 2 cards/i }).click();
  await expect(page.getByRole("heading", { name: "Cram, reverse" })).toBeVisible();
  const shown = await card(page).getAttribute("data-card-id");
  const c = CARDS.find((x) => x.id === shown)!;
  expect(["c-003", "c-004"]).toContain(shown);
  await expect(card(page)).toContainText(c.back);
  await expect(card(page)).not.toContainText(c.front);
  await page.keyboard.press("Space");
  await expect(card(page)).toContainText(c.front);
  await expect(page.getByRole("button", { name: /Good/ })).not.toContainText(/\d+[mhd]/);
  await expectAccessible(page, "cram back");
  await page.keyboard.press("3");
  await flipAndGrade(page, "3");
  await expect(page.getByText(/did not change|has not changed/)).toBeVisible();
  await page.getByRole("button", { name: "Back to the deck" }).click();
  await expect(stat(page, "New today")).toHaveText("2");
  await expect(page.getByTestId("next-due")).toHaveText("You have not studied any card yet.");
});

test("on a 360 px phone in dark mode the card back fits and passes axe", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
  await open(page);
  await page.getByRole("button", { name: /study now/i }).click();
  await showAnswer(page).click();
  await expect(card(page)).toContainText(CARDS[0]!.back);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, "phone dark back");
});

test("on a 360x740 phone a session is focused: no site header, Show answer where the grades then appear, the header back on the summary", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await open(page);
  await expect(page.getByRole("banner")).toBeVisible();
  await page.getByRole("button", { name: /study now/i }).click();
  await expect(card(page)).toContainText(CARDS[0]!.front);
  await expect(page.getByRole("banner")).toBeHidden();
  const bar = page.getByRole("region", { name: "Flashcard session" });
  await expect(bar.getByText("0/5", { exact: true })).toBeVisible();
  await expect(bar.getByRole("progressbar", { name: "Session progress" })).toBeVisible();
  const show = (await showAnswer(page).boundingBox())!;
  expect(show.y + show.height).toBeLessThanOrEqual(PHONE.height);
  expect(show.y + show.height).toBeGreaterThanOrEqual(PHONE.height - 40);
  await showAnswer(page).click();
  const grades = (await page.getByRole("group", { name: "How well did you know it?" }).boundingBox())!;
  // The thumb that turned the card finds the grades in the same place.
  expect(Math.abs(grades.y - show.y)).toBeLessThanOrEqual(1);
  expect(Math.abs(grades.height - show.height)).toBeLessThanOrEqual(1);
  await page.getByRole("button", { name: /Good/ }).click();
  await expect(bar.getByText("1/5", { exact: true })).toBeVisible();
  await bar.getByRole("button", { name: "End session" }).click();
  await expect(page.getByRole("heading", { name: /^Session ended/ })).toBeVisible();
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("region", { name: "Flashcard session" })).toHaveCount(0);
});

test("unreadable saved cards and a session naming unknown cards still give a working page", async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("debrief:cards", "{not json");
    }
  });
  await open(page);
  await expect(stat(page, "New today")).toHaveText("5");

  // A saved session whose queue names a card the bank does not have: that card is skipped.
  await page.evaluate(() => {
    const raw = JSON.parse(localStorage.getItem("debrief:cards") ?? "null");
    const session = {
      id: "s",
      mode: "review",
      direction: "front",
      topic: null,
      queue: ["c-999", "c-005"],
      flipped: false,
      // Today's session (one from an earlier day is not resumed).
      shownAt: Date.now(),
      startedAt: Date.now(),
      answers: [],
      endedAt: null,
    };
    const state = raw?.state ?? {
      cards: {},
      logs: [],
      settings: { retention: 0.9, newPerDay: 20, updatedAt: 0 },
    };
    localStorage.setItem(
      "debrief:cards",
      JSON.stringify({ ...(raw ?? { version: 1 }), state: { ...state, session, sessionUpdatedAt: Date.now() } }),
    );
  });
  await page.reload();
  await expect(card(page)).toContainText(CARDS[4]!.front);
  await expect(left(page)).toHaveText("1 card left");
});

test("a summary from an earlier day does not greet the learner again", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: /study now/i }).click();
  await expect(card(page)).toContainText(CARDS[0]!.front);
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: /Easy/ })).toBeVisible();
  await page.keyboard.press("4");
  await page.getByRole("button", { name: "End session" }).click();
  await expect(page.getByRole("heading", { name: "Session ended" })).toBeVisible();
  // The same day, a reload still shows it (the learner may want to undo).
  await page.reload();
  await expect(page.getByRole("heading", { name: "Session ended" })).toBeVisible();
  await page.clock.setSystemTime(T0.getTime() + DAY);
  await page.reload();
  await expect(page.getByRole("button", { name: /study now/i })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Session (ended|complete)/ })).toHaveCount(0);
});

test("a session left open mid-way is not there the next day: the deck shows today's cards, and Undo does not reach back", async ({
  page,
}) => {
  await open(page);
  await page.getByRole("button", { name: /study now/i }).click();
  for (let i = 0; i < 2; i++) {
    await expect(card(page)).toContainText(CARDS[i]!.front);
    await flipAndGrade(page, "4");
  }
  await expect(left(page)).toHaveText("3 cards left");
  // The same day, a reload carries on.
  await page.reload();
  await expect(left(page)).toHaveText("3 cards left");
  await page.clock.setSystemTime(T0.getTime() + DAY);
  await page.reload();
  await expect(page.getByRole("button", { name: /study now/i })).toBeVisible();
  await expect(card(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: /undo/i })).toHaveCount(0);
  // Yesterday's two grades were kept: three cards are still new.
  await expect(stat(page, "New today")).toHaveText("3");
});

test("on a 360x740 phone the summary congratulates, and its next step is on the first screen", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page);
  await page.getByRole("button", { name: /study now/i }).click();
  for (let i = 0; i < 2; i++) {
    await flipAndGrade(page, "3");
  }
  await page.getByRole("button", { name: "End session" }).click();
  await expect(page.getByRole("heading", { name: "Session ended, well done!" })).toBeVisible();
  await expect(page.getByText("You knew every card the first time.")).toBeVisible();
  const quiz = page.getByRole("link", { name: "Take a quick quiz" });
  await expect(quiz).toHaveAttribute("href", "/quiz/");
  await expect(quiz).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole("button", { name: "Back to the deck" })).toBeInViewport({ ratio: 1 });
  // "Next due" is one short line, its day and time a caption under it (it was five lines of bold).
  const due = stat(page, "Next due");
  await expect(due).toContainText(/^in 10 minutes/);
  await expect(due).toContainText(/Thu 15 Jan, 09:10$/);
  const value = await due.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el.firstChild!);
    return range.getClientRects().length;
  });
  expect(value).toBe(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, "phone summary");
});

test("a session starts at the top of the page, wherever the deck was scrolled", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // Clicked without scrolling to it first, as a tap at the bottom of a long deck page would.
  await page.getByRole("button", { name: /cram all/i }).evaluate((b: HTMLElement) => b.click());
  await expect(card(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

test("reverse is offered for the cards marked reversible only, and remembered", async ({ page }) => {
  await open(page);
  const reverse = page.getByRole("radio", { name: /The answer \(reverse\)/i });
  await expect(reverse).toHaveAccessibleName(/3 cards that reverse well/);
  await reverse.check();
  await expect(page.getByRole("button", { name: "Cram all 3 cards" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("radio", { name: /The answer \(reverse\)/i })).toBeChecked();
  // A topic with no reversible card offers the front only.
  await page.getByRole("radio", { name: "Failures" }).check();
  await expect(page.getByRole("radio", { name: /The answer \(reverse\)/i })).toBeDisabled();
  await expect(page.getByRole("radio", { name: /The question \(front\)/i })).toBeChecked();
});
