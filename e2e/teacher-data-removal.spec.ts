// "Remove teacher data from this browser" downloads a backup first; when that backup cannot be made (its code does not
// download), nothing is removed and the teacher is told. With the keyboard alone.
import { test, expect } from "./fixtures";
import { seedStorage, readStorage } from "./progress-seed";
import { loadBank, makeAssignment, trueFalse } from "./teach-helpers";

test("when the backup cannot be made, removing the teacher data removes nothing and says so", async ({
  page,
  request,
  consoleErrors,
}) => {
  const bank = await loadBank(request);
  const a = makeAssignment(bank, trueFalse(bank, 1), { title: "Kept week" });
  const teacher = JSON.stringify({
    state: {
      assignments: [{ code: a.code, id: a.id, title: "Kept week", savedAt: Date.now() }],
      results: [],
      removed: [],
    },
    version: 2,
  });
  await seedStorage(page, { "debrief:teacher": teacher });
  // The connection drops just for the file that writes backups (found by one of its messages).
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const res = await route.fetch();
    if (/This file was not made by Debrief/.test(await res.text())) return route.abort("internetdisconnected");
    return route.fulfill({ response: res });
  });
  await page.goto("/teach/results/");
  await page.getByRole("button", { name: "Remove teacher data from this browser…" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Kept week: its results are only in this browser/)).toBeVisible();
  await page.getByRole("button", { name: "Download backup and remove" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("The backup could not be made, so nothing was removed.", { exact: false })).toBeVisible();
  expect(JSON.parse((await readStorage(page, "debrief:teacher"))!).state.assignments).toHaveLength(1);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Teacher data in this browser" })).toBeVisible();
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)));
  // Chunks still on their way when the test ends must not fail the run from inside the route.
  await page.unrouteAll({ behavior: "ignoreErrors" });
});
