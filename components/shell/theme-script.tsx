import { STORAGE_KEYS } from "@/lib/storage";

// Runs before first paint so a dark-mode reader never sees a white flash. Kept tiny and dependency-free.
// It also marks the page once a key is pressed, so keyboard hints (.key-hint) appear for keyboard users on touch
// screens too (app/globals.css).
const script = `(function(){try{var t=localStorage.getItem(${JSON.stringify(STORAGE_KEYS.theme)});var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}addEventListener("keydown",function(e){if(!e.isComposing&&e.key!=="Unidentified")document.documentElement.setAttribute("data-keys","")})})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
