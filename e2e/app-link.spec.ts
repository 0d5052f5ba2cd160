// Links inside the app are real links (components/ui/app-link.tsx): a plain click moves within the app, while a
// Ctrl-click, a middle click or Enter with a modifier is left to the browser (a new tab), and this page stays put.
import { test, expect } from "./fixtures";

test("a plain click on a menu link opens that page; a Ctrl-click opens it in a new tab and leaves this one", async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/article/");
  const nav = page.getByRole("navigation", { name: "Main" });

  const opened = context.waitForEvent("page");
  await nav.getByRole("link", { name: "Quiz" }).click({ modifiers: ["ControlOrMeta"] });
  const tab = await opened;
  // The new tab exists (about:blank) before it navigates: wait for its address, not only for a load.
  await tab.waitForURL((url) => url.pathname === "/quiz/");
  expect(new URL(page.url()).pathname).toBe("/article/");
  await tab.close();

  await nav.getByRole("link", { name: "Quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Quiz" })).toBeVisible();
});
