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
