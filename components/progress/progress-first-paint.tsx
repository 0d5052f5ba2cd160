import { BANK_URL } from "@/components/bank/bank-url";
import { firstPaintScript } from "@/components/ui/first-paint-rule";

// With saved progress, the page shows a loading line and starts downloading the bank at once, as PreloadBank does on
// other pages (same mode, so the page's fetch reuses it); a new visitor's dashboard is built in and needs no bank.
const script = firstPaintScript("progress", BANK_URL);

/** Runs while /progress is parsed, before its first paint: decides between the new visitor's dashboard and a loading line. */
export function ProgressFirstPaintScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
