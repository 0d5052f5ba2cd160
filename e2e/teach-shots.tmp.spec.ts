import { test } from "@playwright/test";
import { loadBank, makeAssignment, makeResult, trueFalse } from "./teach-helpers";

const SIZES = [
  ["phone", { width: 360, height: 740 }],
  ["desktop", { width: 1280, height: 800 }],
] as const;

for (const [label, viewport] of SIZES)
  for (const scheme of ["light", "dark"] as const)
    test(`shots ${label} ${scheme}`, async ({ browser, request }) => {
      test.setTimeout(120_000);
      const ctx = await browser.newContext({ viewport, colorScheme: scheme });
      const page = await ctx.newPage();
      const bank = await loadBank(request);
      const qs = trueFalse(bank, 4);
      const a = makeAssignment(bank, qs, { timeLimitMinutes: 10, attempts: 2, keep: "best", instructions: "Read P4 to P9 first." });
      const shot = (name: string) => page.screenshot({ path: `/tmp/teacher-shots/${name}-${label}-${scheme}.png`, fullPage: name !== "teach" });
      await page.goto("/teach/");
      await page.getByRole("button", { name: `Add ${qs[0]!.id}` }).click();
      await page.getByRole("button", { name: `Add ${qs[1]!.id}` }).click();
      await page.getByLabel("Title").fill("Week 3 check");
      await shot("teach");
      await page.getByRole("button", { name: "Create the link" }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/teacher-shots/teach-link-${label}-${scheme}.png` });
      await page.goto(`/assignment/#${a.code}`);
      await page.getByLabel(/Your name/).fill("Ana");
      await shot("intro");
      await page.getByRole("button", { name: "Start" }).click();
      await page.getByRole("heading", { name: /Question 1 of 4/ }).waitFor();
      await shot("question");
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press("1");
        await page.keyboard.press("Enter");
      }
      await page.getByRole("heading", { name: /Not handed in yet/ }).waitFor();
      await page.waitForTimeout(300);
      await shot("handin");
      const names = ["Ana", "Ben", "Cy", "Dee", "Eli", "Alex", "alex"];
      const codes = names.map((n, i) => makeResult(a, bank, n, qs.map((q, j) => ((i + j) % 3 === 0 ? !(q.answer as boolean) : (q.answer as boolean))), { submittedAt: Date.UTC(2026, 10, 30, 9, 1 + i, 7 * i) }));
      await page.goto("/teach/results/");
      await page.getByLabel(/Paste result links or codes/).fill(codes.join("\n"));
      await page.getByRole("button", { name: "Add to gradebook" }).click();
      await page.waitForTimeout(300);
      await shot("results");
      await ctx.close();
    });
