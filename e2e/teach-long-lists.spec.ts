// Issue 16 follow-up: the picker and the gradebook render long lists a part at a time, and nothing is lost by it:
// every question is reachable (the picker's rest once the page is used), "Show all" shows every result with the keyboard, and printing prints every row.
import { test, expect } from "./fixtures";
import { loadBank, makeAssignment, makeResult, scrollQuestionList, tabTo, trueFalse } from "./teach-helpers";

test("the question picker shows its first questions with the page and the rest once the teacher scrolls; End reaches the last one", async ({
  page,
}) => {
  await page.goto("/teach/");
  const count = page.getByText(/^\d+ matching questions/);
  const total = Number((await count.textContent())!.match(/^\d+/)![0]);
  expect(total).toBeGreaterThan(50);
  const list = page.getByRole("list", { name: "Questions" });
  const adds = list.getByRole("button", { name: /^Add q-/ });
  // Only loaded, the page lists a first screenful and says how to see the rest.
  await expect(list.getByText(/^Scroll to see \d+ more questions\.$/)).toBeVisible();
  expect(await adds.count()).toBeLessThan(total);

  // With the keyboard alone: moving into the list brings every question, and End reaches the last one.
  await tabTo(page, /^Add q-/);
  await expect(adds).toHaveCount(total);
  await page.keyboard.press("End");
  // End lands on the last control of the list: the last question's key preview.
  await expect(page.locator(":focus")).toHaveText("Preview with key");
  await page.keyboard.press("ArrowUp");
  await expect(adds.last()).toBeFocused();

  // With a mouse (a fresh load, at the top: a reload would restore the scroll position, which counts as use; the
  // keyboard never moved the pointer): scrolling the list brings every question.
  await page.goto("/teach/");
  await expect(list.getByText(/^Scroll to see/)).toBeVisible();
  await scrollQuestionList(page);
  await expect(adds).toHaveCount(total);
  await expect(list.getByText(/more questions/)).toHaveCount(0);
});

test("a gradebook of 60 shows 50 rows, Show all with the keyboard shows 60, and printing prints all 60", async ({
  page,
  request,
}) => {
  const bank = await loadBank(request);
  const a = makeAssignment(bank, trueFalse(bank, 2), { title: "Long class" });
  const codes = Array.from({ length: 60 }, (_, i) =>
    makeResult(a, bank, `Student ${String(i + 1).padStart(2, "0")}`, [i % 2 === 0, true]),
  );
  const rows = page.locator("table tbody tr");

  await page.goto("/teach/results/");
  await page.getByLabel(/Paste result links or codes/).fill(codes.join("\n"));
  await page.getByRole("button", { name: "Add to gradebook" }).click();
  await expect(rows).toHaveCount(50);
  await expect(page.getByText("50 of 60 results shown.")).toBeVisible();
  const showAll = page.getByRole("button", { name: "Show all 60 results" });
  await showAll.focus();
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(60);
  await expect(showAll).toHaveCount(0);
  // Focus moves to the first row that was hidden (sorted by name: Student 51), not to the top of the page.
  await expect(page.getByRole("button", { name: /^Remove \(Student 51,/ })).toBeFocused();

  // A fresh visit shows 50 again; the browser's print event renders every row before the page is laid out to print.
  await page.reload();
  await expect(rows).toHaveCount(50);
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(rows).toHaveCount(60);
});
