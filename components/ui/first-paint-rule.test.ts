import { describe, expect, it } from "vitest";
import { firstPaintScript, progressBusy, quizBusy } from "./first-paint-rule";

const store = (items: Record<string, string>) => (key: string) => (key in items ? items[key]! : null);
const BIG = JSON.stringify({ state: { logs: new Array(1000).fill({ id: "x" }) }, version: 1 });

describe("progressBusy: whether /progress can first paint a new visitor's dashboard", () => {
  it("is false with nothing saved, or saved data whose marker says it holds no progress", () => {
    expect(progressBusy(store({}), "")).toBe(false);
    expect(
      progressBusy(
        store({ "debrief:quiz": BIG, "debrief:quiz:mark": "o", "debrief:cards": BIG, "debrief:cards:mark": "" }),
        "",
      ),
    ).toBe(false);
  });

  it("is true when a marker says there is progress, without reading the stores themselves", () => {
    const read = (key: string) => {
      if (!key.endsWith(":mark")) throw new Error(`read ${key}`);
      return key === "debrief:cards:mark" ? "p" : null;
    };
    expect(progressBusy(read, "")).toBe(true);
  });

  it("is true for data saved before markers existed (a store with no marker), or an attempt in the address", () => {
    expect(progressBusy(store({ "debrief:quiz": "{not json" }), "")).toBe(true);
    expect(progressBusy(store({}), "?from=home&attempt=x")).toBe(true);
    expect(progressBusy(store({}), "?attempts=1")).toBe(false);
  });

  it("is true when storage cannot be read", () => {
    expect(
      progressBusy(() => {
        throw new Error("denied");
      }, ""),
    ).toBe(true);
  });
});

describe("quizBusy: whether /quiz can first paint the Quick practice card", () => {
  it("is true for a link, a result or a quiz in progress (marker 'o', or a store with no marker)", () => {
    expect(quizBusy(store({}), "", "")).toBe(false);
    expect(quizBusy(store({ "debrief:quiz": BIG, "debrief:quiz:mark": "p" }), "", "")).toBe(false);
    expect(quizBusy(store({ "debrief:quiz": BIG, "debrief:quiz:mark": "po" }), "", "")).toBe(true);
    expect(quizBusy(store({ "debrief:quiz": BIG }), "", "")).toBe(true);
    expect(quizBusy(store({}), "?q=1", "")).toBe(true);
    expect(quizBusy(store({}), "", "#result=x")).toBe(true);
  });
});

describe("the inline pre-paint scripts apply the same rules", () => {
  const run = (script: string, items: Record<string, string>, search = "", hash = "") => {
    const attrs = new Set<string>();
    const html = { setAttribute: (name: string) => attrs.add(name) };
    const doc = { documentElement: html, createElement: () => ({}), head: { appendChild: () => undefined } };
    new Function("localStorage", "location", "document", script)({ getItem: store(items) }, { search, hash }, doc);
    return attrs;
  };
  const cases: Record<string, string>[] = [
    {},
    { "debrief:quiz": BIG },
    { "debrief:quiz": BIG, "debrief:quiz:mark": "" },
    { "debrief:quiz": BIG, "debrief:quiz:mark": "po" },
    { "debrief:quiz": BIG, "debrief:quiz:mark": "o" },
    { "debrief:cards": BIG, "debrief:cards:mark": "p" },
    { "debrief:cards": BIG, "debrief:cards:mark": "" },
  ];
  it("/progress's script sets its attribute exactly when progressBusy says so", () => {
    for (const items of cases)
      expect(
        run(firstPaintScript("progress", "/data/bank.json"), items).has("data-progress-busy"),
        JSON.stringify(items),
      ).toBe(progressBusy(store(items), ""));
  });
  it("/quiz's script sets its attribute exactly when quizBusy says so", () => {
    for (const items of cases)
      expect(run(firstPaintScript("quiz", ""), items).has("data-quiz-busy"), JSON.stringify(items)).toBe(
        quizBusy(store(items), "", ""),
      );
  });
});
