// Saves every route and the main states of Debrief at 360x740 and 1280x800, light and dark, into screenshots/
// (git-ignored), so a change can be looked at side by side. Needs a build: `npm run build && npm run screenshots`.
// Usage: npm run screenshots [-- --only=phone-light] [--steps=routes,quiz,exam,progress,flashcards,gradebook,student]
// [--port=3141]
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { findChromium } from "./lib/chromium-path.mjs";

const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? process.env[name.toUpperCase()] ?? fallback;
const PORT = Number(arg("port", 3141));
const ONLY = arg("only", "");
const STEPS = arg("steps", "");
const OUT = "screenshots";
const BASE = `http://127.0.0.1:${PORT}`;

if (!existsSync("out/index.html")) {
  console.error("No build in out/: run `npm run build` first.");
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

const server = spawn("npx", ["serve", "out", "-l", String(PORT), "--no-clipboard", "--no-request-logging"], {
  stdio: "ignore",
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};
process.on("exit", stopServer);
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${BASE}/`)).ok) break;
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 200));
}

const bank = JSON.parse(readFileSync("public/data/bank.json", "utf8"));
const byId = new Map(bank.questions.map((q) => [q.id, q]));

// The student's assignment links, made by the app's own encoder (TypeScript, hence tsx).
const LINKS = JSON.parse(
  execFileSync("npx", ["tsx", "--tsconfig", "tsconfig.json", "scripts/lib/screenshot-assignments.ts"], {
    encoding: "utf8",
  }),
);

/** Answers the collecting assignment's inbox in the page: open, and a receipt for every result (no server needed). */
async function fakeInbox(page) {
  const expiresAt = new Date(Date.now() + 60 * 86_400_000).toISOString();
  await page.route("https://inbox.school.example/api/v1/**", (route) => {
    const json = route.request().url().endsWith("/status")
      ? { status: "open", expiresAt }
      : { receipt: { id: "r1", receivedAt: new Date().toISOString() } };
    return route.fulfill({ status: 200, json, headers: { "Access-Control-Allow-Origin": "*" } });
  });
}

const SIZES = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } };
const browser = await chromium.launch({ executablePath: findChromium() });
let saved = 0;
const problems = [];
const VERBOSE = process.argv.includes("--verbose");

/** The answer to the single-choice question on screen, right or wrong. */
async function pickChoice(page, right) {
  const id = (await page.locator('p[id^="prompt-"]').getAttribute("id")).replace(/^prompt-/, "");
  const q = byId.get(id);
  const wrong = q.options.find((o) => o.text !== q.answer).text;
  await page.getByRole("radio", { name: right ? q.answer : wrong, exact: true }).check();
}

for (const [sizeName, viewport] of Object.entries(SIZES)) {
  for (const theme of ["light", "dark"]) {
    const tag = `${sizeName}-${theme}`;
    if (ONLY && ONLY !== tag) continue;
    const contextOptions = {
      viewport,
      baseURL: BASE,
      colorScheme: theme,
      reducedMotion: "reduce",
      serviceWorkers: "block",
      locale: "en-GB",
      timezoneId: "UTC",
      ...(sizeName === "phone" ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    };
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    const shot = async (name, fullPage = false) => {
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(OUT, `${tag}-${name}.png`), fullPage });
      saved++;
    };
    const step = async (name, fn) => {
      if (STEPS && !STEPS.split(",").includes(name)) return;
      try {
        await fn();
      } catch (error) {
        problems.push(`${tag} ${name}: ${VERBOSE ? error.message : String(error.message).split("\n")[0]}`);
        // What the page showed when the step failed, to see why.
        await page.screenshot({ path: join(OUT, `${tag}-FAILED-${name}.png`), fullPage: true }).catch(() => {});
      }
    };

    await step("routes", async () => {
      for (const [name, path] of [
        ["home", "/"],
        ["quiz-setup", "/quiz/"],
        ["flashcards-deck", "/flashcards/"],
        ["progress-empty", "/progress/"],
        ["article", "/article/"],
        ["teach", "/teach/"],
        ["assignment-no-link", "/assignment/"],
        ["not-found", "/no-such-page/"],
      ]) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await shot(name);
        if (name === "quiz-setup" || name === "home") await shot(`${name}-full`, true);
      }
    });

    await step("quiz", async () => {
      await page.goto("/quiz/");
      for (const label of ["Multiple select", "True or false", "Typed answer", "Matching", "Ordering"])
        await page
          .getByRole("checkbox", { name: label, exact: true })
          .uncheck()
          .catch(() => undefined);
      await page.getByRole("radio", { name: "5", exact: true }).check();
      await page.getByRole("button", { name: /^Start quiz/ }).click();
      await page.locator('p[id^="prompt-"]').waitFor();
      await shot("quiz-question");
      await pickChoice(page, true);
      await shot("quiz-question-chosen");
      await page.getByRole("button", { name: "Check answer" }).click();
      await shot("quiz-feedback-right");
      await shot("quiz-feedback-right-full", true);
      await page.getByRole("button", { name: "Next question" }).click();
      await pickChoice(page, false);
      await page.getByRole("button", { name: "Check answer" }).click();
      await shot("quiz-feedback-wrong");
      await shot("quiz-feedback-wrong-full", true);
      for (let i = 0; i < 3; i++) {
        await page.getByRole("button", { name: "Next question" }).click();
        await pickChoice(page, i !== 1);
        await page.getByRole("button", { name: "Check answer" }).click();
      }
      await page.getByRole("button", { name: "See results" }).click();
      await page.getByRole("heading", { name: /^Your score/ }).waitFor();
      await shot("quiz-results");
      await shot("quiz-results-full", true);
    });

    await step("exam", async () => {
      await page.goto("/quiz/");
      await page.getByRole("radio", { name: /^Exam/ }).check();
      await page.getByLabel(/Time limit/).fill("10");
      await page.getByRole("radio", { name: "5", exact: true }).check();
      await page.getByRole("button", { name: /^Start quiz/ }).click();
      await page.locator('p[id^="prompt-"]').waitFor();
      await shot("exam-question");
      await page.getByRole("button", { name: /Discard this quiz/ }).click();
      await page.getByRole("button", { name: "Discard quiz" }).click();
    });

    await step("progress", async () => {
      await page.goto("/progress/");
      await page.waitForLoadState("networkidle");
      await shot("progress-data");
      await shot("progress-data-full", true);
      // Home for a returning learner: the Today card.
      await page.goto("/");
      await page.locator("[data-today]").waitFor();
      await shot("home-today");
    });

    await step("flashcards", async () => {
      await page.goto("/flashcards/");
      await page.getByRole("button", { name: /^Study now/ }).click();
      await page.getByTestId("flashcard").waitFor();
      await shot("flashcard-front");
      await page.getByRole("button", { name: /^Show answer/ }).click();
      await shot("flashcard-back");
      await page.getByRole("button", { name: /^Good/ }).click();
      await page.getByRole("button", { name: /^End session/ }).click();
      await shot("flashcard-summary");
    });

    await step("student", async () => {
      // Each state in a browser of its own, as each student's device would be.
      const fresh = async () => {
        const c = await browser.newContext(contextOptions);
        return { c, p: await c.newPage() };
      };
      const answerAll = async (p) => {
        for (let i = 0; i < 3; i++) {
          await p.locator('p[id^="prompt-"]').waitFor();
          await p.getByRole("radio").first().check();
          await p.getByRole("button", { name: /^Save and (next|finish)$/ }).click();
        }
      };
      // Taking, and handed in with the inbox's receipt.
      let { c, p } = await fresh();
      await fakeInbox(p);
      await p.goto(`/assignment/#${LINKS.collecting}`);
      await p.getByText(/which keeps them until/).waitFor();
      await p.screenshot({ path: join(OUT, `${tag}-assignment-start.png`) });
      await p.getByLabel(/Your name/).fill("Ana");
      await p.getByRole("button", { name: "Start" }).click();
      await p.locator('p[id^="prompt-"]').waitFor();
      await p.getByRole("radio").first().check();
      await p.screenshot({ path: join(OUT, `${tag}-assignment-taking.png`) });
      // The way out asks first (Keep going is focused), then the student carries on.
      await p.getByRole("button", { name: "Leave this assignment" }).click();
      await p.getByRole("dialog", { name: "Leave this assignment?" }).waitFor();
      await p.screenshot({ path: join(OUT, `${tag}-assignment-leave.png`) });
      await p.keyboard.press("Escape");
      await p.getByRole("button", { name: "Save and next" }).click();
      for (let i = 0; i < 2; i++) {
        await p.locator('p[id^="prompt-"]').waitFor();
        await p.getByRole("radio").first().check();
        await p.getByRole("button", { name: /^Save and (next|finish)$/ }).click();
      }
      await p.getByRole("heading", { name: /^Sent to your teacher/ }).waitFor();
      await p.screenshot({ path: join(OUT, `${tag}-assignment-sent.png`) });
      await p.screenshot({ path: join(OUT, `${tag}-assignment-sent-full.png`), fullPage: true });
      await c.close();
      // Handed in without an inbox: not sent until the student sends it; then the shared device's next student.
      ({ c, p } = await fresh());
      await p.goto(`/assignment/#${LINKS.plain}`);
      await p.getByLabel(/Your name/).fill("Ana");
      await p.getByRole("button", { name: "Start" }).click();
      await answerAll(p);
      await p.getByRole("heading", { name: /^Not handed in yet/ }).waitFor();
      await p.screenshot({ path: join(OUT, `${tag}-assignment-not-sent.png`) });
      await p.screenshot({ path: join(OUT, `${tag}-assignment-not-sent-full.png`), fullPage: true });
      await p.goto("/");
      await p.goto(`/assignment/#${LINKS.plain}`);
      await p.getByRole("button", { name: "New student on this device" }).waitFor();
      // The results handed in on this device (with Ana's, still to send) load after the intro.
      await p.locator("#history-h").waitFor();
      await p.screenshot({ path: join(OUT, `${tag}-assignment-shared-device.png`) });
      await p.getByRole("button", { name: "New student on this device" }).click();
      await p.screenshot({ path: join(OUT, `${tag}-assignment-shared-device-new.png`) });
      // Ben starts and leaves his attempt unfinished; the link opened anew (the next student) says it waits for him.
      await p.getByLabel(/Your name/).fill("Ben");
      await p.getByRole("button", { name: "Start", exact: true }).click();
      await p.locator('p[id^="prompt-"]').waitFor();
      await p.getByRole("radio").first().check();
      await p.getByRole("button", { name: "Save and next" }).click();
      await p.close();
      p = await c.newPage();
      await p.goto(`/assignment/#${LINKS.plain}`);
      await p.getByText(/^Not finished on this device/).waitFor();
      await p.locator("#history-h").waitFor();
      await p.screenshot({ path: join(OUT, `${tag}-assignment-waiting.png`) });
      await c.close();
      // Time up: a one-minute assignment left to run out on an open page.
      ({ c, p } = await fresh());
      await p.clock.install({ time: new Date("2026-12-07T09:00:00Z") });
      await p.goto(`/assignment/#${LINKS.timed}`);
      await p.getByLabel(/Your name/).fill("Ben");
      await p.getByRole("button", { name: "Start" }).click();
      await p.locator('p[id^="prompt-"]').waitFor();
      await p.getByRole("radio").first().check();
      await p.clock.runFor(61_000);
      await p.getByText("Time ran out.").waitFor();
      await p.screenshot({ path: join(OUT, `${tag}-assignment-time-up.png`) });
      await c.close();
      // The front door with a bad paste.
      ({ c, p } = await fresh());
      await p.goto("/assignment/");
      await p.getByLabel("Paste the link or code your teacher sent").fill(LINKS.plain.slice(0, -8));
      await p.getByRole("button", { name: "Open" }).click();
      await p.getByRole("alert").filter({ hasText: "incomplete" }).waitFor();
      await p.screenshot({ path: join(OUT, `${tag}-assignment-front-door-problem.png`) });
      await c.close();
      saved += 12;
    });

    await step("gradebook", async () => {
      const picked = bank.questions.filter((q) => !q.retired && q.type === "single").slice(0, 3);
      await page.goto("/teach/");
      await page.getByLabel("Title").fill("Week 3: cooperation");
      for (const q of picked) await page.getByRole("button", { name: `Add ${q.id}`, exact: true }).click();
      await page.getByRole("button", { name: "Create the link" }).click();
      const link = await page.getByLabel(/Send this link/).inputValue();
      // As a teacher sees it a moment later: the export's buttons and the list of assignments in (their code arrives
      // after the click).
      await page.getByRole("heading", { name: "Export this assignment" }).waitFor();
      await page.getByText("Loading your assignments…").waitFor({ state: "detached" });
      await shot("teach-link");
      for (const [name, rights] of [
        ["Ana", 3],
        ["Ben", 1],
      ]) {
        // Each student in a browser of their own: the assignment page remembers a hand-in per browser, so a second
        // student in the teacher's browser would see the first one's "handed in" screen instead of the name field.
        const studentContext = await browser.newContext(contextOptions);
        const student = await studentContext.newPage();
        await student.goto(link);
        await student.getByLabel(/Your name/).fill(name);
        await student.getByRole("button", { name: "Start" }).click();
        for (const [i, q] of picked.entries()) {
          const answer = i < rights ? q.answer : q.options.find((o) => o.text !== q.answer).text;
          await student.getByRole("radio", { name: answer, exact: true }).check();
          await student.getByRole("button", { name: /^Save and (next|finish)$/ }).click();
        }
        // The link is filled in once the result is stamped (its code loads on finishing): wait for it.
        const field = student.getByLabel("Result link");
        let result = "";
        for (let tries = 0; result === "" && tries < 100; tries++) {
          if (tries) await student.waitForTimeout(100);
          result = await field.inputValue();
        }
        await studentContext.close();
        // The teacher opens the result link and confirms it, as from an e-mail.
        // From another page, so the result link is a full load (not a hash change on an open results page).
        await page.goto("/teach/");
        await page.goto(result);
        await page.getByRole("heading", { name: "Add this result?" }).waitFor();
        await page.getByRole("button", { name: "Add this result" }).click();
        await page.getByRole("heading", { name: "Add this result?" }).waitFor({ state: "detached" });
      }
      await page.goto("/teach/results/");
      await page.getByRole("table").first().waitFor();
      await shot("gradebook");
      await shot("gradebook-full", true);
      // The class list (who has not handed in), the student × question grid, a student's page and the printout.
      await page.getByRole("button", { name: /^Class list/ }).click();
      await page.getByLabel(/Names, one a line/).fill("Ana\nBen\nCy Dorn\nDee");
      await page.getByRole("button", { name: "Save the class list" }).click();
      await page.getByRole("list", { name: "Not handed in" }).scrollIntoViewIfNeeded();
      await shot("gradebook-roster");
      await page.getByRole("button", { name: /Grid of right and wrong answers/ }).click();
      await page.getByRole("region", { name: /^Answers by student/ }).scrollIntoViewIfNeeded();
      await shot("gradebook-grid");
      await page.getByRole("button", { name: "Ben", exact: true }).click();
      await page.getByRole("heading", { name: "Ben's answers" }).waitFor();
      await shot("gradebook-student");
      await shot("gradebook-student-full", true);
      await page.getByRole("button", { name: "Back to the gradebook" }).first().click();
      await page.emulateMedia({ media: "print" });
      await shot("gradebook-print-full", true);
      await page.emulateMedia({ media: null });
      // What the printer gets (Chromium prints only headless, which this is): look at it as images with pdftoppm.
      await page.pdf({ path: join(OUT, `${tag}-gradebook-print.pdf`), printBackground: false });
    });

    await context.close();
  }
}

await browser.close();
stopServer();
console.log(`${saved} screenshots in ${OUT}/`);
if (problems.length) {
  console.log(`Could not take ${problems.length} set(s):\n  ${problems.join("\n  ")}`);
  process.exitCode = 1;
}
