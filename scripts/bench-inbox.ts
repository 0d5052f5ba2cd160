// `npm run bench:inbox`: load on the result inbox over loopback, for the embedded database and for PostgreSQL.
// 30 classes of 30 students handing in within 10 s; then 5,000 submissions as fast as the server takes them; then a
// SIGKILL in the middle of a burst and a restart. Checks rows stored against submissions acknowledged. Bounded: it
// stops by itself (and kills what it started) after 10 minutes at most.
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPostgres } from "./lib/postgres.mjs";
import { startServer, type ServerProcess } from "./lib/server-process.mjs";
import { resultCode } from "../server/test-helpers";

const CLASSES = 30;
const STUDENTS = 30;
const WINDOW_MS = 10_000;
const BURST = 5_000;
const CONCURRENCY = 32;
const KILL_BURST = 3_000;

const hardStop = setTimeout(() => {
  console.error("bench:inbox took more than 10 minutes: stopping.");
  process.exit(2);
}, 600_000);

const SERVER_ENV = {
  RATE_LIMIT_CREATE: "0",
  RATE_LIMIT_SUBMIT: "0",
  RATE_LIMIT_READ: "0",
  MAX_RESULTS_PER_INBOX: "100000",
};

type Inbox = { id: string; key: string; assignmentId: string };
type Sent = { code: string; inbox: Inbox; status: number; ms: number };

function rssKiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds the process has used (user + system), from /proc; 0 where /proc is missing. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function watchMemory(pid: number) {
  let peak = rssKiB(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssKiB(pid))), 100);
  return () => {
    clearInterval(timer);
    return Math.round(Math.max(peak, rssKiB(pid)) / 1024);
  };
}

async function createInbox(base: string, assignmentId: string): Promise<Inbox> {
  const res = await fetch(`${base}/api/v1/inboxes`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ assignmentId }),
  });
  if (res.status !== 201) throw new Error(`create inbox: HTTP ${res.status}`);
  const body = (await res.json()) as { id: string; key: string };
  return { ...body, assignmentId };
}

async function submit(base: string, inbox: Inbox, code: string): Promise<Sent> {
  const t = performance.now();
  try {
    const res = await fetch(`${base}/api/v1/inboxes/${inbox.id}/results`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ code }),
    });
    await res.arrayBuffer();
    return { code, inbox, status: res.status, ms: performance.now() - t };
  } catch {
    // No answer (the server was killed, or refused the connection): status 0, never counted as stored.
    return { code, inbox, status: 0, ms: performance.now() - t };
  }
}

async function storedCodes(base: string, inbox: Inbox): Promise<string[]> {
  const codes: string[] = [];
  let after = 0;
  for (;;) {
    const res = await fetch(`${base}/api/v1/inboxes/${inbox.id}/results?after=${after}`, {
      headers: { Authorization: `Bearer ${inbox.key}` },
    });
    const body = (await res.json()) as { results: { code: string }[]; next: number };
    codes.push(...body.results.map((r) => r.code));
    if (body.results.length === 0) return codes;
    after = body.next;
  }
}

