// Loaded only when someone asks for an export: the formatters and the zip library stay out of every page's first load.
import { loadBank } from "@/components/bank/use-bank";
import { buildExport, EXPORT_FORMATS, type ExportFormat, type ExportScope } from "@/core/export";
import { downloadFile } from "@/lib/download";

const ENGINE_MISSING =
  "The Anki file could not be made: the first Anki download needs a connection, to fetch the engine that builds the file (about 330 KiB). Connect and try again; after that it works offline.";

/** Builds one export from the bank and starts its download; returns the file name and how to import it. */
export async function downloadExport(
  format: ExportFormat,
  scope: ExportScope,
): Promise<{ fileName: string; howTo: string }> {
  const bank = await loadBank();
  // The Anki package is an SQLite file: sql.js comes with the first Anki download, in a chunk of its own.
  const sql =
    format === "anki"
      ? await import("./load-sql")
          .then((m) => m.loadSql())
          .catch(() => {
            throw Object.assign(new Error("sql.js did not load"), { userMessage: ENGINE_MISSING });
          })
      : undefined;
  const file = buildExport(bank, format, scope, Date.now(), sql);
  const part: BlobPart = typeof file.data === "string" ? file.data : new Uint8Array(file.data);
  downloadFile(file.fileName, [part], EXPORT_FORMATS[format].mime);
  return { fileName: file.fileName, howTo: EXPORT_FORMATS[format].howTo };
}
