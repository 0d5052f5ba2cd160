// Starts a throwaway PostgreSQL server for tests and the inbox bench: initdb into a temporary folder, pg_ctl on a free
// port, stopped and deleted after. As root (CI), initdb and pg_ctl run as the `postgres` user, which initdb requires.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The folder of Debrief's PostgreSQL server binaries, or null when PostgreSQL is not installed. */
export function findPostgresBin() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, "pg_ctl"))) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0], "bin") : null;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const s = createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

async function freePort(from, to) {
  for (let p = from; p <= to; p++) if (await portIsFree(p)) return p;
  throw new Error(`No free port for PostgreSQL between ${from} and ${to}.`);
}

/** Starts PostgreSQL; resolves to its URL and a stop function that also deletes its data. */
export async function startPostgres({ portFrom = 5451, portTo = 5499 } = {}) {
  const bin = findPostgresBin();
  if (!bin)
    throw new Error("PostgreSQL is not installed (apt-get install -y postgresql), so the PostgreSQL tests cannot run.");
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "debrief-pg-"));
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd, args) =>
    execFileSync(
      asRoot ? "runuser" : join(bin, cmd),
      asRoot ? ["-u", "postgres", "--", join(bin, cmd), ...args] : args,
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
  const data = join(dir, "data");
  run("initdb", ["-A", "trust", "-U", "app", "-D", data, "--no-sync", "-E", "UTF8", "--locale=C"]);
  const port = await freePort(portFrom, portTo);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  run("pg_ctl", ["-D", data, "-o", opts, "-l", join(dir, "log"), "-w", "-t", "30", "start"]);
  let stopped = false;
  return {
    url: `postgres://app@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
