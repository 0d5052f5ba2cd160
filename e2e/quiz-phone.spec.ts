import { test, expect, expectAccessible, PHONE } from "./fixtures";
import { fetchBank, quizEnvelope, seedStorage } from "./progress-seed";
import { currentQuestion } from "./quiz-helpers";
import { openAttempt } from "../core/quiz/attempt";
import { DEFAULT_QUIZ_SETTINGS } from "../core/quiz/settings";

// The quiz on a 360x740 touch phone: what a learner sees while a question is open, and after checking it.
test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

const LINK = "/quiz/?n=5&types=single&mode=practice&seed=31";
const START = /^Start quiz/;

test("the whole bank: question, options and the main button fit one 360x740 screen for at least 90%", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const bank = await fetchBank(request);
  const ids = bank.questions.filter((q) => !q.retired).map((q) => q.id);
  const now = Date.now();
  // Every active question in one exam, so the walk moves on without answering (the layout is the practice one).
  const settings = { ...DEFAULT_QUIZ_SETTINGS, count: 50, mode: "exam" as const, adaptive: false };
  const walk = openAttempt(bank, ids, settings, 7, "quiz", now, "walk");
  await seedStorage(page, { "debrief:quiz": quizEnvelope([], {}, walk) });
  await page.goto("/quiz/");
  const misfits: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    await expect(page.getByRole("heading", { level: 2, name: `Question ${i + 1} of ${ids.length}` })).toBeVisible();
    const fit = await page.evaluate(() => {
      window.scrollTo(0, 0);
      const controlsEnd = document.querySelector("form p[role=alert]")!.getBoundingClientRect().top;
      const bar = document.querySelector("form button[type=submit]")!.parentElement!.parentElement!;
      const barBox = bar.getBoundingClientRect();
      return { fits: controlsEnd <= barBox.top + 1 && barBox.bottom <= window.innerHeight, controlsEnd };
    });
    if (!fit.fits) misfits.push(ids[i]!);
    if (i < ids.length - 1) await page.getByRole("button", { name: "Save and next" }).click();
  }
  const share = (ids.length - misfits.length) / ids.length;
  const note = `${ids.length - misfits.length} of ${ids.length} questions fit (${Math.round(share * 100)}%); scroll needed for: ${misfits.join(", ") || "none"}`;
  testInfo.annotations.push({ type: "fit", description: note });
  console.log(note);
  expect(share, note).toBeGreaterThanOrEqual(0.9);
});

