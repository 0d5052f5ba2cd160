import { describe, expect, it } from "vitest";
import { backLink, itemKind } from "./back-link";

describe("backLink", () => {
  it("goes back to where the learner came from", () => {
    expect(backLink("/assignment/#abc", "q-001")).toEqual({
      href: "/assignment/#abc",
      label: "Back to the assignment",
    });
    expect(backLink("/flashcards/", "c-004")).toEqual({ href: "/flashcards/", label: "Back to your flashcards" });
    expect(backLink("/quiz/#result=a1", "q-001")).toEqual({ href: "/quiz/#result=a1", label: "Back to the quiz" });
    expect(backLink("/progress/", "q-001")).toEqual({ href: "/progress/", label: "Back to your progress" });
  });

  it("without a place to return to, goes to the quiz for a question and to the flashcards for a card", () => {
    expect(backLink(null, "q-010")).toEqual({ href: "/quiz/", label: "Back to the quiz" });
    expect(backLink(null, "c-010")).toEqual({ href: "/flashcards/", label: "Back to your flashcards" });
  });

  it("ignores addresses off this site or to unknown pages", () => {
    for (const from of [
      "//evil.example/quiz",
      "https://evil.example/",
      "javascript:alert(1)",
      "/\\evil",
      "/teach/",
      "/quizzes",
    ])
      expect(backLink(from, "q-001").href).toBe("/quiz/");
  });

  it("names the item", () => {
    expect(itemKind("c-001")).toBe("flashcard");
    expect(itemKind("q-001")).toBe("question");
  });
});
