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

test("on a phone each result is one row: the name with its date on one line, a coloured score pill, Remove as a row action", async ({
  page,
  request,
}) => {
  const bank = await loadBank(request);
  const questions = trueFalse(bank, 2);
  const a = makeAssignment(bank, questions);
  const right = questions.map((q) => q.answer as boolean);
  await page.goto("/teach/results/");
  await page
    .getByLabel(/Paste result links or codes/)
    .fill([makeResult(a, bank, "Ana", right), makeResult(a, bank, "Ben", [null, null])].join("\n"));
  await page.getByRole("button", { name: "Add to gradebook" }).click();
  const anaRow = page.getByRole("row").filter({ hasText: "Ana" });
  const benRow = page.getByRole("row").filter({ hasText: "Ben" });

  // The score is a pill whose text is the score, coloured by its band (green and red here): not colour alone.
  const anaPill = anaRow.getByText("2 / 2 (100%)", { exact: true });
  const benPill = benRow.getByText("0 / 2 (0%)", { exact: true });
  await expect(anaPill).toBeVisible();
  await expect(benPill).toBeVisible();
  const background = (el: Element) => getComputedStyle(el).backgroundColor;
  const [green, red] = [await anaPill.evaluate(background), await benPill.evaluate(background)];
  expect(green).not.toBe(red);
  expect(green).not.toBe("rgba(0, 0, 0, 0)");

  // When it was handed in reads on one line under the name (it took three lines in its own column).
  const when = anaRow.getByText("30 Nov 2026, 09:03", { exact: true }).filter({ visible: true });
  await expect(when).toHaveCount(1);
  expect((await when.boundingBox())!.height).toBeLessThan(30);

  // Remove is not in the name's cell but a row action of its own, named for the result, and works by keyboard.
  await expect(anaRow.getByRole("rowheader").getByRole("button", { name: /Remove/ })).toHaveCount(0);
  const remove = anaRow.getByRole("cell").getByRole("button", { name: /^Remove \(Ana, handed in / });
  await expect(remove).toBeVisible();
  await anaRow.getByRole("button", { name: "Ana", exact: true }).focus();
  await page.keyboard.press("Tab");
  await expect(remove).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(anaRow).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(anaRow).toHaveCount(1);

  // "Add results" is at the top, above the table, and takes the teacher to the paste box.
  const add = page.getByRole("button", { name: "Add results" });
  const [addTop, tableTop] = [
    (await add.boundingBox())!.y,
    (await page.getByRole("table", { name: /Results for/ }).boundingBox())!.y,
  ];
  expect(addTop).toBeLessThan(tableTop);
  await add.press("Enter");
  await expect(page.getByLabel(/Paste result links or codes/)).toBeFocused();
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  await expectAccessible(page, "gradebook rows on a phone");
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
