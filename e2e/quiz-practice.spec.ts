import { test, expect, expectAccessible, PHONE } from "./fixtures";
import { answerWithKeyboard, currentQuestion, fetchBank } from "./quiz-helpers";

const VERDICT = /^(Right|Partly right \(\d+%\)|Not quite)$/;

test("a 10-question practice quiz with the keyboard alone, then results and Retry my mistakes", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/quiz/");
  const bank = await fetchBank(page);
  const quick = page.getByRole("button", { name: "Start a 10-question practice quiz" });
  await expectAccessible(page, "quiz setup");
  await quick.focus();
  await page.keyboard.press("Enter");

  const wrongAt = new Set([1, 4, 7]);
  const missed: string[] = [];
  for (let i = 0; i < 10; i++) {
    const heading = page.getByRole("heading", { level: 2, name: `Question ${i + 1} of 10` });
    await expect(heading).toBeFocused();
    await expect(page.getByRole("progressbar", { name: "Quiz progress" })).toHaveAttribute(
      "aria-valuenow",
      String(i + 1),
    );
    if (i === 0) await expectAccessible(page, "question");
    const q = await currentQuestion(page, bank);
    await answerWithKeyboard(page, q, !wrongAt.has(i));
    // Feedback appears and takes focus: verdict, explanation and the source.
    const verdict = page.getByRole("heading", { level: 3, name: VERDICT });
    await expect(verdict).toBeFocused();
    await expect(verdict).toHaveText(wrongAt.has(i) ? /^(Not quite|Partly right)/ : "Right");
    await expect(page.getByText(q.explanation, { exact: true })).toBeVisible();
    const link = page.locator("a", { hasText: "Read it in the article" });
    await expect(link).toHaveAttribute("href", `/article/?highlight=${q.id}&from=%2Fquiz%2F#${q.source.paragraph}`);
    if (i === 0) {
      // The source is folded: Tab reaches it, Enter opens it, and Tab goes on through its link to Next.
      await expect(link).toBeHidden();
      await page.keyboard.press("Tab");
      await expect(page.getByText(/^Sources? · /)).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("link", { name: "Read it in the article" })).toBeVisible();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await expect(page.getByRole("button", { name: "Next question" })).toBeFocused();
    }
    if (i === 0 || i === 1) await expectAccessible(page, `feedback ${i + 1}`);
    if (wrongAt.has(i)) missed.push(q.id);
    await page.keyboard.press("Enter");
  }

  const score = page.getByRole("heading", { level: 2, name: /^Your score: [\d.]+ out of 10 \(\d+%\)$/ });
  await expect(score).toBeFocused();
  // The score is said once (the ring shows the percent); the count of fully right answers only with partial credit.
  await expect(page.getByText(/^(7 fully right · time|Time) taken \d+/)).toBeVisible();
  // Per-topic bars, then the review: the three missed first, the seven right ones folded away.
  await expect(page.getByRole("heading", { level: 2, name: "By topic" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "To look at again (3)" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /^Question \d+:/ })).toHaveCount(3);
  const reviewed = await page.getByRole("heading", { level: 3, name: /^Question \d+:/ }).allTextContents();
  // The three missed ones (missed before partly right: the order itself is checked in core/quiz/review.test.ts).
  expect(reviewed.map((t) => Number(/^Question (\d+):/.exec(t)![1])).sort((a, b) => a - b)).toEqual(
    [...wrongAt].map((i) => i + 1),
  );
  // Each missed answer is named as such in words, beside the key.
  const again = page.getByRole("region", { name: "To look at again (3)" }).getByRole("listitem");
  for (let i = 0; i < 3; i++) {
    await expect(again.nth(i).locator("dt", { hasText: "Your answer" }).locator("+ dd")).toContainText(
      /^(wrong|partly right): /,
    );
    await expect(again.nth(i).locator("dt", { hasText: "The answer" })).toBeVisible();
  }
  await page.getByText("Right answers (7)").click();
  await expect(page.getByRole("heading", { level: 3, name: /^Question \d+:/ })).toHaveCount(10);
  await expectAccessible(page, "results");
  // Reduced motion first, in its own step: set together with the colour scheme, the theme switch could still start a
  // 150 ms background transition, and axe then read dark text on a half-changed button (1 run in 99).
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const scheme of ["dark", "light"] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
    await expectAccessible(page, `results (${scheme})`);
  }

  // Reloading the results page keeps the results.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: /^Your score: [\d.]+ out of 10 \(\d+%\)$/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "To look at again (3)" })).toBeVisible();

  // Retry my mistakes: a quiz of exactly the three missed questions.
  await page.getByRole("button", { name: "Retry my mistakes (3)" }).click();
  const retried: string[] = [];
  for (let i = 0; i < 3; i++) {
    await expect(page.getByRole("heading", { level: 2, name: `Question ${i + 1} of 3` })).toBeFocused();
    const q = await currentQuestion(page, bank);
    retried.push(q.id);
    await answerWithKeyboard(page, q, true);
    await expect(page.getByRole("heading", { level: 3, name: "Right" })).toBeFocused();
    await page.keyboard.press("Enter");
  }
  expect(retried.sort()).toEqual(missed.sort());
  await expect(page.getByRole("heading", { name: /^Your score: 3 out of 3/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Retry my mistakes/ })).toHaveCount(0);
  await page.getByRole("button", { name: "New quiz" }).click();
  await expect(page.getByRole("button", { name: "Start a 10-question practice quiz" })).toBeVisible();
});

