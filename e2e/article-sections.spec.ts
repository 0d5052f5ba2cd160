import type { Page } from "@playwright/test";
import { test, expect, expectAccessible, PHONE } from "./fixtures";
import { quizCapacity } from "../core/quiz/pool";
import { DEFAULT_QUIZ_SETTINGS } from "../core/quiz/settings";
import { fetchBank } from "./quiz-helpers";

const SECTIONS = [
  { heading: "21st-century security challenges", first: 4, last: 16 },
  { heading: "Positive cases", first: 17, last: 26 },
];

test("the article's own title is the page's h1, and the section list moves focus to each section", async ({ page }) => {
  await page.goto("/article/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How to cooperate against terrorism?");
  await expect(page.getByRole("heading", { level: 1, name: "The article" })).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "Sections" });
  for (const s of SECTIONS) {
    await nav.getByRole("link", { name: s.heading }).focus();
    await page.keyboard.press("Enter");
    const heading = page.getByRole("heading", { level: 2, name: s.heading });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    // The next Tab continues from the section, not from the list.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: `Paragraph ${s.first}` })).toBeFocused();
  }
  await nav.getByRole("link", { name: "Top" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("on a wide screen the text is centred with the section list beside it, sticky, and a reading bar fills", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/article/");
  const body = await page.locator("#article-body").boundingBox();
  expect(Math.abs(body!.x + body!.width / 2 - 640)).toBeLessThan(24);
  expect(body!.width).toBeLessThanOrEqual(640);
  const nav = page.getByRole("navigation", { name: "Sections" });
  const bar = page.locator("[data-reading-progress]");
  await expect(bar).toHaveAttribute("data-read", "0");
  await page.locator("#p20").scrollIntoViewIfNeeded();
  await expect(nav.getByRole("link", { name: "Positive cases" })).toBeInViewport();
  const navBox = await nav.getByRole("link", { name: "Top" }).boundingBox();
  expect(navBox!.x + navBox!.width).toBeLessThan(body!.x);
  await expect.poll(async () => Number(await bar.getAttribute("data-read"))).toBeGreaterThan(50);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page, `article, wide (${scheme})`);
  }
});

test("Quiz me on this section opens a fresh quiz on that section's paragraphs, headed as such", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize(PHONE);
  await page.goto("/article/");
  const bank = await fetchBank(page);
  const cited = (id: string) => Number(bank.questions.find((q) => q.id === id)!.source.paragraph.slice(1));
  const quizMe = page.getByRole("link", { name: /^Quiz me on this section/ });
  await expect(quizMe).toHaveCount(SECTIONS.length);
  const quizIds = async (p: Page = page) => {
    await expect
      .poll(async () => (await p.evaluate(() => localStorage.getItem("debrief:quiz"))) ?? "", { timeout: 10_000 })
      .toContain('"current":{');
    const saved = JSON.parse((await p.evaluate(() => localStorage.getItem("debrief:quiz")))!);
    expect(saved.state.current.settings.mode).toBe("practice");
    return saved.state.current.questionIds as string[];
  };
  for (const s of SECTIONS) {
    const draws: string[][] = [];
    for (let visit = 0; visit < 2; visit++) {
      await page.goto("/article/");
      const link = page.getByRole("link", { name: `Quiz me on this section: ${s.heading}` });
      await expect(link).toHaveAttribute("href", `/quiz/?n=10&paras=p${s.first}-p${s.last}&mode=practice`);
      // It sits after the section's last paragraph.
      const last = await page.locator(`#p${s.last}`).boundingBox();
      expect((await link.boundingBox())!.y).toBeGreaterThan(last!.y);
      await link.focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/quiz\/\?/);
      // A quiz on the section, not "the shared quiz": no link notice, no quiz-number problem, no whole-article Quick
      // practice; every question citing the section counts, whatever its topic.
      await expect(
        page.getByRole("heading", { level: 2, name: `A quiz on “${s.heading}”, ¶${s.first}–${s.last}` }),
      ).toBeVisible();
      await expect(page.getByText(/You opened a quiz link|could not be used|quiz number/)).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Start a 10-question practice quiz" })).toHaveCount(0);
      // Every question citing the section counts, whatever its topic (less those that would give another away).
      const section = { ...DEFAULT_QUIZ_SETTINGS, paragraphs: [s.first, s.last] as [number, number] };
      await expect(page.locator("#quiz-available")).toHaveText(`${quizCapacity(bank, section)} questions available.`);
      const topics = new Set(
        bank.questions.filter((q) => cited(q.id) >= s.first && cited(q.id) <= s.last).map((q) => q.topic),
      );
      expect(topics.size).toBeGreaterThan(1);
      if (visit === 0) await expectAccessible(page, `section quiz setup: ${s.heading}`);
      await page.getByRole("button", { name: "Start quiz (10)" }).click();
      const ids = await quizIds();
      expect(ids).toHaveLength(10);
      for (const id of ids) {
        expect(cited(id), `${id} cites ¶${cited(id)}`).toBeGreaterThanOrEqual(s.first);
        expect(cited(id), `${id} cites ¶${cited(id)}`).toBeLessThanOrEqual(s.last);
      }
      draws.push(ids);
      await page.evaluate(() => localStorage.clear());
    }
    // Each visit draws afresh.
    expect(draws[1]).not.toEqual(draws[0]);
  }

  // A link shared from a section quiz carries the section: whoever opens it gets the same questions.
  const s = SECTIONS[1]!;
  await page.goto(`/quiz/?n=10&paras=p${s.first}-p${s.last}&mode=practice`);
  await page.getByText("Share these settings").click();
  const shared = await page.getByLabel("Quiz link").inputValue();
  expect(shared).toMatch(new RegExp(`/quiz/\\?n=10&paras=p${s.first}-p${s.last}&mode=practice&seed=\\d+$`));
  await page.getByRole("button", { name: "Start quiz (10)" }).click();
  const mine = await quizIds();
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(shared);
  await expect(other.getByRole("status").filter({ hasText: "You opened a quiz link" })).toBeVisible();
  await other.getByRole("button", { name: "Start quiz (10)" }).click();
  await expect(other.getByRole("heading", { level: 2, name: "Question 1 of 10" })).toBeVisible();
  expect(await quizIds(other)).toEqual(mine);
  await context.close();
});

test("a section link with a paragraph range that cannot be read says so and offers the whole article", async ({
  page,
}) => {
  await page.goto("/quiz/?n=10&paras=p26-p4&mode=practice");
  await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toContainText(
    "The paragraphs in the link could not be read, so the questions come from the whole article.",
  );
  await expect(page.getByRole("heading", { level: 2, name: "Or set up your own" })).toBeVisible();
  await page.getByRole("button", { name: "Start quiz (10)" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 10" })).toBeVisible();
});
