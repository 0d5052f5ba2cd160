// Loaded only when someone asks for an export: the formatters and the zip library stay out of every page's first load.
import { loadBank } from "@/components/bank/use-bank";
import { buildExport, EXPORT_FORMATS, type ExportFormat, type ExportScope } from "@/core/export";
import { downloadFile } from "@/lib/download";

/** Builds one export from the bank and starts its download; returns the file name and how to import it. */
export async function downloadExport(
  format: ExportFormat,
  scope: ExportScope,
): Promise<{ fileName: string; howTo: string }> {
  const bank = await loadBank();
  const file = buildExport(bank, format, scope, Date.now());
  const part: BlobPart = typeof file.data === "string" ? file.data : new Uint8Array(file.data);
  downloadFile(file.fileName, [part], EXPORT_FORMATS[format].mime);
  return { fileName: file.fileName, howTo: EXPORT_FORMATS[format].howTo };
}
