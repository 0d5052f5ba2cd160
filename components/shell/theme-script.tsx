import { STORAGE_KEYS } from "@/lib/storage";

// Runs before first paint so a dark-mode reader never sees a white flash, and marks a device that syncs its progress
// (data-syncs, for the footer's words). Kept tiny and dependency-free.
const script = `(function(){try{var t=localStorage.getItem(${JSON.stringify(STORAGE_KEYS.theme)});var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);var h=document.documentElement;h.classList.toggle("dark",d);if(localStorage.getItem(${JSON.stringify(STORAGE_KEYS.sync)})!==null)h.dataset.syncs=""}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
