import { describe, expect, it } from "vitest";
import { DEFAULT_ASSIGNMENT_SETTINGS } from "../link/settings";
import { isEmptyDraft, parseDraft } from "./draft";

const known = new Set(["q-001", "q-002"]);

describe("parseDraft", () => {
  it("reads back a draft as it was saved", () => {
    const draft = {
      title: "Week 5",
      instructions: "Read ¶3 first",
      ids: ["q-002", "q-001"],
      settings: { ...DEFAULT_ASSIGNMENT_SETTINGS, mode: "practice", timeLimitText: "12", attempts: null, keep: "best" },
    };
    expect(parseDraft(JSON.stringify(draft), known)).toEqual(draft);
  });

  it("drops questions the bank no longer has, and repeats", () => {
    const d = parseDraft(JSON.stringify({ title: "T", ids: ["q-001", "q-999", "q-001", 3] }), known);
    expect(d?.ids).toEqual(["q-001"]);
  });

  it("keeps the good fields of a damaged draft and defaults the rest", () => {
    const d = parseDraft(
      JSON.stringify({
        title: 5,
        instructions: "x",
        ids: "no",
        settings: { mode: "quiz", showKey: false, attempts: -2 },
      }),
      known,
    );
    expect(d).toEqual({
      title: "",
      instructions: "x",
      ids: [],
      settings: { ...DEFAULT_ASSIGNMENT_SETTINGS, showKey: false },
    });
  });

  it("gives null for nothing, for text that is not JSON, and for an empty form", () => {
    expect(parseDraft(null, known)).toBeNull();
    expect(parseDraft("{oops", known)).toBeNull();
    expect(parseDraft("[]", known)).toBeNull();
    expect(
      parseDraft(JSON.stringify({ title: "  ", ids: [], settings: DEFAULT_ASSIGNMENT_SETTINGS }), known),
    ).toBeNull();
  });
});

describe("isEmptyDraft", () => {
  it("is true only when nothing was typed or chosen", () => {
    const empty = { title: "", instructions: "", ids: [], settings: DEFAULT_ASSIGNMENT_SETTINGS };
    expect(isEmptyDraft(empty)).toBe(true);
    expect(isEmptyDraft({ ...empty, ids: ["q-001"] })).toBe(false);
    expect(isEmptyDraft({ ...empty, settings: { ...DEFAULT_ASSIGNMENT_SETTINGS, showScore: false } })).toBe(false);
  });
});
