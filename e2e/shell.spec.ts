import { test, expect, expectAccessible, PHONE } from "./fixtures";

const ROUTES = [
  { path: "/", heading: /study one article/i },
  { path: "/article/", heading: /cooperate against terrorism/i },
  { path: "/quiz/", heading: /quiz/i },
  { path: "/flashcards/", heading: /flashcards/i },
  { path: "/progress/", heading: /progress/i },
  { path: "/teach/", heading: /teach|assignment/i },
  { path: "/teach/results/", heading: /results|gradebook/i },
  { path: "/assignment/", heading: /assignment/i },
];

for (const scheme of ["light", "dark"] as const) {
  for (const route of ROUTES) {
    test(`${route.path} has a title, a heading and no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(route.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(route.heading);
      await expect(page).toHaveTitle(/Debrief/);
      expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark).*$/);
      await expectAccessible(page, `${route.path} (${scheme})`);
    });
  }
}

test("the skip link and the navigation work with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  // Tab through the header until the Quiz link, then follow it.
  await page.goto("/");
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === "Quiz") break;
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quiz\/$/);
  await expect(page.getByRole("link", { name: "Quiz" })).toHaveAttribute("aria-current", "page");
});

test("on a 360 px phone the navigation collapses behind a menu button", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  const menu = page.getByRole("button", { name: "Menu" });
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav).toBeVisible();
  await nav.getByRole("link", { name: "Flashcards" }).click();
  await expect(page).toHaveURL(/\/flashcards\/$/);
  await expect(nav).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, "phone menu");
});

test("the theme toggle switches to dark and is remembered after a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  // The button says what a click does.
  const toggle = page.getByRole("button", { name: "Colour theme: light. Switch to the dark theme" });
  await expect(toggle).toHaveAttribute("title", "Switch to the dark theme");
  await toggle.click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  const back = page.getByRole("button", { name: "Colour theme: dark. Switch to the light theme" });
  await expect(back).toBeVisible();
  // Back to the system's own theme: the choice is forgotten, so the page follows the system again.
  await back.click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  expect(await page.evaluate(() => localStorage.getItem("debrief:theme"))).toBeNull();
});

test("an unknown address shows a page-not-found message with a way home", async ({ page, consoleErrors }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  // Its own title, not the home page's: a tab or a history entry says what it is.
  await expect(page).toHaveTitle("Page not found · Debrief");
  // The browser logs the 404 response itself as a console error; that one is expected.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/404/.test(e)));
});

test("a browser that asks for /favicon.ico gets the app's icon, not a 404 in its console", async ({ request }) => {
  const res = await request.get("/favicon.ico");
  expect(res.status()).toBe(200);
  const body = await res.body();
  // An ICO file: reserved 0, type 1 (icon), at least one image.
  expect([body.readUInt16LE(0), body.readUInt16LE(2)]).toEqual([0, 1]);
  expect(body.readUInt16LE(4)).toBeGreaterThan(0);
});

test("the accessibility check finds what it is for: a button without a name and text too faint to read", async ({
  page,
}) => {
  await page.goto("/");
  await expectAccessible(page, "home");
  await page.evaluate(() => {
    const main = document.getElementById("main")!;
    main.insertAdjacentHTML(
      "afterbegin",
      '<button type="button"></button><p style="color:#ccc;background:#fff">Faint words</p>',
    );
  });
  await expect(expectAccessible(page, "home with faults")).rejects.toThrow(
    /button-name[\s\S]*color-contrast|color-contrast[\s\S]*button-name/,
  );
});
