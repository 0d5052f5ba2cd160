// The student's side of an assignment: a class on a shared device, what the page says about sending, and the front
// door for a student who arrives without a link (issue 24 points 4-5, issue 25 point 6).
import type { Page } from "@playwright/test";
import { decodeResult } from "../core/assignment/result/result-code";
import { test, expect, expectAccessible, PHONE } from "./fixtures";
import { loadBank, makeAssignment, sidewaysScroll, trueFalse } from "./teach-helpers";

async function finish(page: Page, name: string | null, answer: "True" | "False", start = /^Start/) {
  if (name !== null) await page.getByLabel(/^Your name/).fill(name);
  await page.getByRole("button", { name: start }).click();
  await page.getByRole("radio", { name: answer, exact: true }).check();
  await page.getByRole("button", { name: "Save and finish" }).click();
  // The hand-in screen's heading (the quiz has level-2 headings too, so any one would not prove the finish happened).
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: /^(Not handed in yet|Ready to hand in|Not sent yet|Sent to your teacher):/,
    }),
  ).toBeVisible();
}

/** Opens the link, starts as `name` ("" for none), answers question 1 with True and moves to question 2 of 2. */
async function leaveAtQuestion2(page: Page, code: string, name: string) {
  await page.goto(`/assignment/#${code}`);
  if (name) await page.getByLabel(/^Your name/).fill(name);
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await page.getByRole("radio", { name: "True", exact: true }).check();
  await page.getByRole("button", { name: "Save and next" }).click();
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeFocused();
}

async function resultOnScreen(page: Page) {
  const decoded = decodeResult(await page.getByLabel("Result code").inputValue());
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.value;
}

test.describe("a class on a shared device", () => {
  test.use({ viewport: PHONE });

  test("a new student starts fresh: the last name is cleared and the last student's attempt is not theirs", async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const bank = await loadBank(request);
    const qs = trueFalse(bank, 1);
    const a = makeAssignment(bank, qs, { title: "Shared week", attempts: 1 });
    await page.goto(`/assignment/#${a.code}`);
    await finish(page, "Ana", "True");
    const ana = await resultOnScreen(page);
    expect(ana).toMatchObject({ name: "Ana", attempt: 1 });
    expect(ana.device).toMatch(/^[0-9a-z]{10}$/);

    // The next student on this device: Ana's attempt is used up, and that is said as Ana's, not theirs.
    await page.goto("/");
    await page.goto(`/assignment/#${a.code}`);
    await expect(page.getByText(/Ana has used the one attempt/)).toBeVisible();
    await expectAccessible(page, "shared device, previous student done");
    const fresh = page.getByRole("button", { name: "New student on this device" });
    await fresh.focus();
    await page.keyboard.press("Enter");
    const nameBox = page.getByLabel(/^Your name/);
    await expect(nameBox).toHaveValue("");
    await expect(nameBox).toBeFocused();
    expect(await sidewaysScroll(page)).toBe(0);

    // Ana's name again (any case, spaces) is still Ana's: refused in words, nothing lost.
    await nameBox.fill("  ana ");
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "“ana” has already used the one attempt on this device" }),
    ).toBeVisible();
    await expect(nameBox).toHaveValue("  ana ");

    await finish(page, "Ben", "False", /^Start$/);
    const ben = await resultOnScreen(page);
    // Ben's first attempt, from the same device as Ana's.
    expect(ben).toMatchObject({ name: "Ben", attempt: 1, device: ana.device });
  });

  test("with two attempts, a returning student's retake is theirs and a new student's first attempt is attempt 1", async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const bank = await loadBank(request);
    const a = makeAssignment(bank, trueFalse(bank, 1), { title: "Twice", attempts: 2, keep: "best" });
    await page.goto(`/assignment/#${a.code}`);
    await finish(page, "Ana", "True");

    await page.goto("/");
    await page.goto(`/assignment/#${a.code}`);
    // Ana again: her name is offered and this is her attempt 2.
    await expect(page.getByLabel(/^Your name/)).toHaveValue("Ana");
    await expect(page.getByRole("button", { name: "Start attempt 2" })).toBeVisible();
    await page.getByRole("button", { name: "New student on this device" }).click();
    await expect(page.getByLabel(/^Your name/)).toHaveValue("");
    await page.getByLabel(/^Your name/).fill("Cleo");
    await expect(page.getByRole("button", { name: "Start", exact: true })).toBeVisible();
    await expect(page.getByText(/This will be a retake/)).toHaveCount(0);
    await finish(page, null, "False", /^Start$/);
    expect(await resultOnScreen(page)).toMatchObject({ name: "Cleo", attempt: 1 });
    await expect(page.getByRole("heading", { name: /attempt 2/ })).toHaveCount(0);
  });
});

