import { describe, expect, it } from "vitest";
import { sourcePlace } from "./source";

describe("sourcePlace", () => {
  it("names a paragraph, the title, the byline or a heading", () => {
    expect(sourcePlace({ paragraph: "p4", quote: "September 11 clearly" })).toBe("paragraph 4");
    expect(sourcePlace({ paragraph: "p1", quote: "How to cooperate against terrorism?", part: "title" })).toBe(
      "the title",
    );
    expect(sourcePlace({ paragraph: "p1", quote: "Olivier Guitta", part: "byline" })).toBe("the byline");
    expect(sourcePlace({ paragraph: "p17", quote: "Positive cases", part: "heading" })).toBe(
      "the heading before paragraph 17",
    );
  });
});
