import { describe, expect, it } from "vitest";
import { judgeRoute, median, medians, roundOrder, type PageFigures } from "./bench-budgets.mjs";

const floor: PageFigures = {
  jsKiB: 131.7,
  performance: 96,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs: 1400,
  tbtMs: 230,
  cls: 0,
};

describe("bench budgets beside the floor", () => {
  it("passes a route within every margin of the floor and gives the differences", () => {
    const r = judgeRoute({ ...floor, jsKiB: 146.7, performance: 94, tbtMs: 330, lcpMs: 1500 }, floor);
    expect(r.status).toBe("PASS");
    expect(r.diff).toEqual({ jsKiB: 15, performance: -2, tbtMs: 100, lcpMs: 100 });
  });

  it("fails each budget just past its margin, naming it", () => {
    const r = judgeRoute(
      {
        ...floor,
        jsKiB: 146.8,
        performance: 93,
        tbtMs: 331,
        accessibility: 98,
        bestPractices: 96,
        seo: 92,
        cls: 0.001,
      },
      floor,
    );
    expect(r.status).toBe("FAIL");
    expect(r.fails).toEqual([
      "JS floor +15.1 KiB > +15",
      "Performance 93 < floor 96 - 2",
      "TBT floor +101 ms > +100",
      "Accessibility 98",
      "Best Practices 96",
      "SEO 92",
      "CLS 0.001 > 0",
    ]);
  });

  it("judges the first-load transfer (compressed, through the Debrief server) against the floor's, when measured", () => {
    const withTransfer = { ...floor, transferKiB: 120 };
    const ok = judgeRoute({ ...withTransfer, transferKiB: 135 }, withTransfer);
    expect(ok.status).toBe("PASS");
    expect(ok.diff.transferKiB).toBe(15);
    const over = judgeRoute({ ...withTransfer, transferKiB: 135.1 }, withTransfer);
    expect(over.fails).toEqual(["transfer floor +15.1 KiB > +15"]);
  });

  it("moves with the floor: the same route passes beside a slow floor and fails beside a fast one", () => {
    const route = { ...floor, performance: 85, tbtMs: 600 };
    expect(judgeRoute(route, { ...floor, performance: 86, tbtMs: 550 }).status).toBe("PASS");
    expect(judgeRoute(route, { ...floor, performance: 100, tbtMs: 100 }).status).toBe("FAIL");
  });

  it("takes a measured middle value, field by field", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(
      medians([
        { a: 1, b: 9 },
        { a: 3, b: 7 },
        { a: 2, b: 8 },
      ]),
    ).toEqual({ a: 2, b: 8 });
  });

  it("puts the floor once in every round, at a different place each round", () => {
    const routes = ["/a", "/b", "/c", "/d", "/e", "/f", "/g", "/h"];
    const orders = [0, 1, 2].map((r) => roundOrder(routes, r, 3));
    for (const o of orders) {
      expect(o.filter((x) => x === null)).toHaveLength(1);
      expect(o.filter((x) => x !== null)).toEqual(routes);
    }
    expect(new Set(orders.map((o) => o.indexOf(null))).size).toBe(3);
  });
});
