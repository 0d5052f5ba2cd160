import { describe, expect, it } from "vitest";
import { parseRoster, rosterStatus, ROSTER_LIMITS } from "./roster";

describe("parseRoster", () => {
  it("takes one name a line, trimmed, each once whatever its case, blank lines skipped", () => {
    expect(parseRoster("Ana\n  ben  \r\n\nCy   Dorn\nana\nBEN")).toEqual(["Ana", "ben", "Cy Dorn"]);
  });

  it("reads a pasted spreadsheet row (tabs) as names too", () => {
    expect(parseRoster("Ana\tBen")).toEqual(["Ana", "Ben"]);
  });

  it("keeps at most the limit of names, each cut to the longest name", () => {
    const many = Array.from({ length: ROSTER_LIMITS.names + 20 }, (_, i) => `Student ${i}`).join("\n");
    expect(parseRoster(many)).toHaveLength(ROSTER_LIMITS.names);
    expect(parseRoster("x".repeat(300))[0]).toHaveLength(ROSTER_LIMITS.nameLength);
  });
});

describe("rosterStatus", () => {
  const rows = [
    { key: "r1", name: "ANA " },
    { key: "r2", name: "Zed" },
    { key: "r3", name: "" },
  ];

  it("lists who has not handed in, in the list's order, matching trimmed and ignoring case", () => {
    expect(rosterStatus(["Cy", "Ana", "ben"], rows).missing).toEqual(["Cy", "ben"]);
  });

  it("marks the results whose name is not on the list (a blank name included)", () => {
    expect([...rosterStatus(["Ana"], rows).notOnList]).toEqual(["r2", "r3"]);
  });

  it("with no results, everyone is missing", () => {
    expect(rosterStatus(["Ana", "Ben"], []).missing).toEqual(["Ana", "Ben"]);
  });
});
