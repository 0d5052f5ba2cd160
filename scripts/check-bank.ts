// Prints every problem in the bank, one per line, and exits 1 if there is any.
import { bankCounts, checkBank } from "../core/bank/checks";
import { checkPublished, readBank } from "./lib/read-bank";

const bank = readBank(process.argv[2]);
const problems = [...checkBank(bank), ...checkPublished(bank, process.argv[2])];
for (const p of problems) console.log(`${p.id}: ${p.problem}`);
if (problems.every((p) => !p.problem.startsWith("schema:"))) {
  const c = bankCounts(bank);
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
  console.log(`${c.questions} active questions by level: ${list(c.questionsByLevel)}`);
  console.log(`by type: ${list(c.questionsByType)}`);
  console.log(`${c.flashcards} active flashcards by level: ${list(c.flashcardsByLevel)}`);
}
console.log(problems.length === 0 ? "bank OK" : `${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
