import { test, expect, expectAccessible, PHONE } from "./fixtures";
import {
  cardsEnvelope,
  DAY,
  fetchBank,
  finishedAttempt,
  quizEnvelope,
  readStorage,
  reviewedCard,
  seedStorage,
} from "./progress-seed";

test("a first-time visitor sees what Debrief is and where to start, in one phone screen", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/study one article/i);
  await expect(page.getByRole("heading", { name: "Where to start" })).toBeVisible();
  await expect(page.getByText(/Read the article once, then take a quick quiz/)).toBeInViewport();
  await expect(page.getByRole("button", { name: "Start a quick quiz" })).toBeVisible();
  await expectAccessible(page, "home, first visit");
});

test("one click starts a quick quiz, and the home page then offers to resume it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start a quick quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/$/);
  // The quiz is saved once the page is next idle (stores/save-after-paint.ts, at most 500 ms): wait for it.
  await expect
    .poll(async () => JSON.parse((await readStorage(page, "debrief:quiz")) ?? "null")?.state?.current?.questionIds)
    .toHaveLength(10);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Your next step" })).toBeVisible();
  const resume = page.getByRole("link", { name: /Resume your quiz/ });
  await expect(resume).toContainText("Question 1 of 10; 0 answered so far.");
  await expect(page.getByRole("button", { name: "Start a quick quiz" })).toHaveCount(0);
  await expectAccessible(page, "home, quiz in progress");
  await resume.click();
  await expect(page).toHaveURL(/\/quiz\/$/);
});

test("the home page shows the cards due now and links to each next step", async ({ page, request }) => {
  const bank = await fetchBank(request);
  const cards = bank.flashcards.filter((c) => !c.retired);
  const now = Date.now();
  await seedStorage(page, {
    "debrief:quiz": quizEnvelope([finishedAttempt("a1", bank.questions.slice(0, 3), 2, now - DAY)]),
    "debrief:cards": cardsEnvelope([
      reviewedCard(cards[0]!.id, "l1", now - 2 * DAY, now - 60_000),
      reviewedCard(cards[1]!.id, "l2", now - 2 * DAY, now - 120_000),
      reviewedCard(cards[2]!.id, "l3", now - 2 * DAY, now + DAY),
    ]),
  });
  await page.goto("/");
  await expect(page.getByRole("link", { name: /2 cards due now/ })).toHaveAttribute("href", "/flashcards/");
  await expect(page.getByRole("link", { name: /Read the article/ })).toHaveAttribute("href", "/article/");
  await expect(page.getByRole("link", { name: /build an assignment/ })).toHaveAttribute("href", "/teach/");
  await expect(page.getByRole("link", { name: /See your progress/ })).toHaveAttribute("href", "/progress/");
  await expectAccessible(page, "home, returning learner");
});

test("a returning learner's home leads with Today: cards due, questions to retry, streak and one Continue", async ({
  page,
  request,
}) => {
  await page.setViewportSize(PHONE);
  const bank = await fetchBank(request);
  const cards = bank.flashcards.filter((c) => !c.retired);
  const [q1, q2, q3] = bank.questions.filter((q) => !q.retired);
  const now = Date.now();
  await seedStorage(page, {
    "debrief:quiz": quizEnvelope([finishedAttempt("a1", [q1!, q2!, q3!], 1, now - DAY)], {
      [q1!.id]: { seen: 1, right: 1, lastAnsweredAt: now - DAY, lastCorrect: true },
      [q2!.id]: { seen: 1, right: 0, lastAnsweredAt: now - DAY, lastCorrect: false },
      [q3!.id]: { seen: 1, right: 0, lastAnsweredAt: now - DAY, lastCorrect: false },
    }),
    "debrief:cards": cardsEnvelope([reviewedCard(cards[0]!.id, "l1", now - 60_000, now + DAY)]),
  });
  // Layout shifts from the first paint on: the Today card takes the hero's place without moving anything. Scripts
  // go through a route, which delays them a little as on a slow phone: without app/layout's render-blocking
  // expect link, a paint mid-parse then moved the header's theme toggle in about one run of four.
  await page.route(/\.js/, (route) => route.continue());
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number }[])
        (window as unknown as { shifts: number }).shifts += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("/");
  const todayCard = page.getByRole("region", { name: "Today" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Today");
  await expect(todayCard.getByRole("definition")).toHaveText(["0", "2", "2 days"]);
  await expect(todayCard.getByRole("term")).toHaveText(["Cards due", "To retry", "Streak"]);
  await expect(page.getByText(/study one article/i)).toBeHidden();
  const go = todayCard.getByRole("button", { name: "Retry the questions you missed" });
  await expect(go).toBeInViewport();
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  await expectAccessible(page, "home, Today");

  // Keyboard: the Continue button is reached by Tab and starts a quiz of the two missed questions.
  await go.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quiz\/$/);
  await expect
    .poll(async () =>
      (JSON.parse((await readStorage(page, "debrief:quiz")) ?? "null")?.state?.current?.questionIds ?? []).sort(),
    )
    .toEqual([q2!.id, q3!.id].sort());
});

test("Today's Continue goes to the cards when some are due, and a new visitor sees no Today card", async ({
  page,
  request,
}) => {
  const bank = await fetchBank(request);
  const cards = bank.flashcards.filter((c) => !c.retired);
  const now = Date.now();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/study one article/i);
  await expect(page.getByRole("region", { name: "Today" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Where to start" })).toBeVisible();

  const other = await page.context().newPage();
  await seedStorage(other, {
    "debrief:cards": cardsEnvelope([reviewedCard(cards[0]!.id, "l1", now - 2 * DAY, now - 60_000)]),
  });
  await other.goto("/");
  const todayCard = other.getByRole("region", { name: "Today" });
  await expect(todayCard.getByRole("definition").first()).toHaveText("1");
  await todayCard.getByRole("link", { name: "Review the cards due" }).click();
  await expect(other).toHaveURL(/\/flashcards\/$/);
});
