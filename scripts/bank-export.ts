// The bank on the command line (see README, "Exporting the bank"):
//   npm run -s bank:export -- [--format json|moodle|gift|qti|anki|quizlet] [--out FILE]
// json (the default) prints the whole validated bank, every field; the others are the files the app's Export section downloads.
// qti (a zip) and anki (an .apkg package) are binary and need --out.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import initSqlJs from "sql.js";
import { buildExport, EXPORT_FORMAT_IDS, isExportFormat } from "../core/export";
import { toBankJson } from "./lib/bank-json";
import { readBank } from "./lib/read-bank";

function fail(message: string): never {
  process.stderr.write(`bank:export: ${message}\n`);
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) fail(`${name} needs a value`);
  return value;
}

async function main(args: string[]) {
  const unknown = args.filter(
    (a, i) => a.startsWith("--") && a !== "--format" && a !== "--out" && !args[i - 1]?.startsWith("--"),
  );
  if (unknown.length) fail(`unknown option ${unknown[0]}`);
  const format = option(args, "--format") ?? "json";
  const out = option(args, "--out");
  const bank = readBank();
  const now = Date.now();

  let data: string | Uint8Array;
  if (format === "json") {
    const json = toBankJson(bank);
    if (!json.ok) fail(`the bank does not pass its schema:\n${json.problems.join("\n")}`);
    data = json.text;
  } else if (!isExportFormat(format)) fail(`unknown format "${format}": use json, ${EXPORT_FORMAT_IDS.join(", ")}`);
  else {
    const wasm = createRequire(import.meta.url).resolve("sql.js/dist/sql-wasm.wasm");
    const sql = format === "anki" ? await initSqlJs({ locateFile: () => wasm }) : undefined;
    data = buildExport(bank, format, {}, now, sql).data;
  }

  if (out) writeFileSync(out, data);
  else if (typeof data === "string") process.stdout.write(data);
  else fail(`${format} is a binary file (a zip): give --out FILE`);
}

main(process.argv.slice(2)).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
