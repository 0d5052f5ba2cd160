// On the Debrief server, where an inbox answers (issue 24, item 6): collection is on from the start, and a double
// click on "Create the link" opens one inbox, not two.
import { test, expect, expectAccessible } from "./fixtures";

test("2, 3: collection is on by default where an inbox answers, and a double click on Create opens one inbox", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const opened: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && /\/api\/v1\/inboxes\/?$/.test(r.url())) opened.push(r.url());
  });
  await page.goto("/teach/");
  const collect = page.getByRole("checkbox", { name: "Collect results automatically" });
  await expect(page.getByText("Results will go to an inbox on this site's server.")).toBeVisible({ timeout: 20_000 });
  await expect(collect).toBeChecked();
  await expectAccessible(page, "collection on by default");

  await page.getByLabel("Title").fill("Double click");
  await page
    .getByRole("button", { name: /^Add q-\d+$/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Create the link" }).dblclick();
  await expect(page.getByLabel(/Send this link/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Open Double click" })).toHaveCount(1);
  expect(opened).toHaveLength(1);
});
