import { describe, expect, it } from "vitest";
import { sourceMark, sourcePlace } from "./source";

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

describe("sourceMark", () => {
  it("gives the paragraph number, also for a heading, and names the title and byline", () => {
    expect(sourceMark({ paragraph: "p7", quote: "q" })).toBe("¶7");
    expect(sourceMark({ paragraph: "p17", quote: "q", part: "heading" })).toBe("¶17");
    expect(sourceMark({ paragraph: "p1", quote: "q", part: "title" })).toBe("title");
    expect(sourceMark({ paragraph: "p1", quote: "q", part: "byline" })).toBe("byline");
  });
});