test("on a 1280x800 screen, Check leaves the question where it was and the sheet under it; key hints show", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/quiz/?n=5&types=single&mode=practice&seed=31");
  const bank = await fetchBank(page);
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  await expect(page.getByText(/^Keys:/)).toBeVisible();
  const q = await currentQuestion(page, bank);
  if (q.type !== "single") throw new Error("single-choice only");
  await page.getByRole("radio", { name: q.answer, exact: true }).check();
  const prompt = page.locator(`#prompt-${q.id}`);
  const before = (await prompt.boundingBox())!;
  await page.getByRole("button", { name: "Check answer" }).click();
  const verdict = page.getByRole("heading", { level: 3, name: "Right" });
  await expect(verdict).toBeFocused();
  await page.waitForFunction(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))),
  );
  expect((await prompt.boundingBox())!.y).toBe(before.y);
  // One explanation: in the sheet, not again under the picked option.
  await expect(page.getByText(q.explanation, { exact: true })).toBeVisible();
  await expect(page.getByText(q.options.find((o) => o.text === q.answer)!.feedback)).toHaveCount(0);
  // The source row opens with the keyboard; Tab goes on from it to the link in it, then to Next.
  await page.keyboard.press("Tab");
  const source = page.getByText(/^Sources? · /);
  await expect(source).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Read it in the article" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Read it in the article" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Next question" })).toBeFocused();
  await expect(page.getByText(/^Keys:/)).toBeVisible();
  await expectAccessible(page, "feedback with the source open");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Question 2 of 5" })).toBeFocused();
});

test("on a 1280x800 screen a matching question's answers get the room its short items leave, each row alike", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/quiz/?n=5&types=match&mode=practice&seed=3");
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 5" })).toBeFocused();
  const group = page.getByRole("group", { name: "Match each item with one answer." });
  const rows = group.getByRole("listitem");
  await expect(rows.first()).toBeVisible();
  const list = (await group.getByRole("list").boundingBox())!;
  const lefts = new Set<number>();
  for (const row of await rows.all()) {
    const label = (await row.locator("label").boundingBox())!;
    const select = (await row.getByRole("combobox").boundingBox())!;
    // Half and half cut long answers short beside names ("Key ISIL operative killed by Belgian s…").
    expect(select.width).toBeGreaterThan(list.width * 0.55);
    expect(select.x).toBeGreaterThan(label.x + label.width);
    lefts.add(Math.round(select.x));
  }
  // One column of answers, whatever each item's length.
  expect(lefts.size).toBe(1);
});

test("reloading mid-quiz resumes the same question with every answer kept", async ({ page }) => {
  await page.goto("/quiz/?n=10&mode=practice&seed=777");
  const bank = await fetchBank(page);
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  const first = await currentQuestion(page, bank);
  await answerWithKeyboard(page, first, true);
  await page.keyboard.press("Enter");
  const second = await currentQuestion(page, bank);
  await answerWithKeyboard(page, second, false);
  await expect(page.getByRole("heading", { level: 3, name: VERDICT })).toHaveText(/Not quite|Partly/);

  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Question 2 of 10" })).toBeVisible();
  expect((await currentQuestion(page, bank)).id).toBe(second.id);
  // The answer is kept and locked: the feedback is still there and Enter moves on.
  await expect(page.getByRole("heading", { level: 3, name: VERDICT })).toHaveText(/Not quite|Partly/);
  await expectAccessible(page, "resumed quiz");
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 3 of 10" })).toBeFocused();
});

