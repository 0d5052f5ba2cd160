// The embedded database's folder lock, without starting servers: live holders refuse, dead ones are taken over.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FolderInUseError, lockDataFolder } from "./data-lock";

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

  it("lets only one of many simultaneous takeovers of a dead lock win", async () => {
    const folder = join(root, "race");
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    writeFileSync(`${folder}.lock`, `${dead.stdout.trim()}\n${hostname()}\n`);
    // In one process all attempts share a pid, so the winner's own lock reads as held by a live process.
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => lockDataFolder(folder)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  });
});
