// Parts of the teacher's pages that load on use (issue 16) still do their job when used.
import { test, expect, expectAccessible } from "./fixtures";

test("turning collection on where no inbox server answers says so and leaves collection off", async ({ page }) => {
  await page.goto("/teach/");
  const collect = page.getByRole("checkbox", { name: "Collect results automatically" });
  const noInbox = page.getByText(/^No result inbox answers on this site\./);
  // Collection starts on and looks for an inbox; the static site has none, so it turns itself off and says so.
  await expect(noInbox).toBeVisible();
  await expect(collect).not.toBeChecked();
  // Turned on again by hand, it looks again (a new request; the answer comes too fast for check() to see it on).
  const asked = page.waitForRequest((req) => req.url().endsWith("/api/v1/health"));
  await collect.click();
  await asked;
  await expect(noInbox).toBeVisible();
  await expect(collect).not.toBeChecked();
  await expectAccessible(page, "collect option, no inbox");
});

test("a saved assignment reopens from the list, its questions and settings back in the form", async ({ page }) => {
  await page.goto("/teach/");
  await page.getByLabel("Title").fill("Reopen me");
  await page
    .getByRole("button", { name: /^Add q-\d+$/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Create the link" }).click();
  await expect(page.getByLabel(/Send this link/)).toBeVisible();
  await page.reload();
  // The list's rows (which read each link for its question count) load once something is saved.
  await expect(page.getByText(/· 1 question · code /)).toBeVisible();
  await page.getByRole("button", { name: "Open Reopen me" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Reopen me");
  await expect(page.getByRole("heading", { name: "In this assignment (1)" })).toBeVisible();
});

test("Create pressed before the inbox check answers asks the site first, and where none answers makes the link without one", async ({
  page,
}) => {
  // The check's answer held back (a busy network) until Create has been pressed.
  let answer = () => {};
  const held = new Promise<void>((resolve) => (answer = resolve));
  await page.route("**/api/v1/health", async (route) => {
    await held;
    await route.continue();
  });
  const posts: string[] = [];
  page.on("request", (req) => {
    if (req.method() === "POST") posts.push(req.url());
  });
  await page.goto("/teach/");
  await page.getByLabel("Title").fill("In a hurry");
  await page
    .getByRole("button", { name: /^Add q-\d+$/ })
    .first()
    .click();
  await expect(page.getByRole("checkbox", { name: "Collect results automatically" })).toBeChecked();
  await page.getByRole("button", { name: "Create the link" }).click();
  answer();
  await expect(page.getByLabel(/Send this link/)).toBeVisible();
  await expect(
    page.getByText("No result inbox answers on this site. The link below works without the inbox"),
  ).toBeVisible();
  // The static site was never sent a request it cannot take (a POST there answers 404 in the console).
  expect(posts).toEqual([]);
});
