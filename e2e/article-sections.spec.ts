import { test, expect, expectAccessible, PHONE } from "./fixtures";
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

test("Quiz me on this section starts a practice quiz whose questions all cite that section", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/article/");
  const bank = await fetchBank(page);
  const quizMe = page.getByRole("link", { name: /^Quiz me on this section/ });
  await expect(quizMe).toHaveCount(SECTIONS.length);
  for (const [i, s] of SECTIONS.entries()) {
    await page.goto("/article/");
    const link = page.getByRole("link", { name: `Quiz me on this section: ${s.heading}` });
    // It sits after the section's last paragraph.
    const last = await page.locator(`#p${s.last}`).boundingBox();
    expect((await link.boundingBox())!.y).toBeGreaterThan(last!.y);
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/quiz\/\?/);
    await page.getByRole("button", { name: /^Start quiz/ }).click();
    await expect
      .poll(async () => (await page.evaluate(() => localStorage.getItem("debrief:quiz"))) ?? "", { timeout: 10_000 })
      .toContain('"current":{');
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem("debrief:quiz")))!);
    const ids: string[] = saved.state.current.questionIds;
    expect(ids.length, `section ${i + 1}`).toBe(10);
    for (const id of ids) {
      const n = Number(bank.questions.find((q) => q.id === id)!.source.paragraph.slice(1));
      expect(n, `${id} cites ¶${n}`).toBeGreaterThanOrEqual(s.first);
      expect(n, `${id} cites ¶${n}`).toBeLessThanOrEqual(s.last);
    }
    expect(saved.state.current.settings.mode).toBe("practice");
    await page.evaluate(() => localStorage.clear());
  }
});
