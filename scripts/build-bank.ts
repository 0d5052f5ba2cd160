// Validates the question bank and writes it to public/data/ for the app to fetch; a bad bank fails the build.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkBank } from "../core/bank/checks";
import { checkPublished, readBank } from "./lib/read-bank";

const bank = readBank();
// A published question's option lists only grow at the end: old results carry positions (core/bank/published.ts).
const problems = [...checkBank(bank), ...checkPublished(bank, undefined, true)];
if (problems.length > 0 && process.env.DEBRIEF_ALLOW_INCOMPLETE_BANK !== "1") {
  for (const p of problems) console.error(`${p.id}: ${p.problem}`);
  console.error(`The question bank has ${problems.length} problem(s); fix them before building.`);
  process.exit(1);
}
const out = join(import.meta.dirname, "..", "public", "data");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "bank.json"), JSON.stringify(bank));
console.log(`bank ${bank.version}: ${bank.questions.length} questions, ${bank.flashcards.length} flashcards`);
