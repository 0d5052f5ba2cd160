import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addResultCodes, combineResults, gradebookFullMessage, removeResultCode } from "./results";
import { MAX_RESULTS } from "../saved/saved";

const NOW = Date.UTC(2026, 0, 15, 12);
const book = (codes: string[], removed: string[] = []) => ({
  results: codes.map((code, i) => ({ code, receivedAt: NOW - i })),
  removed,
});

describe("the gradebook's rules for result codes", () => {
  it("adds each new code once, keeps the old ones, and brings back a removed code added again", () => {
    const out = addResultCodes(book(["A"], ["B", "Z"]), ["A", "B", "C", "C"], NOW);
    expect(out.results.map((r) => r.code)).toEqual(["A", "B", "C"]);
    expect(out.removed).toEqual(["Z"]);
    expect(out).toMatchObject({ added: 2, refused: 0 });
    // An inbox fetching everything again leaves out what the teacher removed.
    const again = addResultCodes(book(["A"], ["B"]), ["A", "B", "C"], NOW, { keepRemoved: true });
    expect(again.results.map((r) => r.code)).toEqual(["A", "C"]);
    expect(again.removed).toEqual(["B"]);
  });

  it("never drops a held result to make room: past the cap, new ones are refused and counted", () => {
    const full = book(["A", "B", "C"]);
    const out = addResultCodes(full, ["D", "E", "A"], NOW, { max: 4 });
    expect(out.results.map((r) => r.code)).toEqual(["A", "B", "C", "D"]);
    expect(out).toMatchObject({ added: 1, refused: 1 });
    expect(gradebookFullMessage(1, 4)).toMatch(/full \(4 results\): 1 more result was not added/);
  });

  it("holds ten full inboxes at the server's default cap (1,000 each)", () => {
    expect(MAX_RESULTS).toBeGreaterThanOrEqual(10 * 1000);
    const codes = Array.from({ length: 2500 }, (_, i) => `R${i}`);
    expect(addResultCodes(book([]), codes, NOW).added).toBe(2500);
  });

  it("removes a code and keeps it removed when another tab's copy still has it", () => {
    const mine = removeResultCode(book(["A", "B"]), "A");
    expect(mine.results.map((r) => r.code)).toEqual(["B"]);
    expect(combineResults(book(["A", "B", "C"]), mine).results.map((r) => r.code)).toEqual(["B", "C"]);
  });

  it("merges two tabs' results without losing or doubling any (property)", () => {
    const codes = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 30 });
    fc.assert(
      fc.property(codes, codes, (a, b) => {
        const merged = combineResults(book(a), book(b)).results.map((r) => r.code);
        expect(new Set(merged)).toEqual(new Set([...a, ...b]));
        expect(merged).toHaveLength(new Set(merged).size);
      }),
    );
  });
});
