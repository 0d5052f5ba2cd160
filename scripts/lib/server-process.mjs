// Starts the Debrief server as its own Node process (as `npm start` does, without the build step), for tests and the bench.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Resolves once the server logs its address; PORT 0 picks a free port. From the sources through tsx (tests run before
 * the build), or `compiled`: server-dist/main.mjs, the process `npm start` runs.
 */
export function startServer(env = {}, { compiled = false, timeoutMs = 120_000 } = {}) {
  const started = performance.now();
  const entry = compiled ? ["server-dist/main.mjs"] : ["--import", "tsx", "server/main.ts"];
  const child = spawn(process.execPath, entry, {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DEBRIEF_STATIC_DIR: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  return new Promise((resolve, reject) => {
    // Generous: the first start on a new embedded folder takes tens of seconds on a busy 2-core machine.
    const timer = setTimeout(
      () => fail(new Error(`The server did not start in ${timeoutMs / 1000} s:\n${log}`)),
      timeoutMs,
    );
    function fail(err) {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(err);
    }
    child.stderr.on("data", (d) => (log += d));
    child.stdout.on("data", (d) => {
      log += d;
      const m = /on http:\/\/([^\s]+):(\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: `http://127.0.0.1:${m[2]}`,
          /** From spawning the process to its first log line (database open, migrations applied, listening). */
          startMs: Math.round(performance.now() - started),
          pid: child.pid,
          process: child,
          log: () => log,
          /** SIGTERM (a clean stop) or SIGKILL; resolves when the process has exited. */
          stop(signal = "SIGTERM") {
            if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
            return new Promise((done) => {
              child.once("exit", () => done());
              child.kill(signal);
            });
          },
        });
      }
    });
    child.once("exit", (code) => fail(new Error(`The server exited (${code}) before it started:\n${log}`)));
  });
}
