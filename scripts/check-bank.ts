// Prints every problem in the bank, one per line, and exits 1 if there is any.
import { checkBank } from "../core/bank/checks";
import { checkPublished, readBank } from "./lib/read-bank";

const bank = readBank(process.argv[2]);
const problems = [...checkBank(bank), ...checkPublished(bank, process.argv[2])];
for (const p of problems) console.log(`${p.id}: ${p.problem}`);
console.log(problems.length === 0 ? "bank OK" : `${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
