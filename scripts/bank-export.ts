// The bank on the command line (see README, "Exporting the bank"):
//   npm run -s bank:export -- [--format json|moodle|gift|qti|anki|quizlet] [--out FILE]
// json (the default) prints the whole bank; the others are the files the app's Export section downloads.
// qti is a zip and needs --out; anki prints Anki's text import, or writes a one-click .apkg deck when --out ends in .apkg.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import initSqlJs from "sql.js";
import { exportBank } from "../core/bank/export";
import { toApkg } from "../core/export/apkg";
import { buildExport, EXPORT_FORMAT_IDS, isExportFormat } from "../core/export";
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
  if (format === "json") data = JSON.stringify(exportBank(bank), null, 2) + "\n";
  else if (!isExportFormat(format)) fail(`unknown format "${format}": use json, ${EXPORT_FORMAT_IDS.join(", ")}`);
  else if (format === "anki" && out?.endsWith(".apkg")) {
    const wasm = createRequire(import.meta.url).resolve("sql.js/dist/sql-wasm.wasm");
    data = toApkg(bank, await initSqlJs({ locateFile: () => wasm }), now);
  } else data = buildExport(bank, format, {}, now).data;

  if (out) writeFileSync(out, data);
  else if (typeof data === "string") process.stdout.write(data);
  else fail(`${format} is a binary file (a zip): give --out FILE`);
}

main(process.argv.slice(2)).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
