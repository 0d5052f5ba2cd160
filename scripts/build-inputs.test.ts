import { execSync } from "node:child_process";
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_INPUTS, SERVER_INPUTS, buildPlan, staleInputs, staleServerInputs } from "./lib/build-inputs.mjs";

describe("what npm start watches before serving out/", () => {
  it("covers every tracked top-level folder and config file that feeds the build", () => {
    const tracked = execSync("git ls-files", { encoding: "utf8" }).split("\n").filter(Boolean);
    const tops = new Set(tracked.map((f) => f.split("/")[0]!));
    // Not inputs of the static export: tests, docs, tooling for tests and lint, the bench's own records.
    const notInputs = [
      "e2e",
      "docs",
      "bench",
      "README.md",
      "eslint.config.mjs",
      "playwright.config.ts",
      "vitest.config.mts",
      "next-env.d.ts",
      ".gitignore",
      ".prettierignore",
      ".prettierrc.json",
      ".ci",
      "test-fixtures",
    ];
    const inputs = [...BUILD_INPUTS, ...SERVER_INPUTS];
    const uncovered = [...tops].filter((t) => !inputs.includes(t) && !notInputs.includes(t));
    expect(uncovered).toEqual([]);
  });

  it("names a changed lib/ or config file as stale, and ignores the data the build writes itself", () => {
    const root = mkdtempSync(join(tmpdir(), "debrief-inputs-"));
    const old = new Date("2026-01-01T00:00:00Z");
    for (const dir of ["lib", join("public", "data")]) mkdirSync(join(root, dir), { recursive: true });
    for (const f of [join("lib", "storage.ts"), "next.config.js", join("public", "data", "bank.json")]) {
      writeFileSync(join(root, f), "x");
      utimesSync(join(root, f), old, old);
    }
    const builtAt = Date.parse("2026-02-01T00:00:00Z");
    expect(staleInputs(builtAt, root)).toEqual([]);
    const later = new Date("2026-03-01T00:00:00Z");
    utimesSync(join(root, "public", "data", "bank.json"), later, later);
    expect(staleInputs(builtAt, root)).toEqual([]);
    utimesSync(join(root, "lib", "storage.ts"), later, later);
    utimesSync(join(root, "next.config.js"), later, later);
    expect(staleInputs(builtAt, root)).toEqual(["lib", "next.config.js"]);
  });

  it("names a changed server or core file as stale for the compiled server, and nothing when it is newer", () => {
    const root = mkdtempSync(join(tmpdir(), "debrief-server-inputs-"));
    const old = new Date("2026-01-01T00:00:00Z");
    for (const dir of ["server", "core", "app"]) mkdirSync(join(root, dir), { recursive: true });
    for (const f of [join("server", "app.ts"), join("core", "bytes.ts"), join("app", "page.tsx")]) {
      writeFileSync(join(root, f), "x");
      utimesSync(join(root, f), old, old);
    }
    const builtAt = Date.parse("2026-02-01T00:00:00Z");
    expect(staleServerInputs(0, root)).toEqual(SERVER_INPUTS);
    expect(staleServerInputs(builtAt, root)).toEqual([]);
    const later = new Date("2026-03-01T00:00:00Z");
    // A page is not part of the server.
    utimesSync(join(root, "app", "page.tsx"), later, later);
    expect(staleServerInputs(builtAt, root)).toEqual([]);
    utimesSync(join(root, "server", "app.ts"), later, later);
    utimesSync(join(root, "core", "bytes.ts"), later, later);
    expect(staleServerInputs(builtAt, root)).toEqual(["server", "core"]);
  });
});

describe("what npm start does before serving", () => {
  const root = mkdtempSync(join(tmpdir(), "debrief-plan-"));
  mkdirSync(join(root, "server"));
  mkdirSync(join(root, "app"));
  writeFileSync(join(root, "server", "app.ts"), "x");
  writeFileSync(join(root, "app", "page.tsx"), "x");
  const t = (iso: string) => new Date(iso);
  utimesSync(join(root, "server", "app.ts"), t("2026-01-01"), t("2026-01-01"));
  utimesSync(join(root, "app", "page.tsx"), t("2026-01-01"), t("2026-01-01"));
  const feb = Date.parse("2026-02-01");

  it("builds everything, compiles the server alone, or does nothing", () => {
    expect(buildPlan({ builtAt: 0, serverBuiltAt: 0, canBuild: true, root }).action).toBe("build");
    expect(buildPlan({ builtAt: feb, serverBuiltAt: feb, canBuild: true, root }).action).toBe("none");
    utimesSync(join(root, "server", "app.ts"), t("2026-03-01"), t("2026-03-01"));
    expect(buildPlan({ builtAt: feb, serverBuiltAt: feb, canBuild: true, root })).toMatchObject({
      action: "server",
      message: expect.stringContaining("server"),
    });
    expect(buildPlan({ builtAt: feb, serverBuiltAt: 0, canBuild: true, root }).action).toBe("server");
  });

  it("serves the existing build when only production packages are installed (npm ci --omit=dev), saying why", () => {
    utimesSync(join(root, "app", "page.tsx"), t("2026-03-01"), t("2026-03-01"));
    const plan = buildPlan({ builtAt: feb, serverBuiltAt: feb, canBuild: false, root });
    expect(plan.action).toBe("none");
    expect(plan.message).toMatch(/app.*build tools.*not installed.*existing build/);
    const nothing = buildPlan({ builtAt: 0, serverBuiltAt: 0, canBuild: false, root });
    expect(nothing.action).toBe("fail");
    expect(nothing.message).toMatch(/npm ci && npm run build/);
  });
});
