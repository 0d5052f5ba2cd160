import { test, expect, expectAccessible } from "./fixtures";

test("a question on the title, byline or a heading highlights that part of the article", async ({ page }) => {
  const cases = [
    { id: "q-169", text: "How to cooperate against terrorism?", place: "the title" },
    { id: "q-168", text: "Olivier Guitta", place: "the byline" },
    { id: "q-171", text: "Positive cases", place: "the heading before paragraph 17" },
  ];
  for (const c of cases) {
    await page.goto(`/article/?highlight=${c.id}`);
    const mark = page.locator("mark");
    await expect(mark).toHaveCount(1);
    await expect(mark).toHaveText(c.text);
    await expect(mark).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "highlighted passage" })).toContainText(c.place);
  }
  await expectAccessible(page, "highlighted heading");
});
