import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { readBank } from "./lib/read-bank";

describe("bank:export", () => {
  it("prints only valid JSON of the documented shape", () => {
    const out = execFileSync("npx", ["tsx", "scripts/bank-export.ts"], { encoding: "utf8" });
    const json = JSON.parse(out);
    const bank = readBank();
    expect(Object.keys(json)).toEqual(["version", "article", "questions", "flashcards"]);
    expect(json.version).toBe(bank.version);
    expect(Object.keys(json.article)).toEqual(["slug", "title", "author", "paragraphs"]);
    expect(json.article.paragraphs).toHaveLength(26);
    expect(json.questions).toHaveLength(bank.questions.length);
    expect(json.flashcards).toHaveLength(bank.flashcards.length);
    const match = json.questions.find((q: { type: string }) => q.type === "match");
    expect(match.answer[0]).toEqual({ left: expect.any(String), right: expect.any(String) });
    const single = json.questions.find((q: { type: string }) => q.type === "single");
    expect(single.options).toContain(single.answer);
  }, 20_000);
});