/** Rows stored against 2xx answers: lost = acknowledged but not stored; duplicated = a code stored twice. */
async function reconcile(base: string, inboxes: Inbox[], sent: Sent[]) {
  const acked = new Set(sent.filter((s) => s.status >= 200 && s.status < 300).map((s) => s.code));
  const stored: string[] = [];
  for (const i of inboxes) stored.push(...(await storedCodes(base, i)));
  const storedSet = new Set(stored);
  return {
    acknowledged: acked.size,
    stored: stored.length,
    lost: [...acked].filter((c) => !storedSet.has(c)).length,
    duplicated: stored.length - storedSet.size,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return +sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
}

function summary(sent: Sent[], elapsedMs: number) {
  const ms = sent.map((s) => s.ms).sort((a, b) => a - b);
  return {
    submissions: sent.length,
    errors: sent.filter((s) => s.status < 200 || s.status >= 300).length,
    perSecond: Math.round((sent.length / elapsedMs) * 1000),
    p50ms: percentile(ms, 50),
    p99ms: percentile(ms, 99),
    seconds: +(elapsedMs / 1000).toFixed(2),
  };
}

/** Runs `jobs` with at most `limit` in flight. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number, onEach?: (r: T) => void): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < jobs.length) {
        const r = await jobs[next++]!();
        out.push(r);
        onEach?.(r);
      }
    }),
  );
  return out;
}

async function benchEngine(name: string, env: Record<string, string>) {
  console.log(`\n== ${name}`);
  // The production process: compiled JavaScript, as `npm start` runs it.
  let server: ServerProcess = await startServer({ ...SERVER_ENV, ...env }, { compiled: true });
  try {
    const startMs = server.startMs;
    await new Promise((r) => setTimeout(r, 1000));
    const idleRssMiB = Math.round(rssKiB(server.pid) / 1024);
    console.log(`started in ${startMs} ms; idle RSS ${idleRssMiB} MiB`);
    const memory = watchMemory(server.pid);
    const base = server.url;

    // 1. 30 classes x 30 students, each handing in once at a random moment of the same 10 s.
    const classes = await Promise.all(
      Array.from({ length: CLASSES }, (_, c) => createInbox(base, `cls${String(c).padStart(5, "0")}`)),
    );
    const t0 = performance.now();
    const classSent = await Promise.all(
      classes.flatMap((inbox, c) =>
        Array.from({ length: STUDENTS }, (_, s) => {
          const at = ((c * STUDENTS + s) * 7919) % WINDOW_MS; // spread evenly, deterministic
          return new Promise<Sent>((resolve) =>
            setTimeout(() => resolve(submit(base, inbox, resultCode(inbox.assignmentId, `Student ${s + 1}`))), at),
          );
        }),
      ),
    );
    const classes1 = { ...summary(classSent, performance.now() - t0), ...(await reconcile(base, classes, classSent)) };
    console.log("30 classes x 30 students in 10 s:", classes1);

    // 2. 5,000 submissions as fast as the server takes them (32 in flight), over 5 inboxes, with 500 repeats mixed in.
    const bursts = await Promise.all(Array.from({ length: 5 }, (_, i) => createInbox(base, `burst${i}`)));
    const jobs = Array.from({ length: BURST }, (_, i) => {
      const inbox = bursts[i % bursts.length]!;
      const n = i % 10 === 9 ? i - 5 : i; // every tenth repeats an earlier code of the same inbox
      return () => submit(base, inbox, resultCode(inbox.assignmentId, `Burst ${n}`, n));
    });
    const t1 = performance.now();
    const cpu1 = cpuSeconds(server.pid);
    const burstSent = await pool(jobs, CONCURRENCY);
    // CPU per submission does not depend on what else the machine runs, unlike throughput and latency.
    const serverCpuMsEach = +(((cpuSeconds(server.pid) - cpu1) * 1000) / BURST).toFixed(2);
    const burst = {
      ...summary(burstSent, performance.now() - t1),
      serverCpuMsEach,
      ...(await reconcile(base, bursts, burstSent)),
    };
    console.log("5,000 as fast as possible:", burst);
    const peakRssMiB = memory();
    console.log("server peak RSS:", peakRssMiB, "MiB");

    // 3. SIGKILL in the middle of a burst, restart on the same data: every 2xx must be stored.
    const victim = await createInbox(base, "killed");
    const killSent: Sent[] = [];
    let killedAfter = 0;
    const killJobs = Array.from(
      { length: KILL_BURST },
      (_, i) => () => submit(server.url, victim, resultCode(victim.assignmentId, `Kill ${i}`, i)),
    );
    const killing = pool(killJobs, CONCURRENCY, (r) => {
      killSent.push(r);
      if (killSent.length === 1000 && killedAfter === 0) {
        killedAfter = killSent.filter((s) => s.status >= 200 && s.status < 300).length;
        void server.stop("SIGKILL");
      }
    });
    await killing;
    server = await startServer({ ...SERVER_ENV, ...env }, { compiled: true });
    const kill = {
      acknowledgedBeforeKill: killedAfter,
      ...(await reconcile(server.url, [victim], killSent)),
      failedDuringKill: killSent.filter((s) => s.status === 0).length,
    };
    console.log("SIGKILL mid-burst, restarted:", kill);
    return { startMs, idleRssMiB, classes: classes1, burst, peakRssMiB, kill };
  } finally {
    await server.stop();
  }
}

async function main() {
  execFileSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
  const work = mkdtempSync(join(tmpdir(), "debrief-bench-inbox-"));
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (await import("node:os")).cpus().length,
    loadAverageAtStart: (await import("node:os")).loadavg()[0],
  };
  try {
    results.embedded = await benchEngine("embedded database (PGlite)", { DEBRIEF_DATA_DIR: join(work, "inbox") });
    const pg = await startPostgres();
    try {
      results.postgresql = await benchEngine("PostgreSQL 15 server", { DATABASE_URL: pg.url });
    } finally {
      pg.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  mkdirSync("reports", { recursive: true });
  writeFileSync("reports/bench-inbox.json", JSON.stringify(results, null, 2));
  console.log("\nWrote reports/bench-inbox.json");
  const bad = ["embedded", "postgresql"].some((e) => {
    const r = results[e] as {
      classes: { lost: number; duplicated: number };
      burst: { lost: number; duplicated: number };
      kill: { lost: number; duplicated: number };
    };
    return [r.classes, r.burst, r.kill].some((x) => x.lost > 0 || x.duplicated > 0);
  });
  clearTimeout(hardStop);
  process.exit(bad ? 1 : 0);
}

void main();
