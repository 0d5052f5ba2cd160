import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { readMoodle } from "../test-fixtures/export-read-back";
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

describe("bank:export --format", () => {
  const run = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/bank-export.ts", ...args], { encoding: "utf8" });

  it("prints a text format that its reader parses back, question for question", () => {
    const out = run("--format", "moodle");
    expect(out.status).toBe(0);
    const live = readBank().questions.filter((q) => !q.retired);
    expect(
      readMoodle(out.stdout)
        .questions.map((q) => q.id)
        .sort(),
    ).toEqual(live.map((q) => q.id).sort());
  }, 20_000);

  it("writes binary formats only to a file, and an .apkg Anki deck that opens as SQLite", async () => {
    const refused = run("--format", "qti");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("give --out FILE");
    expect(refused.stdout).toBe("");
    const dir = mkdtempSync(join(tmpdir(), "bank-export-"));
    const apkg = join(dir, "deck.apkg");
    expect(run("--format", "anki", "--out", apkg).status).toBe(0);
    const SQL = await initSqlJs();
    const db = new SQL.Database(unzipSync(readFileSync(apkg))["collection.anki2"]);
    const live = readBank().flashcards.filter((c) => !c.retired);
    expect(db.exec("SELECT count(*) FROM notes")[0]!.values[0]![0]).toBe(live.length);
    db.close();
  }, 20_000);

  it("refuses an unknown format and names the known ones", () => {
    const out = run("--format", "docx");
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("json, moodle, gift, qti, anki, quizlet");
  }, 20_000);
});
