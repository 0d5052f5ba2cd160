// What a student is told about sending when the assignment collects into a Debrief server's inbox: before Start
// (where the result goes, for how long, or that the inbox takes no more), and after the receipt (issue 24, point 5).
import type { APIRequestContext } from "@playwright/test";
import { test, expect, expectAccessible, PHONE } from "./fixtures";
import { loadBank, makeAssignment, trueFalse } from "./teach-helpers";

test.use({ viewport: PHONE });

/** A one-question assignment that collects into a new inbox on this server, and the inbox's teacher key. */
async function collectingAssignment(request: APIRequestContext, title: string) {
  const bank = await loadBank(request);
  const qs = trueFalse(bank, 1);
  // The inbox is made for the assignment's id, which does not depend on the inbox it names.
  const probe = makeAssignment(bank, qs, { title });
  const created = await request.post("/api/v1/inboxes", { data: { assignmentId: probe.id } });
  const { id, key } = (await created.json()) as { id: string; key: string };
  const a = makeAssignment(bank, qs, { title, inbox: { id, url: "" } });
  expect(a.id).toBe(probe.id);
  return { a, id, key };
}

test("a closed inbox is said before the student starts; an open one says where the result goes and for how long", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const { a, id, key } = await collectingAssignment(request, "Late class");

  await page.goto(`/assignment/#${a.code}`);
  const host = new URL(page.url()).host;
  await expect(page.getByRole("status").filter({ hasText: "your name and answers are sent" })).toContainText(
    new RegExp(`teacher's server at ${host.replace(/\./g, "\\.")}, which keeps them until .* \\(60 days\\)`),
  );

  await request.post(`/api/v1/inboxes/${id}/close`, { headers: { Authorization: `Bearer ${key}` } });
  await page.reload();
  await expect(
    page.getByText("Your teacher has closed this assignment's inbox: it takes no more results."),
  ).toBeVisible();
  await expectAccessible(page, "closed inbox before start");
});

test("after the receipt: 'Sent', no big send box, and the footer says what was sent where", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const { a } = await collectingAssignment(request, "Receipt");
  await page.goto(`/assignment/#${a.code}`);
  await page.getByLabel(/^Your name/).fill("Ana");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("radio", { name: "True", exact: true }).check();
  await page.getByRole("button", { name: "Save and finish" }).click();
  await expect(page.getByRole("heading", { name: "Sent to your teacher: Receipt" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Send your result to your teacher" })).toHaveCount(0);
  // The link and code are kept, folded: a copy for the student, not a task.
  await expect(page.getByText("Keep a copy: the result link and code")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("sends your name and answers to your teacher's server", {
    useInnerText: true,
  });
  await expectAccessible(page, "sent with receipt");
});
