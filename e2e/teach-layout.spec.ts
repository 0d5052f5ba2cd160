// Issue 13: no sideways scrolling on a 360 px phone, even with a 120-character unbroken title and name; the gradebook
// summary first; printing keeps the gradebook only. Keyboard alone where a person would use it.
import { test, expect, expectAccessible, PHONE } from "./fixtures";
import { loadBank, makeAssignment, makeResult, sidewaysScroll, tabTo, trueFalse } from "./teach-helpers";

test.use({ viewport: PHONE });

const LONG = "Counterterrorismcooperation".repeat(5).slice(0, 120);

test("a 120-character unbroken title and name never widen /teach, /assignment or /teach/results", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const bank = await loadBank(request);
  const questions = trueFalse(bank, 2);
  const a = makeAssignment(bank, questions, { title: LONG, instructions: LONG, requireName: false });

  await page.goto("/teach/");
  await tabTo(page, /^Title/);
  await page.keyboard.type(LONG);
  await page.getByRole("button", { name: `Add ${questions[0]!.id}` }).press("Enter");
  await tabTo(page, /^Create the link/);
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(/^Send this link/)).toBeVisible();
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

  await page.goto(`/assignment/#${a.code}`);
  await expect(page.getByRole("heading", { level: 2, name: LONG })).toBeVisible();
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  await page.getByLabel(/Your name/).fill(LONG.slice(0, 80));
  await page.getByRole("button", { name: "Start" }).press("Enter");
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  for (let i = 0; i < 2; i++) {
    await expect(page.getByRole("heading", { level: 2, name: `Question ${i + 1} of 2` })).toBeFocused();
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { level: 2, name: /^Not handed in yet/ })).toBeVisible();
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  const link = await page.getByLabel("Result link").inputValue();

  const others = [
    makeResult(a, bank, "Ana", [true, true]),
    makeResult(a, bank, "Ben", [false, true]),
    makeResult(a, bank, "Cy", [false, false]),
  ];
  await page.goto("/teach/results/");
  await page.getByLabel(/Paste result links or codes/).fill([link, ...others].join("\n"));
  await page.getByRole("button", { name: "Add to gradebook" }).click();
  await expect(page.getByRole("row")).toHaveCount(5);
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  // The summary comes before the table, and the paste box after both.
  const order = await page.evaluate(() =>
    ["[data-testid=class-summary]", "table", "textarea"].map(
      (sel) => document.querySelector(sel)?.getBoundingClientRect().top ?? -1,
    ),
  );
  expect(order[0]).toBeLessThan(order[1]!);
  expect(order[1]).toBeLessThan(order[2]!);
  await expect(page.getByTestId("class-summary")).toContainText("4 students");
  await expect(page.getByText(/Times are in your time zone \(UTC\)/)).toBeVisible();
  await expectAccessible(page, "gradebook on a phone");
});

test("the gradebook reads on a phone in dark mode, and axe is clean there", async ({ page, request }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const bank = await loadBank(request);
  const questions = trueFalse(bank, 2);
  const a = makeAssignment(bank, questions);
  await page.goto(`/teach/results/#${makeResult(a, bank, "Ana", [true, false])}`);
  await page.getByRole("button", { name: "Add anyway" }).press("Enter");
  await expect(page.getByRole("row").filter({ hasText: "Ana" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Week 3 check" })).toBeVisible();
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  await expectAccessible(page, "gradebook dark");
});

test("printing a worksheet prints the questions without the key, and the answer key with it", async ({ page }) => {
  // What was on the print sheet when the print dialog would have opened.
  await page.addInitScript(() => {
    const w = window as unknown as { printed: string[] };
    w.printed = [];
    window.print = () => {
      const sheet = document.querySelector<HTMLElement>("[data-print-sheet]");
      w.printed.push(`${sheet?.dataset.printSheet}:${/Answer:/.test(sheet?.textContent ?? "") ? "key" : "no key"}`);
      window.dispatchEvent(new Event("afterprint"));
    };
  });
  const printed = () => page.evaluate(() => (window as unknown as { printed: string[] }).printed);
  await page.goto("/teach/");
  await page.getByLabel("Title").fill("Printed check");
  await page
    .getByRole("button", { name: /^Add q-/ })
    .first()
    .press("Enter");
  await page.getByRole("button", { name: "Create the link" }).press("Enter");
  await page.getByRole("button", { name: "Print worksheet" }).press("Enter");
  await expect.poll(printed).toEqual(["worksheet:no key"]);
  await page.getByRole("button", { name: "Print answer key" }).press("Enter");
  await expect.poll(printed).toEqual(["worksheet:no key", "key:key"]);
});
