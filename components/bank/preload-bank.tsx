import { preload } from "react-dom";
import { BANK_URL } from "./bank-url";

/**
 * Starts downloading the question bank with the page's HTML, in parallel with its scripts, instead of after they
 * ran: the pages that show questions render them as soon as both have arrived. Renders nothing.
 */
export function PreloadBank() {
  // Same mode and credentials as loadBank's fetch(), so the browser reuses this download.
  preload(BANK_URL, { as: "fetch", crossOrigin: "anonymous" });
  return null;
}
