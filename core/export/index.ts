// The one module that turns the bank into each export format. Pure: `now` comes in as an argument.
import type { SqlJsStatic } from "sql.js";
import type { Bank } from "../bank/schema";
import { toApkg } from "./apkg";
import { toQuizletText } from "./cards";
import { EXPORT_FORMATS, type ExportFormat } from "./formats";
import { toGift } from "./gift";
import { toMoodleXml } from "./moodle";
import { toQtiZip } from "./qti";
import type { ExportScope } from "./select";

export { EXPORT_FORMATS, EXPORT_FORMAT_IDS, isExportFormat, type ExportFormat } from "./formats";
export type { ExportScope } from "./select";

export type ExportFile = { fileName: string; mime: string; data: string | Uint8Array };

function sqlFor(format: ExportFormat, sql: SqlJsStatic | undefined): SqlJsStatic {
  if (!sql) throw new Error(`the ${format} export needs sql.js`);
  return sql;
}

/** A file name from a title: lower case, letters and digits joined by dashes. */
function slugify(title: string): string {
  return (
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "assignment"
  );
}

/** The download name: debrief-<article or assignment>.<format extension>. */
export function exportFileName(bank: Bank, format: ExportFormat, scope: ExportScope = {}): string {
  const what = scope.questionIds ? slugify(scope.title ?? "") : bank.article.slug;
  return `debrief-${what}.${EXPORT_FORMATS[format].extension}`;
}

/**
 * The bank, or a scope of it (an assignment's questions), as one export file. The Anki package needs an initialised sql.js
 * (`sql`), which the caller loads (from node_modules on the command line, on click in the page).
 */
export function buildExport(
  bank: Bank,
  format: ExportFormat,
  scope: ExportScope,
  now: number,
  sql?: SqlJsStatic,
): ExportFile {
  const data =
    format === "moodle"
      ? toMoodleXml(bank, scope)
      : format === "gift"
        ? toGift(bank, scope)
        : format === "qti"
          ? toQtiZip(bank, scope, now)
          : format === "anki"
            ? toApkg(bank, sqlFor(format, sql), now)
            : toQuizletText(bank);
  return { fileName: exportFileName(bank, format, scope), mime: EXPORT_FORMATS[format].mime, data };
}
