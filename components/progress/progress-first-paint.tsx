import { STORAGE_KEYS } from "@/lib/storage";
import { BANK_URL } from "@/components/bank/bank-url";
import { progressBusy, PROGRESS_BUSY_ATTRIBUTE } from "./first-paint-rule";

// With saved progress, the page shows a loading line and starts downloading the bank at once, as PreloadBank does on
// other pages (same mode, so the page's fetch reuses it); a new visitor's dashboard is built in and needs no bank.
const script = `(function(){if(!(${progressBusy.toString()})(function(k){return localStorage.getItem(k)},location.search,${JSON.stringify([STORAGE_KEYS.quiz, STORAGE_KEYS.cards])}))return;document.documentElement.setAttribute(${JSON.stringify(PROGRESS_BUSY_ATTRIBUTE)},"");var l=document.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";l.href=${JSON.stringify(BANK_URL)};document.head.appendChild(l)})()`;

/** Runs while /progress is parsed, before its first paint: decides between the new visitor's dashboard and a loading line. */
export function ProgressFirstPaintScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
