// Starts the Debrief server as its own Node process (as `npm start` does, without the build step), for tests and the bench.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Resolves once the server logs its address; PORT 0 picks a free port. */
export function startServer(env = {}, { timeoutMs = 60_000 } = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DEBRIEF_STATIC_DIR: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  return new Promise((resolve, reject) => {
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
