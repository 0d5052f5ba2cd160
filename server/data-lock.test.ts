// The embedded database's folder lock, without starting servers: live holders refuse, dead ones are taken over.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { FolderInUseError, HEARTBEAT_MS, lockDataFolder, STALE_MS } from "./data-lock";

describe("lockDataFolder", () => {
  const root = mkdtempSync(join(tmpdir(), "debrief-datalock-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("refuses a folder held by a live process, naming the folder and the process", async () => {
    const folder = join(root, "held");
    // This test runner's parent process is alive and is not us.
    writeFileSync(`${folder}.lock`, `${process.ppid}\n${hostname()}\n`);
    const err = await lockDataFolder(folder).catch((e: Error) => e);
    expect(err).toBeInstanceOf(FolderInUseError);
    expect((err as Error).message).toContain(folder);
    expect((err as Error).message).toContain(`process ${process.ppid}`);
  });

  it("takes over the lock of a process that died, and releases its own", async () => {
    const folder = join(root, "stale");
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    writeFileSync(`${folder}.lock`, `${dead.stdout.trim()}\n${hostname()}\n`);
    const lock = await lockDataFolder(folder);
    expect(readFileSync(lock.path, "utf8")).toBe(`${process.pid}\n${hostname()}\n`);
    await expect(lockDataFolder(folder)).rejects.toThrow(/in use by another Debrief server/);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    (await lockDataFolder(folder)).release();
  });

  it("takes over a lock naming this process's own pid that it does not hold (a container's PID 1, restarted)", async () => {
    const folder = join(root, "pid1");
    writeFileSync(`${folder}.lock`, `${process.pid}\n${hostname()}\n`);
    const lock = await lockDataFolder(folder);
    // Held now: a second take in this process is refused.
    await expect(lockDataFolder(folder)).rejects.toThrow(/in use by another Debrief server/);
    lock.release();
  });

  it("takes over a killed holder not yet reaped by its parent (a zombie)", async () => {
    const folder = join(root, "zombie");
    // A child that exits at once under a parent that never reaps it (sh replaced by sleep): a zombie meanwhile.
    const { spawn } = await import("node:child_process");
    const parent = spawn("sh", ["-c", 'sh -c "exit 0" & echo $!; exec sleep 5'], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    try {
      const zombie = await new Promise<string>((r) =>
        parent.stdout.once("data", (d: Buffer) => r(d.toString().trim())),
      );
      await new Promise((r) => setTimeout(r, 200));
      expect(readFileSync(`/proc/${zombie}/stat`, "utf8")).toMatch(/\) Z /);
      writeFileSync(`${folder}.lock`, `${zombie}\n${hostname()}\n`);
      const lock = await lockDataFolder(folder);
      expect(readFileSync(lock.path, "utf8")).toBe(`${process.pid}\n${hostname()}\n`);
      lock.release();
    } finally {
      parent.kill();
    }
  });

  it("waits on another machine's lock while its holder keeps it fresh, and takes it once stale", async () => {
    const folder = join(root, "elsewhere");
    writeFileSync(`${folder}.lock`, `4242\ncontainer-a\n`);
    const err = await lockDataFolder(folder, 300).catch((e: Error) => e);
    expect(err).toBeInstanceOf(FolderInUseError);
    expect((err as Error).message).toContain("process 4242 on the machine container-a");
    // Its holder stopped refreshing it 31 s ago (killed with its container): stale, taken over.
    const old = new Date(Date.now() - STALE_MS - 1_000);
    utimesSync(`${folder}.lock`, old, old);
    const lock = await lockDataFolder(folder, 300);
    expect(readFileSync(lock.path, "utf8")).toBe(`${process.pid}\n${hostname()}\n`);
    lock.release();
  });

  it("keeps its own lock fresh while it holds it", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    try {
      const folder = join(root, "fresh");
      const lock = await lockDataFolder(folder);
      const old = new Date(Date.now() - 60_000);
      utimesSync(lock.path, old, old);
      vi.advanceTimersByTime(HEARTBEAT_MS);
      expect(Date.now() - statSync(lock.path).mtimeMs).toBeLessThan(5_000);
      lock.release();
    } finally {
      vi.useRealTimers();
    }
  });

  it("lets only one of many simultaneous takeovers of a dead lock win", async () => {
    const folder = join(root, "race");
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    writeFileSync(`${folder}.lock`, `${dead.stdout.trim()}\n${hostname()}\n`);
    // In one process all attempts share a pid, so the winner's own lock reads as held by a live process.
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => lockDataFolder(folder)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  });
});
