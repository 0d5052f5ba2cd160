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

test("/teach opens on the new assignment; the caveat is one line that opens; the link card has Copy attached, Share where the browser has it, and even buttons", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // A browser without a share sheet (desktop Chromium on Linux has none; this makes sure of it).
  await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
  await page.goto("/teach/");
  const newAssignment = page.getByRole("heading", { name: "New assignment" });
  const title = page.getByLabel("Title");
  await expect(title).toBeVisible();
  // The form comes first, high on the first screen; the assignments made before follow it.
  expect((await title.boundingBox())!.y).toBeLessThan(500);
  expect((await newAssignment.boundingBox())!.y).toBeLessThan(
    (await page.getByRole("heading", { name: "Your assignments" }).boundingBox())!.y,
  );
  // The caveat is one line; its reason opens from the keyboard.
  const why = page.getByText(/answer key ships inside the app/);
  await expect(why).toBeHidden();
  await page.getByText("For practice, not a secure exam").press("Enter");
  await expect(why).toBeVisible();

  await title.fill("Shared check");
  await page
    .getByRole("button", { name: /^Add q-\d+$/ })
    .first()
    .press("Enter");
  await page.getByRole("button", { name: "Create the link" }).press("Enter");
  const field = page.getByLabel("Send this link to your students", { exact: true });
  await expect(field).toBeVisible();
  await expect(page.getByText(/characters\)/)).toHaveCount(0);
  // Copy sits against the field, on its line.
  const copy = page.getByRole("button", { name: "Copy link" });
  const [f, c] = [(await field.boundingBox())!, (await copy.boundingBox())!];
  expect(Math.abs(f.x + f.width - c.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(f.y + f.height / 2 - (c.y + c.height / 2))).toBeLessThanOrEqual(2);
  await copy.press("Enter");
  await expect(page.getByText(/^Copied\./)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());
  await expect(page.getByRole("button", { name: /^Share/ })).toHaveCount(0);
  // The print buttons share the row evenly instead of stacking at ragged widths.
  const [w, k] = [
    (await page.getByRole("button", { name: "Print worksheet" }).boundingBox())!,
    (await page.getByRole("button", { name: "Print answer key" }).boundingBox())!,
  ];
  expect(w.y).toBe(k.y);
  expect(Math.abs(w.width - k.width)).toBeLessThanOrEqual(1);
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  await expectAccessible(page, "link card on a phone");

  // Where the browser has a share sheet, Share hands it the link.
  const shared = await context.newPage();
  await shared.addInitScript(() => {
    const w = window as unknown as { shared: ShareData[] };
    w.shared = [];
    Object.defineProperty(Navigator.prototype, "share", {
      configurable: true,
      value: async (data: ShareData) => void w.shared.push(data),
    });
  });
  await shared.goto("/teach/");
  await shared.getByRole("button", { name: "Open Shared check" }).click();
  const link = await shared.getByLabel("Send this link to your students").inputValue();
  await shared.getByRole("button", { name: "Share…" }).press("Enter");
  expect(await shared.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
    { title: "Shared check", url: link },
  ]);
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
