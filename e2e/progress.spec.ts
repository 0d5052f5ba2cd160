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
import { formatPercent } from "../core/format";

test("the dashboard shows the figures of a known sequence of quizzes and reviews", async ({ page, request }) => {
  const bank = await fetchBank(request);
  const active = bank.questions.filter((q) => !q.retired);
  const topic = bank.topics.find((t) => active.filter((q) => q.topic === t.id).length >= 3)!;
  const inTopic = active.filter((q) => q.topic === topic.id);
  const [a, b, c] = inTopic as [(typeof active)[0], (typeof active)[0], (typeof active)[0]];
  const cards = bank.flashcards.filter((f) => !f.retired);

  // Times chosen so that "today" is today whatever the hour: halfway between midnight (UTC) and now.
  const now = Date.now();
  const today = now - (now % DAY) + Math.floor((now % DAY) / 2);
  const five = active.slice(0, 5);
  const attempts = [
    finishedAttempt("att-1", five, 2, today - 2 * DAY),
    finishedAttempt("att-2", five, 3, today - DAY),
    finishedAttempt("att-3", five, 5, today),
  ];
  const history = {
    [a.id]: { seen: 3, right: 2, lastAnsweredAt: today, lastCorrect: true },
    [b.id]: { seen: 3, right: 1, lastAnsweredAt: today, lastCorrect: false },
    [c.id]: { seen: 1, right: 0, lastAnsweredAt: today - DAY, lastCorrect: false },
  };
  const deck = cardsEnvelope([
    reviewedCard(cards[0]!.id, "log-1", today - DAY, now - 3_600_000), // due an hour ago
    reviewedCard(cards[1]!.id, "log-2", today - DAY, now + 3 * DAY),
    reviewedCard(cards[2]!.id, "log-3", today, now + DAY),
  ]);
  await seedStorage(page, { "debrief:quiz": quizEnvelope(attempts, history), "debrief:cards": deck });
  await page.goto("/progress/");

  await expect(page.getByTestId("overall-mastery")).toHaveText(formatPercent(1 / active.length));
  await expect(page.getByText(`1 of ${active.length} questions mastered`)).toBeVisible();
  // It leads with what was done; what "mastered" means is one click away.
  await expect(page.getByTestId("answered-once")).toHaveText(`3 of ${active.length} questions answered`);
  const definition = page.getByText(/counts as mastered when you have answered it right at least twice/);
  await expect(definition).toBeHidden();
  await page.getByText("What counts as mastered?").click();
  await expect(definition).toBeVisible();
  await expect(page.getByRole("meter", { name: `${topic.label}: mastery` })).toHaveAttribute(
    "aria-valuetext",
    new RegExp(`^${formatPercent(1 / inTopic.length)}, 1 of ${inTopic.length} mastered, \\d+ answered$`),
  );
  await expect(page.getByTestId("streak")).toHaveText("3 days");
  await expect(page.getByTestId("cards-due")).toHaveText("1");
  await expect(page.getByRole("link", { name: "Review 1 due card" })).toHaveAttribute("href", "/flashcards/");
  await expect(page.getByRole("list", { name: "Scores of recent quizzes" }).getByRole("listitem")).toHaveText([
    /: 40%$/,
    /: 60%$/,
    /: 100%$/,
  ]);
  // Weakest first: c (0 of 1) before b (1 of 3); a is mastered and not listed.
  const weakest = page.getByRole("list", { name: "Weakest questions" }).getByRole("listitem");
  await expect(weakest).toHaveCount(2);
  await expect(weakest.nth(0)).toContainText(c.prompt);
  await expect(weakest.nth(0)).toContainText("0 of 1 right");
  await expect(weakest.nth(1)).toContainText(b.prompt);
  const past = page.getByRole("list", { name: "Past attempts" }).getByRole("listitem");
  await expect(past).toHaveCount(3);
  await expect(past.nth(0)).toContainText("100%");
  await expect(past.nth(0)).toContainText("5 of 5 right");
  await expect(past.nth(2)).toContainText("40%");
  await expect(past.nth(2)).toContainText("2 of 5 right");
  await expectAccessible(page, "progress dashboard");

  // Each past attempt opens its full review.
  await past
    .nth(2)
    .getByRole("link", { name: /Review the attempt/ })
    .click();
  await expect(page).toHaveURL(/\/progress\/\?attempt=att-1$/);
  await expect(page.getByRole("heading", { level: 2, name: /Attempt of/ })).toBeVisible();
  await expect(page.getByText("Score 40%: 2 of 5 right (practice).")).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: new RegExp(`Question 1: `) })).toBeVisible();
  await expectAccessible(page, "attempt review");
  await page.getByRole("link", { name: "Back to progress" }).click();
  await expect(page.getByTestId("streak")).toHaveText("3 days");

  // "Practise these" starts a quiz of exactly the weakest questions.
  await page.getByRole("button", { name: "Practise these" }).click();
  await expect(page).toHaveURL(/\/quiz\/$/);
  // Saved once the page is next idle (stores/save-after-paint.ts, at most 500 ms): wait for it.
  await expect
    .poll(async () => JSON.parse((await readStorage(page, "debrief:quiz")) ?? "null")?.state?.current?.questionIds)
    .toEqual([c.id, b.id]);
});

