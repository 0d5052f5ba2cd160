// The teacher's day (issue 24, item 6): drafts that survive a reload, create/add/remove that a double click does not
// undo, paste feedback where the teacher is looking, a printable gradebook, a student's own page, the student ×
// question grid and a class list.
import { decodeAssignment } from "../core/assignment/link/assignment-code";
import { test, expect, expectAccessible, PHONE } from "./fixtures";
import { loadBank, makeAssignment, makeResult, sidewaysScroll, trueFalse, type TestBank } from "./teach-helpers";

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);

/** Pastes result codes into the gradebook the way a teacher does. */
async function paste(page: import("@playwright/test").Page, codes: string[]) {
  await page.getByLabel(/Paste result links or codes/).fill(codes.join("\n"));
  await page.getByRole("button", { name: "Add to gradebook" }).click();
}

/** A class of results for an eight-question true/false assignment: Ana all right, Ben half, Cy all wrong. */
function classOf(bank: TestBank, n = 8) {
  const questions = trueFalse(bank, n);
  const a = makeAssignment(bank, questions);
  const right = questions.map((q) => q.answer as boolean);
  const half = right.map((v, i) => (i % 2 ? !v : v));
  const codes = [
    makeResult(a, bank, "Ana", right, { submittedAt: T0 + 4 * 60_000 }),
    makeResult(a, bank, "Ben", half, { submittedAt: T0 + 5 * 60_000 }),
    makeResult(
      a,
      bank,
      "Cy",
      right.map((v, i) => (i === 0 ? null : !v)),
      { submittedAt: T0 + 6 * 60_000 },
    ),
  ];
  return { questions, a, codes };
}

