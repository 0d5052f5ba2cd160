// One process per embedded database folder. PGlite takes no lock of its own (electric-sql/pglite#1106), and two
// processes on one folder both acknowledge results that one of them then loses. An exclusive pid file beside the
// folder (`<folder>.lock`, created with O_EXCL): a live holder makes a second process refuse to start; a dead
// holder's file (after a crash or SIGKILL) is taken over. Hand-written rather than proper-lockfile: that library's
// lock is a directory refreshed by a timer and cannot say which process holds it, which the refusal must name.
//
// Restarts must never be locked out: a container's server is PID 1 on every start, so a lock naming this process's
// own pid is an earlier run's (unless this process holds it); a killed process that is not yet reaped (a zombie) is
// dead; and a lock written on another machine name (a new container gets a new one; or a folder shared over the
// network) cannot be checked by pid, so its holder refreshes the file's time every 10 s and a lock untouched for 30 s
// is stale. Another machine's fresh lock is waited on for up to 35 s before refusing, so a restart finds it stale.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from "node:fs";
import { hostname } from "node:os";

export type DataLock = { path: string; release(): void };

export class FolderInUseError extends Error {
  constructor(folder: string, holder: string) {
    super(
      `The embedded database in ${folder} is in use by another Debrief server (${holder}). Stop that server ` +
        `first, or set DEBRIEF_DATA_DIR to another folder. (Only if no such server runs, delete ${folder}.lock.)`,
    );
    this.name = "FolderInUseError";
  }
}

type Holder = { pid: number; host: string };

function readHolder(path: string): Holder | null {
  try {
    const [pid, host] = readFileSync(path, "utf8").split("\n");
    const n = Number(pid);
    return Number.isInteger(n) && n > 0 ? { pid: n, host: host ?? "" } : null;
  } catch {
    return null;
  }
}

/** How often the holder refreshes its lock's time, and how old a lock from another machine must be to be stale. */
export const HEARTBEAT_MS = 10_000;
export const STALE_MS = 30_000;

/** Locks this process holds: a lock naming our own pid is ours only if it is here. */
const heldHere = new Set<string>();

/** True for a zombie (killed, not yet reaped by its parent): Linux's /proc/<pid>/stat has state Z. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat
      .slice(stat.lastIndexOf(")") + 1)
      .trim()
      .startsWith("Z");
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

function removeQuietly(path: string) {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Takes the folder's lock or throws FolderInUseError naming the process that holds it. `waitMs`: how long to wait
 * for another machine's lock to go stale (tests shorten it).
 */
export async function lockDataFolder(folder: string, waitMs = STALE_MS + 5_000): Promise<DataLock> {
  const path = `${folder}.lock`;
  const guard = `${path}.takeover`;
  const me: Holder = { pid: process.pid, host: hostname() };
  const waitUntil = Date.now() + waitMs;
  for (let attempt = 0; attempt < 50;) {
    try {
      const fd = openSync(path, "wx", 0o644);
      try {
        writeSync(fd, `${me.pid}\n${me.host}\n`);
      } finally {
        closeSync(fd);
      }
      heldHere.add(path);
      const heartbeat = setInterval(() => {
        try {
          const now = new Date();
          utimesSync(path, now, now);
        } catch {
          // Removed from under us: nothing to refresh.
        }
      }, HEARTBEAT_MS);
      heartbeat.unref();
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        clearInterval(heartbeat);
        heldHere.delete(path);
        process.off("exit", release);
        const holder = readHolder(path);
        if (holder?.pid === me.pid && holder.host === me.host) removeQuietly(path);
      };
      process.on("exit", release);
      return { path, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const holder = readHolder(path);
    if (holder && holder.host !== me.host && ageMs(path) < STALE_MS) {
      if (Date.now() >= waitUntil)
        throw new FolderInUseError(folder, `process ${holder.pid} on the machine ${holder.host}`);
      await sleep(Math.min(1_000, Math.max(10, waitUntil - Date.now())));
      continue;
    }
    attempt++;
    const ours = holder?.pid === me.pid;
    if (holder && holder.host === me.host && (ours ? heldHere.has(path) : isAlive(holder.pid)))
      throw new FolderInUseError(folder, `process ${holder.pid}`);
    // An empty file is a lock being written right now, unless it has stayed empty for a while.
    if (!holder && ageMs(path) < 2_000) {
      await sleep(50);
      continue;
    }
    // A dead holder: remove its file under a second exclusive file, so two processes restarting together cannot
    // both remove a lock and then both think they created the new one.
    try {
      closeSync(openSync(guard, "wx"));
    } catch {
      if (ageMs(guard) > 10_000) removeQuietly(guard);
      await sleep(50);
      continue;
    }
    try {
      const again = readHolder(path);
      if (again?.pid === holder?.pid) removeQuietly(path);
    } finally {
      removeQuietly(guard);
    }
  }
  throw new Error(`Could not lock ${path}: it keeps changing. Is another Debrief server starting on ${folder}?`);
}