test("an unknown attempt in the address gets a plain message and a way back", async ({ page }) => {
  await page.goto("/progress/?attempt=nope");
  await expect(page.getByText(/That attempt is not in this browser/)).toBeVisible();
  await page.getByRole("link", { name: "Back to progress" }).click();
  await expect(page.getByRole("heading", { name: "Your progress starts with your first answers" })).toBeVisible();
});

test("a first visit shows one empty state that says what to do, not a dashboard of zeros, on a phone, in dark mode", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number }[])
        (window as unknown as { shifts: number }).shifts += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("/progress/");
  await expect(page.getByRole("heading", { name: "Your progress starts with your first answers" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Take a quick quiz" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Download backup" })).toBeVisible();
  // Restoring a backup stays possible; the figures, all zero, are not drawn.
  await expect(page.getByLabel("Restore from backup")).toBeAttached();
  await expect(page.getByTestId("overall-mastery")).toHaveCount(0);
  await expect(page.getByTestId("streak")).toHaveCount(0);
  await expect(page.getByText(/No weak spots yet/)).toHaveCount(0);
  // The backup section arrives once the page is idle, below the card: nothing on screen moves (CLS 0).
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, "empty progress, phone, dark");
});

test("on a phone, topics and attempts are stacked rows and one quiz is a number, not a chart", async ({
  page,
  request,
}) => {
  const bank = await fetchBank(request);
  const active = bank.questions.filter((q) => !q.retired);
  const five = active.slice(0, 5);
  const longest = [...bank.topics].sort((x, y) => y.label.length - x.label.length)[0]!;
  await seedStorage(page, { "debrief:quiz": quizEnvelope([finishedAttempt("att-1", five, 3, Date.now() - DAY)]) });
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/progress/");

  // The topic's name has the card's width (it was squeezed into a 130 px column beside its counts).
  const name = page.getByText(longest.label, { exact: true });
  await expect(name).toBeVisible();
  expect((await name.boundingBox())!.width).toBeGreaterThan(200);
  await expect(page.getByText(/^\d+ of \d+ answered · \d+ mastered$/).first()).toBeVisible();

  // One finished quiz: its score as a number, no chart yet.
  await expect(page.getByTestId("latest-score")).toHaveText("Latest: 60%");
  await expect(page.getByRole("list", { name: "Scores of recent quizzes" }).getByRole("listitem")).toHaveText([
    /: 60%$/,
  ]);
  await expect(page.locator("figure svg")).toHaveCount(0);

  // Its date on one line (it wrapped to three), the score as a pill beside it.
  const row = page.getByRole("list", { name: "Past attempts" }).getByRole("listitem");
  const date = row.locator("p").first();
  const lineHeight = await date.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect((await date.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
  await expect(row).toContainText("3 of 5 right");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, "progress with one quiz, phone, dark");
});