test.describe("an unfinished attempt on a shared device", () => {
  test.use({ viewport: PHONE });

  test("waits under its student's name: a reload goes straight back, the next student starts their own, the first continues later", async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(90_000);
    const bank = await loadBank(request);
    const [first, second] = trueFalse(bank, 2);
    const a = makeAssignment(bank, [first!, second!], { title: "Left open", timeLimitMinutes: 30, attempts: 2 });
    await leaveAtQuestion2(page, a.code, "Ana");
    // A reload in the same tab is the same student: straight back to the question.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
    await page.close();

    // The link opened anew (the next student at this device): Ana's attempt is said as hers, and the name box is
    // empty, so pressing Start cannot take Ana's turn.
    const ben = await context.newPage();
    await ben.goto(`/assignment/#${a.code}`);
    await expect(
      ben.getByText(
        "Not finished on this device: Ana’s attempt (1 of 2 answered, its clock running). To carry on with yours, enter your name and press Continue.",
      ),
    ).toBeVisible();
    const nameBox = ben.getByLabel(/^Your name/);
    await expect(nameBox).toHaveValue("");
    // Nothing to clear, so no "New student on this device" beside Start.
    await expect(ben.getByRole("button", { name: "New student on this device" })).toHaveCount(0);
    await expectAccessible(ben, "an attempt waiting on a shared device");
    expect(await sidewaysScroll(ben)).toBe(0);
    // Ana's name (any case) would continue hers; keyboard: Ben types his own and presses Enter.
    await nameBox.fill("ana ");
    await expect(ben.getByRole("button", { name: "Continue", exact: true })).toBeVisible();
    await expect(ben.getByText("ana? Press Continue to carry on.")).toBeVisible();
    await nameBox.fill("");
    await nameBox.focus();
    await ben.keyboard.type("Ben");
    await expect(ben.getByRole("button", { name: "Start", exact: true })).toBeVisible();
    await ben.keyboard.press("Enter");
    // Ben's own attempt: question 1, nothing answered.
    await expect(ben.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
    await expect(ben.getByRole("radio", { name: "True", exact: true })).not.toBeChecked();
    await ben.getByRole("radio", { name: "False", exact: true }).check();
    await ben.getByRole("button", { name: "Save and next" }).click();
    await ben.getByRole("radio", { name: "False", exact: true }).check();
    await ben.getByRole("button", { name: "Save and finish" }).click();
    expect(await resultOnScreen(ben)).toMatchObject({ name: "Ben", attempt: 1 });
    await ben.close();

    // Ana comes back: her attempt, her first answer kept, her name on the result.
    const ana = await context.newPage();
    await ana.goto(`/assignment/#${a.code}`);
    await expect(ana.getByText(/^Not finished on this device: Ana’s attempt \(1 of 2 answered/)).toBeVisible();
    await ana.getByLabel(/^Your name/).fill("ana");
    await ana.getByRole("button", { name: "Continue", exact: true }).click();
    await expect(ana.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
    await ana.getByRole("radio", { name: "True", exact: true }).check();
    await ana.getByRole("button", { name: "Save and finish" }).click();
    const result = await resultOnScreen(ana);
    expect(result).toMatchObject({ name: "Ana", attempt: 1 });
    expect(result.answers.filter((x) => x !== null)).toHaveLength(2);
    // Nothing is left waiting, and her tab's retake starts with her name as she first gave it.
    await ana.goto("/");
    await ana.goto(`/assignment/#${a.code}`);
    await expect(ana.getByText(/Not finished on this device/)).toHaveCount(0);
    await expect(ana.getByLabel(/^Your name/)).toHaveValue("Ana");
    await expect(ana.getByRole("button", { name: "Start attempt 2" })).toBeVisible();
  });
});

test("with names optional, a new tab's empty name box never continues or overwrites another's unnamed attempt", async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  const bank = await loadBank(request);
  const a = makeAssignment(bank, trueFalse(bank, 2), { title: "No names", requireName: false, attempts: 2 });
  await leaveAtQuestion2(page, a.code, "");
  await page.close();

  const next = await context.newPage();
  await next.goto(`/assignment/#${a.code}`);
  await expect(next.getByText(/^Not finished on this device: an unnamed attempt \(1 of 2 answered/)).toBeVisible();
  await expect(next.getByRole("button", { name: "Continue", exact: true })).toHaveCount(0);
  // Start with no name would overwrite the waiting one: a name is asked for, and nothing is lost.
  await next.getByRole("button", { name: "Start", exact: true }).click();
  await expect(
    next.getByRole("alert").filter({ hasText: "An attempt without a name is waiting on this device" }),
  ).toBeVisible();
  await next.getByLabel(/^Your name/).fill("Dev");
  await next.getByRole("button", { name: "Start", exact: true }).click();
  await expect(next.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  await expect(next.getByRole("radio", { name: "True", exact: true })).not.toBeChecked();
});

test("time run out on another student's attempt while the page was closed is said by name and kept to send, never shown to the next student", async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  const bank = await loadBank(request);
  const a = makeAssignment(bank, trueFalse(bank, 2), { title: "Ran out", timeLimitMinutes: 5 });
  const T = new Date("2026-11-30T09:00:00Z");
  await context.clock.install({ time: T });
  await leaveAtQuestion2(page, a.code, "Ana");
  await page.close();

  // An hour later the next student opens the link in a new tab.
  await context.clock.setSystemTime(new Date(T.getTime() + 60 * 60_000));
  const ben = await context.newPage();
  await ben.goto(`/assignment/#${a.code}`);
  await expect(
    ben.getByText("Time ran out while the page was closed on Ana’s attempt: it was handed in as the answers stood"),
  ).toBeVisible();
  // Ana's result is not put in front of Ben: it waits in the list, not sent.
  await expect(ben.getByRole("heading", { level: 2, name: /^Not handed in yet/ })).toHaveCount(0);
  // Named, so the student it belongs to can find it on a shared device.
  await expect(ben.getByRole("region", { name: "Results you finished" }).getByRole("listitem")).toHaveText(
    /^Ana: Ran out, .*Not sent yet\./,
  );
  await expectAccessible(ben, "another student's time ran out");
  await ben.getByRole("button", { name: "New student on this device" }).click();
  await ben.getByLabel(/^Your name/).fill("Ben");
  await ben.getByRole("button", { name: "Start", exact: true }).click();
  await expect(ben.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
});

test.describe("every word about sending is true", () => {
  test("with the inbox unreachable, copying the link does not make the page say 'Sent'", async ({
    page,
    context,
    request,
    consoleErrors,
  }) => {
    test.setTimeout(90_000);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.route("http://127.0.0.1:9/**", (route) => route.abort("connectionrefused"));
    const bank = await loadBank(request);
    const a = makeAssignment(bank, trueFalse(bank, 1), {
      title: "Collected",
      attempts: 2,
      inbox: { id: "InboxIdForTheTest0001", url: "http://127.0.0.1:9" },
    });
    await page.goto(`/assignment/#${a.code}`);
    // Before starting: what is sent where, and no "nothing is sent anywhere" anywhere on the page.
    await expect(
      page.getByText(/your name and answers are sent to your teacher's server at 127\.0\.0\.1:9/i),
    ).toBeVisible();
    const footer = page.getByRole("contentinfo");
    await expect(footer).not.toContainText(/nothing is sent anywhere/i, { useInnerText: true });
    await expect(footer).toContainText("sends your name and answers to your teacher's server", { useInnerText: true });

    await finish(page, "Ana", "True");
    await expect(page.getByText("Not sent yet: your result is kept in this browser")).toBeVisible();
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Copied.").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Sent to your teacher/ })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Not sent yet: Collected" })).toBeVisible();
    await expect(footer).not.toContainText(/nothing is sent anywhere/i, { useInnerText: true });
    // Resending and retaking are never side by side: the retake says what it is.
    await expect(page.getByRole("button", { name: "Try again now" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Start attempt 2" })).toBeVisible();
    await expectAccessible(page, "not sent, copied");
    consoleErrors.splice(
      0,
      consoleErrors.length,
      ...consoleErrors.filter((e) => !/ERR_CONNECTION_REFUSED|ERR_FAILED/.test(e)),
    );
  });

  test("the site gone while the student answers (no service worker): Finish still shows the result to hand in", async ({
    page,
    request,
    consoleErrors,
  }) => {
    const bank = await loadBank(request);
    const a = makeAssignment(bank, trueFalse(bank, 1), {
      title: "Server down",
      inbox: { id: "InboxIdForTheTest0002", url: "http://127.0.0.1:9" },
    });
    await page.goto(`/assignment/#${a.code}`);
    await page.getByLabel(/^Your name/).fill("Ana");
    await page.getByRole("button", { name: /^Start/ }).click();
    await page.getByRole("radio", { name: "True", exact: true }).check();
    // What was fetched by now stays; from here on every request fails, as when the school's server is killed.
    await page.waitForLoadState("networkidle");
    await page.route("**/*", (route) => route.abort("connectionrefused"));
    await page.getByRole("button", { name: "Save and finish" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /^Not sent yet: Server down/ })).toBeVisible();
    await expect(page.getByLabel("Result code")).toHaveValue(/.+/);
    consoleErrors.splice(
      0,
      consoleErrors.length,
      ...consoleErrors.filter((e) => !/ERR_CONNECTION_REFUSED|ERR_UNSAFE_PORT/.test(e)),
    );
  });

  test("where nothing is collected, the footer still says nothing is sent", async ({ page, request }) => {
    const bank = await loadBank(request);
    const a = makeAssignment(bank, trueFalse(bank, 1), { title: "By code" });
    await page.goto(`/assignment/#${a.code}`);
    await expect(page.getByRole("contentinfo")).toContainText("nothing is sent anywhere", { useInnerText: true });
    await expect(page.getByRole("contentinfo")).not.toContainText("sends your name", { useInnerText: true });
    await expect(page.getByText(/sent to your teacher's server/i)).toHaveCount(0);
  });
});

test.describe("the front door: /assignment without a link", () => {
  test("opens a pasted link, fragment or bare code, explains a bad one, and offers practice", async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(PHONE);
    const bank = await loadBank(request);
    const a = makeAssignment(bank, trueFalse(bank, 1), { title: "Front door" });
    await page.goto("/assignment/");
    const box = page.getByLabel("Paste the link or code your teacher sent");
    await expect(box).toBeVisible();
    await expect(page.getByRole("link", { name: "Practise on your own" })).toHaveAttribute("href", /\/quiz\/?$/);
    // On a phone the sentence beside "Practise on your own" reads as lines, not a column of single words.
    const offer = await page.getByText(/^No assignment\?/).boundingBox();
    expect(offer!.width).toBeGreaterThan(200);
    await expectAccessible(page, "front door");
    expect(await sidewaysScroll(page)).toBe(0);

    // Keyboard only: Tab into the box, paste a truncated code, Enter.
    await box.focus();
    await page.keyboard.type(a.code.slice(0, -6));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert").filter({ hasText: "incomplete" })).toBeVisible();
    await expect(box).toHaveValue(a.code.slice(0, -6));
    await expect(box).toHaveAttribute("aria-invalid", "true");

    await box.fill("hello");
    await page.getByRole("button", { name: "Open" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "not an assignment link" })).toBeVisible();

    await box.fill("");
    await page.getByRole("button", { name: "Open" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Paste the link" })).toBeVisible();

    for (const pasted of [`https://school.example/assignment/#${a.code}`, `#${a.code}`, ` ${a.code} `]) {
      await page.goto("/assignment/");
      await page.getByLabel("Paste the link or code your teacher sent").fill(pasted);
      await page.getByRole("button", { name: "Open" }).click();
      await expect(page.getByRole("heading", { name: "Front door" })).toBeVisible();
    }
  });
});

test("the ✕ in the assignment's bar asks first, says the answers stay and the time runs on, and the link carries on", async ({
  page,
  request,
}) => {
  await page.setViewportSize(PHONE);
  const bank = await loadBank(request);
  const [first, second] = trueFalse(bank, 2);
  const a = makeAssignment(bank, [first!, second!], { title: "Way out", timeLimitMinutes: 20 });
  await page.goto(`/assignment/#${a.code}`);
  await page.getByLabel(/^Your name/).fill("Ana");
  await page.getByRole("button", { name: /^Start/ }).click();
  await page.getByRole("radio", { name: "True", exact: true }).check();
  await page.getByRole("button", { name: "Save and next" }).click();
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeFocused();

  // Keyboard: the ✕ opens a question whose safe answer is focused; Escape keeps the student where they were.
  const exit = page.getByRole("button", { name: "Leave this assignment" });
  await exit.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Leave this assignment?" });
  await expect(dialog).toContainText("Your answers so far stay on this device: open the link again to carry on.");
  await expect(dialog).toContainText("The time limit keeps running while you are away.");
  await expect(dialog.getByRole("button", { name: "Keep going" })).toBeFocused();
  await expectAccessible(page, "leave the assignment?");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(exit).toBeFocused();
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();

  await page.keyboard.press("Enter");
  await dialog.getByRole("button", { name: "Leave" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/$/);

  // The same link again: whoever opens it is asked (a shared device), the name box empty; Ana's name continues hers.
  await page.goto(`/assignment/#${a.code}`);
  await expect(page.getByLabel(/^Your name/)).toHaveValue("");
  await page.getByLabel(/^Your name/).fill("Ana");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
  await page.getByRole("button", { name: "Previous" }).click();
  await expect(page.getByRole("radio", { name: "True", exact: true })).toBeChecked();
});
