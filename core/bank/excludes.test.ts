import { describe, expect, it, vi } from "vitest";
import { compatibleSet } from "./excludes";

describe("compatibleSet", () => {
  it("keeps the questions with the fewest conflicts first, then by id, without locale collation", () => {
    const pool = [
      { id: "q-010", excludes: ["q-002"] },
      { id: "q-002", excludes: ["q-010", "q-003"] },
      { id: "q-003" },
      { id: "q-001" },
    ];
    // String#localeCompare builds an ICU collator on first use (5-25 ms of main thread on /quiz's first paint).
    const collate = vi.spyOn(String.prototype, "localeCompare");
    try {
      expect(compatibleSet(pool).map((q) => q.id)).toEqual(["q-001", "q-003", "q-010"]);
      expect(collate).not.toHaveBeenCalled();
    } finally {
      collate.mockRestore();
    }
  });
});