test("a practice quiz is a focused session: no site header, one bar with 1/10 and an exit that asks, the action pinned; the header returns with the results", async ({
  page,
}) => {
  const bank = await (await page.request.get("/data/bank.json")).json();
  await page.goto("/quiz/?n=10&types=single&mode=practice&seed=31");
  await expect(page.getByRole("banner")).toBeVisible();
  await page.getByRole("button", { name: START }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 10" })).toBeFocused();
  // The site's header and navigation step aside; the page's own title is kept for screen readers only.
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Quiz" })).toBeAttached();
  const title = page.getByRole("heading", { level: 1, name: "Quiz" }).locator("..");
  expect((await title.boundingBox())!.height).toBeLessThanOrEqual(1);
  await expect(page.getByRole("main")).toBeAttached();
  const bar = page.getByRole("region", { name: "Quiz" });
  await expect(bar.getByText("1/10", { exact: true })).toBeVisible();
  await expect(bar.getByRole("progressbar", { name: "Quiz progress" })).toHaveAttribute(
    "aria-valuetext",
    "Question 1 of 10",
  );
  await expect(bar).toBeInViewport();
  expect((await bar.boundingBox())!.y).toBe(0);

  // The main action rests at the foot of the first screen, and no option is under it.
  const check = page.getByRole("button", { name: "Check answer" });
  const action = (await check.boundingBox())!;
  expect(action.y + action.height).toBeLessThanOrEqual(PHONE.height);
  expect(action.y + action.height).toBeGreaterThanOrEqual(PHONE.height - 40);
  const last = (await page.locator("form label").last().boundingBox())!;
  expect(last.y + last.height).toBeLessThanOrEqual(action.y);
  await expect(page.getByText("Discard this quiz", { exact: true })).toHaveCount(0);

  // The exit asks first, from the keyboard: Escape keeps the quiz and gives focus back to the exit.
  const exit = bar.getByRole("button", { name: "Discard this quiz" });
  await exit.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Discard this quiz?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Keep going" })).toBeFocused();
  await expectAccessible(page, "discard dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(exit).toBeFocused();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 10" })).toBeAttached();
  await expectAccessible(page, "focused question");

  for (let i = 0; i < 10; i++) {
    const q = await currentQuestion(page, bank);
    await expect(bar.getByText(`${i + 1}/10`, { exact: true })).toBeVisible();
    if (q.type !== "single") throw new Error("the link asks for single-choice questions");
    await page.getByRole("radio", { name: q.answer, exact: true }).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("button", { name: i === 9 ? "See results" : "Next question" }).click();
  }
  // The results are not a session: the header is back, and the bar is gone.
  await expect(page.getByRole("heading", { level: 2, name: /^Your score: 10 out of 10/ })).toBeVisible();
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("button", { name: "Menu" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Quiz" })).toHaveCount(0);
});

test("Discard quiz, reached with the keyboard, ends the quiz and brings back the setup and the header", async ({
  page,
}) => {
  await page.goto(LINK);
  await page.getByRole("button", { name: START }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 5" })).toBeFocused();
  // Back from the question's heading: past the flag to the way out.
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Flag for review" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Discard this quiz" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Keep going" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Discard quiz" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("button", { name: START })).toBeVisible();
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Quiz" })).toBeVisible();
});

test("after checking, options are marked in place by icon and words as well as colour", async ({ page }) => {
  await page.goto(LINK);
  const bank = await (await page.request.get("/data/bank.json")).json();
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  const q = await currentQuestion(page, bank);
  if (q.type !== "single") throw new Error("the link asks for single-choice questions");
  const wrong = q.options.find((o) => o.text !== q.answer)!;
  await page.getByRole("radio", { name: wrong.text, exact: true }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  const option = (text: string) => page.locator("label", { has: page.locator(`input[value=${JSON.stringify(text)}]`) });
  const chosen = option(wrong.text);
  const key = option(q.answer);
  await expect(chosen).toContainText("Your answer: wrong");
  // Its reason beside the mark, without the "Wrong:" the mark already says.
  await expect(chosen).toContainText(wrong.feedback.replace(/^Wrong:\s*/, ""));
  await expect(chosen).not.toContainText("Wrong:");
  await expect(chosen.locator("svg")).toHaveCount(1);
  await expect(key).toContainText("The right answer");
  await expect(key.locator("svg")).toHaveCount(1);
  // The reason is given once: on the wrong pick, and in the sheet; not again under the right answer.
  const keyReason = q.options.find((o) => o.text === q.answer)!.feedback;
  await expect(page.getByText(keyReason)).toHaveCount(0);
  await expect(page.getByText(q.explanation, { exact: true })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 3, name: "Not quite" })).toBeVisible();
  const others = q.options.filter((o) => o.text !== q.answer && o.text !== wrong.text);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    // The right answer is drawn solid, like the wrong pick (a dashed outline read as a drop zone).
    for (const row of [chosen, key]) await expect(row).toHaveCSS("border-top-style", "solid");
    // An option neither picked nor right steps back: under the finger it takes no accent colour, a fourth state.
    const accent = await page.evaluate(() => {
      const probe = document.createElement("span");
      probe.style.color = "var(--c-accent)";
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
    for (const o of others) {
      await option(o.text).hover();
      await expect(option(o.text)).not.toHaveCSS("border-top-color", accent);
    }
    await expectAccessible(page, `marked options (${scheme})`);
  }
});

test("keyboard hints stay hidden on a touch screen, also after typing with the on-screen keyboard", async ({
  page,
}) => {
  await page.goto(LINK);
  // A phone's on-screen keyboard sends key presses too (here: the number of questions).
  await page.getByRole("radio", { name: "Custom" }).check();
  await page.getByLabel(/^Number of questions/).press("Backspace");
  await page.keyboard.type("5");
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 5" })).toBeVisible();
  const hints = page.locator("form kbd");
  await expect(hints.first()).toBeAttached();
  await expect(hints.first()).toBeHidden();
  await expect(page.getByText(/^Keys:/)).toBeHidden();
  await page.keyboard.press("Tab");
  await page.locator("form input[name^='answer-']").first().check();
  await page.getByRole("button", { name: "Check answer" }).tap();
  await expect(page.getByRole("button", { name: "Next question" })).toBeVisible();
  await expect(page.getByText(/^Keys:/)).toBeHidden();
});

test("the exam clock stays in view while a long question scrolls", async ({ page }) => {
  await page.goto("/quiz/?n=5&types=match&mode=exam&time=10&seed=5");
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  await expect(page.getByRole("timer")).toBeInViewport();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(page.getByRole("timer")).toBeInViewport();
});

test("Flag for review in practice puts the question in the results' review, flagged", async ({ page }) => {
  await page.goto(LINK);
  const bank = await (await page.request.get("/data/bank.json")).json();
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  const first = await currentQuestion(page, bank);
  await page.getByRole("button", { name: "Flag for review" }).click();
  await expect(page.getByRole("button", { name: "Flagged for review" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("Flagged for review: it is listed with your results.")).toBeAttached();
  for (let i = 0; i < 5; i++) {
    const q = await currentQuestion(page, bank);
    if (q.type !== "single") throw new Error("single-choice only");
    await page.getByRole("radio", { name: q.answer, exact: true }).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("button", { name: i === 4 ? "See results" : "Next question" }).click();
  }
  // Everything right, yet the flagged question waits at the top of the review.
  await expect(page.getByRole("heading", { level: 2, name: "To look at again (1)" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: first.prompt });
  await expect(item).toContainText("Flagged for review");
  await expect(item).toBeVisible();
});

test("in an exam on a 360 px phone, Previous, Save and next and the flag sit inside the page's margins", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto("/quiz/?n=5&types=single&mode=exam&seed=3");
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  await page.getByRole("button", { name: "Save and next" }).click();
  for (const name of ["Previous", "Save and next", "Flag for review"]) {
    const box = (await page.getByRole("button", { name, exact: true }).boundingBox())!;
    expect(box.x, name).toBeGreaterThanOrEqual(16);
    expect(box.x + box.width, name).toBeLessThanOrEqual(PHONE.width - 16);
  }
});

test("after a tap on Check answer the question stays put, and the sheet below holds the verdict, why, the folded source and Next", async ({
  page,
}) => {
  const bank = await (await page.request.get("/data/bank.json")).json();
  await page.goto(LINK);
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  for (let i = 0; i < 5; i++) {
    const q = await currentQuestion(page, bank);
    await page.locator("form input[name^='answer-']").last().check();
    const prompt = page.locator(`#prompt-${q.id}`);
    const before = (await prompt.boundingBox())!;
    await page.getByRole("button", { name: "Check answer" }).tap();
    const verdict = page.getByRole("heading", { level: 3, name: /^(Right|Not quite|Partly)/ });
    await expect(verdict).toBeFocused();
    // Let any scroll settle, then the question is where it was.
    await page.waitForFunction(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))),
    );
    expect((await prompt.boundingBox())!.y, `question ${i + 1}: the question did not move`).toBe(before.y);
    const next = page.getByRole("button", { name: /^(Next question|See results)$/ });
    const bar = (await next.boundingBox())!;
    const heading = (await verdict.boundingBox())!;
    const explanation = (await page.getByText(q.explanation, { exact: true }).boundingBox())!;
    expect(heading.y, `question ${i + 1}: verdict on screen`).toBeGreaterThanOrEqual(0);
    expect(explanation.y + explanation.height, `question ${i + 1}: explanation above Next`).toBeLessThanOrEqual(bar.y);
    expect(bar.y + bar.height, `question ${i + 1}: Next on screen`).toBeLessThanOrEqual(PHONE.height);
    // The quote is folded under "Source · ¶n" until asked for.
    const source = page.getByText(/^Sources? · /);
    if (!q.source.part) await expect(source).toContainText(`¶${q.source.paragraph.slice(1)}`);
    const quote = page.locator("blockquote", { hasText: q.source.quote });
    await expect(quote).toBeHidden();
    await source.tap();
    await expect(quote).toBeVisible();
    await next.click();
  }
});

test("the quiz setup's first screen has one Start (Quick practice); the form's Start is pinned once its filters are in view", async ({
  page,
}) => {
  await page.goto("/quiz/");
  const quick = page.getByRole("button", { name: "Start a 10-question practice quiz" });
  const start = page.getByRole("button", { name: START });
  await expect(quick).toBeInViewport();
  await expect(start).not.toBeInViewport();
  // Scrolled to the topics, Start is at the foot of the screen, whole.
  await page.getByRole("group", { name: "Topics" }).scrollIntoViewIfNeeded();
  await expect(start).toBeInViewport({ ratio: 1 });
  const box = (await start.boundingBox())!;
  expect(box.y + box.height).toBeGreaterThan(PHONE.height - 80);
  await expect(start).toHaveText("Start quiz (10)");
});
