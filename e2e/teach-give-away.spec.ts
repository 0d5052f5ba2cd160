import { test, expect, expectAccessible } from "./fixtures";
import { scrollQuestionList } from "./teach-helpers";

test("the picker warns when two chosen questions give each other's answers away, and drops one on request", async ({
  page,
}) => {
  await page.goto("/teach/");
  await scrollQuestionList(page);
  // q-013 asks who the CIA director was; q-014's prompt names him.
  await page.getByRole("button", { name: "Add q-013", exact: true }).click();
  await page.getByRole("button", { name: "Add q-019", exact: true }).click();
  const warning = page.getByRole("status").filter({ hasText: "give each other’s answers away" });
  await expect(warning).toHaveCount(0);
  await page.getByRole("button", { name: "Add q-014", exact: true }).click();
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("q-013");
  await expect(warning).toContainText("q-014");
  await expectAccessible(page, "give-away warning");
  await warning.getByRole("button", { name: /^Remove q-014/ }).click();
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "In this assignment (2)" })).toBeVisible();
});

test("picking at random never adds two questions that give each other away", async ({ page }) => {
  await page.goto("/teach/");
  await scrollQuestionList(page);
  await page.getByRole("button", { name: "Add q-013", exact: true }).click();
  await page.getByText(/^Filters and random pick/).click();
  await page.getByLabel(/^How many/).fill("40");
  await page.getByRole("button", { name: "Pick 40 at random" }).click();
  await expect(page.getByRole("heading", { name: "In this assignment (41)" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "give each other’s answers away" })).toHaveCount(0);
});
