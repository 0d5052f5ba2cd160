import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { readMoodle } from "../test-fixtures/export-read-back";
import { DEFAULT_ARTICLE, QUESTIONS_DIR, readBank } from "./lib/read-bank";

/** Every key path in a JSON value ("questions[].options[].feedback"), arrays flattened. */
function keyPaths(value: unknown, prefix = ""): Set<string> {
  const paths = new Set<string>();
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) v.forEach((item) => walk(item, `${at}[]`));
    else if (v && typeof v === "object")
      for (const [k, child] of Object.entries(v)) {
        const path = at ? `${at}.${k}` : k;
        paths.add(path);
        walk(child, path);
      }
  };
  walk(value, prefix);
  return paths;
}

describe("bank:export", () => {
  const out = execFileSync("npx", ["tsx", "scripts/bank-export.ts"], { encoding: "utf8" });

  it("prints only valid JSON of the bank's shape", () => {
    const json = JSON.parse(out);
    const bank = readBank();
    expect(Object.keys(json)).toEqual(["version", "article", "topics", "questions", "flashcards"]);
    expect(json.version).toBe(bank.version);
    expect(json.article.paragraphs).toHaveLength(26);
    expect(json.questions).toHaveLength(bank.questions.length);
    expect(json.flashcards).toHaveLength(bank.flashcards.length);
    const match = json.questions.find((q: { type: string }) => q.type === "match");
    expect(match.answer[0]).toEqual({ left: expect.any(String), right: expect.any(String) });
  }, 20_000);

  it("holds the whole bank: every key of every bank source file, with its values", () => {
    const json = JSON.parse(out);
    const dir = join(QUESTIONS_DIR, DEFAULT_ARTICLE);
    // published-options.json is the build's record of published option lists (scripts/lib/read-bank), not bank content.
    const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "published-options.json");
    const where = (f: string) =>
      f === "article.json"
        ? "article"
        : f === "topics.json"
          ? "topics"
          : f.startsWith("cards-")
            ? "flashcards"
            : "questions";
    const exported = keyPaths(json);
    const missing = files.flatMap((f) =>
      [...keyPaths(JSON.parse(readFileSync(join(dir, f), "utf8")), where(f))].filter((p) => !exported.has(p)),
    );
    expect(missing).toEqual([]);
    // And the values: the export is the bank itself, fixed order and per-option feedback included.
    expect(json).toEqual(readBank());
    const fixed = json.questions.filter((q: { fixedOrder?: boolean }) => q.fixedOrder).map((q: { id: string }) => q.id);
    expect(fixed).toEqual(["q-035", "q-112", "q-124", "q-154", "q-167", "q-171", "q-172", "q-173"]);
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
    for (const binary of ["qti", "anki"]) {
      const refused = run("--format", binary);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain("give --out FILE");
      expect(refused.stdout).toBe("");
    }
    const dir = mkdtempSync(join(tmpdir(), "bank-export-"));
    const apkg = join(dir, "deck.apkg");
    expect(run("--format", "anki", "--out", apkg).status).toBe(0);
    const SQL = await initSqlJs();
    const db = new SQL.Database(unzipSync(readFileSync(apkg))["collection.anki2"]);
    const live = readBank().flashcards.filter((c) => !c.retired);
    expect(db.exec("SELECT count(*) FROM notes")[0]!.values[0]![0]).toBe(live.length);
    db.close();
  }, 60_000);

  it("refuses an unknown format and names the known ones", () => {
    const out = run("--format", "docx");
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("json, moodle, gift, qti, anki, quizlet");
  }, 20_000);
});