test("a tampered quiz link explains what was ignored and still offers a quiz", async ({ page }) => {
  await page.goto("/quiz/?n=999&topics=nope&mode=hard&seed=abc");
  const status = page.getByRole("status").filter({ hasText: "could not be used" });
  await expect(status).toContainText("The number of questions must be 5 to 50");
  await expect(status).toContainText("Some topics in the link do not exist");
  await expect(status).toContainText("The mode must be practice or exam");
  await expect(page.getByRole("radio", { name: "10", exact: true })).toBeChecked();
  await expectAccessible(page, "tampered link");
  await page.getByRole("button", { name: "Start a 10-question practice quiz" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 10" })).toBeVisible();
});

test("the settings form refuses impossible quizzes in plain words", async ({ page }) => {
  await page.goto("/quiz/");
  await page.getByRole("radio", { name: "Custom" }).check();
  await page.getByLabel(/^Number of questions/).fill("50");
  for (const t of ["Multiple select", "True or false", "Typed answer", "Matching", "Ordering"])
    await page.getByRole("checkbox", { name: t }).uncheck();
  for (const d of ["Medium", "Hard"]) await page.getByRole("checkbox", { name: d }).uncheck();
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  await expect(page.getByRole("alert").filter({ hasText: /^Only \d+ questions? match these settings/ })).toBeVisible();
  await expectAccessible(page, "too few questions");
});

test("on a 360 px phone the player fits without sideways scrolling, in light and dark", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/quiz/?n=5&types=match,order&mode=practice&seed=5");
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 5" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, "phone player");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expectAccessible(page, "phone player (dark)");
});

test("a results address this browser does not know says so and offers Progress, above a working setup", async ({
  page,
}) => {
  await page.goto("/quiz/#result=zzzz");
  await expect(page.getByText(/These results are not in this browser/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Progress", exact: true }).last()).toHaveAttribute("href", "/progress/");
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  await expect(page.getByText(/^Question 1 of/)).toBeVisible();
  await expect(page.getByText(/These results are not in this browser/)).toHaveCount(0);
});

test("on a phone the results say the score once, strike a wrong answer beside the key, and stack full-width actions", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  const bank = await fetchBank(page);
  await page.goto("/quiz/?n=5&types=true-false&mode=practice&seed=4");
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  for (let i = 0; i < 5; i++) {
    const q = await currentQuestion(page, bank);
    // Every answer wrong.
    await page.keyboard.press(q.type === "true-false" && q.answer ? "2" : "1");
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("button", { name: i === 4 ? "See results" : "Next question" }).click();
  }
  const score = page.getByRole("heading", { level: 2, name: "Your score: 0 out of 5 (0%)" });
  await expect(score).toBeVisible();
  // The percent is the ring's, so the heading does not show it a second time: it fits one line (it took two).
  const lines = await score.evaluate(
    (h) => h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight),
  );
  expect(lines).toBeLessThan(1.5);
  await expect(page.getByText(/fully right/)).toHaveCount(0);

  const first = page.getByRole("region", { name: "To look at again (5)" }).getByRole("listitem").first();
  const mine = first.locator("dt", { hasText: "Your answer" }).locator("+ dd");
  await expect(mine).toContainText(/^wrong: (True|False)$/);
  expect(await mine.locator("s").evaluate((s) => getComputedStyle(s).textDecorationLine)).toBe("line-through");
  await expect(first.locator("dt", { hasText: "The answer" }).locator("+ dd")).toHaveText(/^(True|False)$/);

  // Retry and New quiz as full-width stacked buttons, the same width.
  const retry = await page.getByRole("button", { name: "Retry my mistakes (5)" }).boundingBox();
  const again = await page.getByRole("button", { name: "New quiz" }).boundingBox();
  expect(retry!.width).toBeGreaterThan(250);
  expect(again!.width).toBe(retry!.width);
  expect(again!.y).toBeGreaterThan(retry!.y);

  // "How partial credit works" is a disclosure row that opens from the keyboard.
  const rules = page.getByText("Single choice and true/false: right or wrong.");
  await expect(rules).toBeHidden();
  await page.getByText("How partial credit works").focus();
  await page.keyboard.press("Enter");
  await expect(rules).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, "results on a phone");
});
