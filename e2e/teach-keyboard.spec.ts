import type { Page } from "@playwright/test";
import { test, expect, PHONE } from "./fixtures";

/** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : "";
      return [el.getAttribute("aria-label"), labelled, el.closest("label")?.textContent, el.textContent]
        .filter(Boolean)
        .join(" ")
        .trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test("on a phone, with the keyboard alone, a teacher makes a link and a student hands in", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  await page.goto("/teach/");
  await expect(page.getByRole("heading", { name: "New assignment" })).toBeVisible();

  await tabTo(page, /^Title/);
  await page.keyboard.type("Keyboard check");
  await tabTo(page, /^Filters and random pick/);
  await page.keyboard.press("Enter");
  await tabTo(page, /^Type/);
  // Only true/false questions, so the student below can answer each with one key.
  await page.keyboard.type("True");
  await expect(page.getByLabel("Type")).toHaveValue("true-false");
  await tabTo(page, /^How many/);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("3");
  await tabTo(page, /^Pick 3 at random/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "In this assignment (3)" })).toBeVisible();
  await tabTo(page, /^Students must give their name/);
  await page.keyboard.press("Space");
  await expect(page.getByLabel(/Students must give their name/)).not.toBeChecked();
  await tabTo(page, /^Create the link/);
  await page.keyboard.press("Enter");
  const link = await page.getByLabel(/Send this link/).inputValue();
  expect(link).toMatch(/\/assignment\/#[A-Za-z0-9_-]+$/);

  const ctx = await browser.newContext({ viewport: PHONE });
  const student = await ctx.newPage();
  const errors: string[] = [];
  student.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await student.goto(link);
  await expect(student.getByRole("heading", { name: "Keyboard check" })).toBeVisible();
  await tabTo(student, /^Start/);
  await student.keyboard.press("Enter");
  for (let i = 1; i <= 3; i++) {
    await expect(student.getByRole("heading", { level: 2, name: `Question ${i} of 3` })).toBeFocused();
    await student.keyboard.press("1");
    await student.keyboard.press("Enter");
  }
  await expect(student.getByRole("heading", { name: /^Not handed in yet:/ })).toBeVisible();
  await expect(student.getByLabel("Result link")).toHaveValue(/\/teach\/results\/#/);
  const overflow = await student.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
  await ctx.close();
});