test("1: the draft (title, questions, settings) survives a reload; Start over discards it; a made link clears it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/teach/");
  const title = page.getByLabel("Title");
  await title.fill("Week 5 draft");
  const adds = page.getByRole("button", { name: /^Add q-\d+$/ });
  await adds.first().click();
  await adds.first().click();
  await expect(page.getByRole("heading", { name: "In this assignment (2)" })).toBeVisible();
  await page.getByLabel(/Time limit in minutes/).fill("12");
  await page.reload();
  await expect(title).toHaveValue("Week 5 draft");
  await expect(page.getByRole("heading", { name: "In this assignment (2)" })).toBeVisible();
  await expect(page.getByLabel(/Time limit in minutes/)).toHaveValue("12");
  await expectAccessible(page, "teach with a draft back");

  // Start over empties the form, and the draft does not come back.
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(title).toHaveValue("");
  await expect(page.getByRole("heading", { name: "In this assignment (2)" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("button", { name: /^Add q-\d+$/ }).first()).toBeVisible();
  await expect(title).toHaveValue("");

  // Once the link is made the draft is done with: a reload opens a new assignment.
  await title.fill("Made");
  await page
    .getByRole("button", { name: /^Add q-\d+$/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Create the link" }).click();
  await expect(page.getByLabel(/Send this link/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Open Made" })).toBeVisible();
  await expect(title).toHaveValue("");
});

test("2: where no inbox answers, collection is off with a plain note, without the teacher asking", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/teach/");
  await expect(page.getByText(/^No result inbox answers on this site\./)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Collect results automatically" })).not.toBeChecked();
});

test("3: a double click on Add adds once, on Remove removes once, and on Create the link makes one assignment", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/teach/");
  const first = page.getByRole("button", { name: /^Add q-\d+$/ }).first();
  const id = (await first.getAttribute("aria-label"))!.replace(/^Add /, "");
  await first.dblclick();
  const heading = page.getByRole("heading", { name: /^In this assignment/ });
  await expect(heading).toHaveText("In this assignment (1)");
  const chosen = page.getByRole("button", { name: `Remove ${id}`, exact: true, pressed: true });
  await expect(chosen).toHaveAttribute("aria-pressed", "true");
  await chosen.dblclick();
  await expect(page.getByRole("button", { name: `Add ${id}`, exact: true })).toHaveAttribute("aria-pressed", "false");
  await expect(heading).toHaveText("In this assignment (0)");

  await page.getByLabel("Title").fill("Twice pressed");
  await page.getByRole("button", { name: `Add ${id}`, exact: true }).click();
  await page.getByRole("button", { name: "Create the link" }).dblclick();
  await expect(page.getByLabel(/Send this link/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Open Twice pressed" })).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole("button", { name: "Open Twice pressed" })).toHaveCount(1);
});

test("4: what a paste added is said beside the paste box, in a live region, and focus stays in the box", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const bank = await loadBank(request);
  const { codes } = classOf(bank);
  await page.goto("/teach/results/");
  await paste(page, codes.slice(0, 2));
  await expect(page.getByRole("row").filter({ hasText: "Ben" })).toBeVisible();
  const box = page.getByLabel(/Paste result links or codes/);
  await paste(page, [codes[2]!]);
  const said = page.getByRole("status").filter({ hasText: /^Added 1 result/ });
  await expect(said).toBeVisible();
  const boxAt = (await box.boundingBox())!;
  const saidAt = (await said.boundingBox())!;
  // Beside the box: within a few lines of it, not a page away above the gradebook.
  expect(Math.abs(saidAt.y - (boxAt.y + boxAt.height))).toBeLessThan(200);
  await expect(said).toBeInViewport();
  await expect(box).toBeFocused();
  await expectAccessible(page, "paste feedback");
});

test("5: Print prints the summary, the table and the item analysis, without the page's controls", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const bank = await loadBank(request);
  const { codes } = classOf(bank, 3);
  await page.goto("/teach/results/");
  await paste(page, codes);
  await expect(page.getByRole("row").filter({ hasText: "Cy" })).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole("button", { name: "Print the gradebook" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("table", { name: /Results for/ })).toBeVisible();
  await expect(page.getByTestId("class-summary")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Item analysis" })).toBeVisible();
  for (const name of [/^Remove/, "Print the gradebook", /Export CSV/, "Add to gradebook"])
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByText(/not a secure exam/)).toBeHidden();
  // The bars print in their colours (browsers drop backgrounds when printing unless told not to).
  const adjust = await page
    .locator('[data-question] [aria-hidden="true"] span')
    .first()
    .evaluate((el) => getComputedStyle(el).printColorAdjust);
  expect(adjust).toBe("exact");
});

test("6: a student's page shows every answer beside the key, and Back returns to the same place in the gradebook", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const bank = await loadBank(request);
  const { questions, codes } = classOf(bank);
  await page.goto("/teach/results/");
  await paste(page, codes);
  const ben = page.getByRole("button", { name: "Ben", exact: true });
  await expect(ben).toBeVisible();
  await ben.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  // Keyboard: focus the name and press Enter.
  await ben.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Ben's answers" })).toBeVisible();
  const facts = page.getByTestId("student-facts");
  await expect(facts).toContainText("Score4 / 8 (50%)");
  await expect(facts).toContainText("Time taken5 min 0 s");
  await expect(facts).toContainText("Attempt1");
  const items = page.getByRole("list", { name: "Answers" }).getByRole("listitem");
  await expect(items).toHaveCount(questions.length);
  await expect(items.first()).toContainText(questions[0]!.prompt);
  await expect(items.first()).toContainText("✓ Right");
  await expect(items.nth(1)).toContainText("✗ Wrong");
  await expect(items.nth(1)).toContainText(`Key: ${questions[1]!.answer ? "True" : "False"}`);
  await expectAccessible(page, "student's page");

  await page.getByRole("button", { name: "Back to the gradebook" }).first().press("Enter");
  await expect(ben).toBeFocused();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(40);

  // The browser's Back does the same.
  await ben.click();
  await expect(page.getByRole("heading", { name: "Ben's answers" })).toBeVisible();
  await page.goBack();
  await expect(ben).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ben's answers" })).toHaveCount(0);
});

test("6: a student × question grid with headers, scrolling inside its card on a phone", async ({ page, request }) => {
  test.setTimeout(120_000);
  const bank = await loadBank(request);
  const { questions, codes } = classOf(bank);
  await page.setViewportSize(PHONE);
  await page.goto("/teach/results/");
  await paste(page, codes);
  const show = page.getByRole("button", { name: /Grid of right and wrong answers/ });
  await show.focus();
  await page.keyboard.press("Enter");
  await expect(show).toHaveAttribute("aria-expanded", "true");
  const grid = page.getByRole("table", { name: /^Answers by student/ });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole("columnheader")).toHaveCount(questions.length + 1);
  const ana = grid.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Ana" }) });
  await expect(ana.getByRole("cell", { name: "right" })).toHaveCount(questions.length);
  const cy = grid.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Cy" }) });
  await expect(cy.getByRole("cell", { name: "blank" })).toHaveCount(1);
  await expect(cy.getByRole("cell", { name: "wrong" })).toHaveCount(questions.length - 1);
  // The page itself does not scroll sideways: the grid scrolls inside its card.
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  const scroller = page.getByRole("region", { name: /^Answers by student/ });
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expectAccessible(page, "answer grid on a phone");
});

test("7: a pasted class list shows who has not handed in, and marks results from names not on it", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const bank = await loadBank(request);
  await page.goto("/teach/");
  await page.getByLabel("Title").fill("Roster check");
  await page
    .getByRole("button", { name: /^Add q-\d+$/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Create the link" }).click();
  const link = await page.getByLabel(/Send this link/).inputValue();
  const decoded = decodeAssignment(link.split("#")[1]!);
  if (!decoded.ok) throw new Error("the link did not decode");
  const a = decoded.value;
  const result = (name: string) => makeResult(a, bank, name, [null]);
  await page.goto("/teach/results/");
  await paste(page, [result("ANA "), result("Zed")]);
  await expect(page.getByRole("row").filter({ hasText: "Zed" })).toBeVisible();

  await page.getByRole("button", { name: /^Class list/ }).click();
  await page.getByLabel(/Names, one a line/).fill("Ana\n  ben  \n\nCy\nana");
  await page.getByRole("button", { name: "Save the class list" }).click();
  const missing = page.getByRole("list", { name: /^Not handed in/ });
  await expect(page.getByText("Not handed in (2 of 3)")).toBeVisible();
  await expect(missing.getByRole("listitem")).toHaveText(["ben", "Cy"]);
  await expect(page.getByRole("row").filter({ hasText: "Zed" })).toContainText("Not on the class list");
  await expect(page.getByRole("row").filter({ hasText: "ANA" })).not.toContainText("Not on the class list");
  await expectAccessible(page, "class list");
  await page.reload();
  await expect(page.getByText("Not handed in (2 of 3)")).toBeVisible();
});
