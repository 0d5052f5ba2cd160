// Scale figures for `npm run bench` (printed as one JSON line, read by scripts/bench-extra.mjs), unthrottled in Node:
// - a gradebook of 1,000 results: decode every code, group and grade (buildGradebook), then the item analysis;
// - the length of a 50-question assignment link.
import { performance } from "node:perf_hooks";
import { decodeResult, type DecodedResult } from "../core/assignment/result/result-code";
import { buildGradebook, itemAnalysis } from "../core/assignment/gradebook/gradebook";
import { readBank } from "./lib/read-bank";
import { seedAssignment, seedResultCodes } from "./lib/bench-seed";

const RESULTS = 1000;
const RUNS = 10;
/** An origin of ordinary length, for the whole link a teacher pastes (the code itself does not depend on it). */
export const LINK_ORIGIN = "https://debrief.example.org";

const bank = readBank();
const assignment = seedAssignment(bank, 20);
const codes = seedResultCodes(bank, assignment, RESULTS);

function gradebookOnce() {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const results = codes.flatMap((c) => {
    const d = decodeResult(c);
    return d.ok ? [d.value] : ([] as DecodedResult[]);
  });
  const t1 = performance.now();
  const groups = buildGradebook(bank, [assignment], results);
  const t2 = performance.now();
  const stats = groups.map((g) => itemAnalysis(bank, g.questionIds, g.rows));
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  if (groups[0]?.rows.length !== RESULTS || stats[0]?.length !== assignment.questionIds.length)
    throw new Error("the seeded gradebook did not come out whole");
  return {
    decodeMs: t1 - t0,
    gradeMs: t2 - t1,
    analysisMs: t3 - t2,
    totalMs: t3 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

// The first run is what a teacher opening the page meets (nothing compiled yet); the median is the steady figure.
// CPU time (this process, all threads) is given beside wall time: on a machine shared with other work, wall time also
// counts the time this process waited for a core, while CPU time counts only the work itself.
const runs = Array.from({ length: RUNS }, gradebookOnce);
const sorted = [...runs].sort((a, b) => a.totalMs - b.totalMs);
const median = sorted[Math.floor(RUNS / 2)]!;
const cpuSorted = runs.map((r) => r.cpuMs).sort((a, b) => a - b);

const fifty = seedAssignment(bank, 50);
const link = `${LINK_ORIGIN}/assignment/#${fifty.code}`;
// With a result inbox on a Debrief server at another address (the server's ids are 16 random bytes, base64url).
const withInbox = seedAssignment(bank, 50, { id: "AbCdEfGhIjKlMnOpQrStUv", url: "https://inbox.example.org" });
const inboxLink = `${LINK_ORIGIN}/assignment/#${withInbox.code}`;
if (!withInbox.inbox) throw new Error("the inbox was not kept in the link");

const round = (x: number) => Number(x.toFixed(1));
console.log(
  JSON.stringify({
    gradebook: {
      results: RESULTS,
      questions: assignment.questionIds.length,
      firstMs: round(runs[0]!.totalMs),
      medianMs: round(median.totalMs),
      maxMs: round(sorted[RUNS - 1]!.totalMs),
      firstCpuMs: round(runs[0]!.cpuMs),
      medianCpuMs: round(cpuSorted[Math.floor(RUNS / 2)]!),
      medianParts: {
        decodeMs: round(median.decodeMs),
        gradeMs: round(median.gradeMs),
        analysisMs: round(median.analysisMs),
      },
    },
    link: {
      questions: fifty.questionIds.length,
      title: fifty.title,
      codeChars: fifty.code.length,
      linkChars: link.length,
      withInboxChars: inboxLink.length,
      origin: LINK_ORIGIN,
    },
  }),
);
