import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { exportedRoutes, floorFor, judgeSizes, routeJsBytes } from "./route-size.mjs";

const FLOOR = 134_861; // 131.7 KiB

describe("the size guard: first-load JS per route beside the floor", () => {
  it("passes a route exactly at floor + 15 KiB and fails one byte over, naming the route and its bytes", () => {
    const limit = FLOOR + 15 * 1024;
    const r = judgeSizes({ "/quiz/": limit, "/teach/": limit + 1 }, FLOOR);
    expect(r.limit).toBe(limit);
    expect(r.rows.map((x) => [x.route, x.ok, x.leftBytes])).toEqual([
      ["/quiz/", true, 0],
      ["/teach/", false, -1],
    ]);
    expect(r.fails).toHaveLength(1);
    expect(r.fails[0]).toContain("/teach/");
    expect(r.fails[0]).toContain(`${limit + 1} bytes`);
    expect(r.fails[0]).toContain("over the +15 KiB budget by 1 bytes");
  });

  it("passes every route under the budget with no message", () => {
    expect(judgeSizes({ "/": FLOOR + 5000, "/article/": FLOOR }, FLOOR).fails).toEqual([]);
  });

  it("refuses a floor recorded for another Next version and says how to rebuild it", () => {
    expect(floorFor({ next: "16.4.6", bytes: FLOOR }, "16.4.6")).toEqual({ bytes: FLOOR });
    expect(floorFor({ next: "16.4.6", bytes: FLOOR }, "16.5.0").error).toMatch(
      /measured with Next 16\.4\.6, but Next 16\.5\.0 is installed: rebuild the floor with `npm run floor`/,
    );
    expect(floorFor(null, "16.4.6").error).toMatch(/npm run floor/);
  });

  it("measures the gzip of the module scripts a page references, once each, leaving nomodule scripts out", () => {
    const out = mkdtempSync(join(tmpdir(), "route-size-"));
    mkdirSync(join(out, "_next"));
    mkdirSync(join(out, "quiz"));
    const a = "console.log('a');".repeat(50);
    const b = "console.log('b');".repeat(80);
    writeFileSync(join(out, "_next", "a.js"), a);
    writeFileSync(join(out, "_next", "b.js"), b);
    writeFileSync(join(out, "_next", "legacy.js"), "x".repeat(5000));
    const page =
      '<script src="/_next/a.js" async=""></script><script src="/_next/b.js?v=1"></script>' +
      '<script src="/_next/a.js"></script><script src="/_next/legacy.js" noModule=""></script>';
    writeFileSync(join(out, "index.html"), page);
    writeFileSync(join(out, "quiz", "index.html"), page);
    const want = gzipSync(a, { level: 9 }).length + gzipSync(b, { level: 9 }).length;
    expect(routeJsBytes("/", out)).toBe(want);
    expect(exportedRoutes(out)).toEqual(["/", "/quiz/"]);
  });
});
