// What /progress and /quiz paint before their code runs. Each store that counts writes a tiny marker beside its data
// on every save (`<key>:mark`, see SavedKind.mark): "p" when it holds progress (quiz attempts or history, cards or
// review logs), "o" when a quiz is in progress. The pre-paint scripts read only the markers, never parse the stores
// (the card store can be megabytes). A store saved without a marker (before markers existed) counts as busy until its
// next save, and so does storage that cannot be read: a loading line is never wrong, an empty dashboard can be.
import { STORAGE_KEYS } from "@/lib/storage";

type Read = (key: string) => string | null;

/** Suffix of a store's marker key. */
export const MARK_SUFFIX = ":mark";

function has(read: Read, key: string, flag: string): boolean {
  const mark = read(key + MARK_SUFFIX);
  return mark === null ? read(key) !== null : mark.includes(flag);
}

/** Whether /progress's first paint must be a loading line rather than the new visitor's dashboard. */
export function progressBusy(read: Read, search: string): boolean {
  if (/[?&]attempt=/.test(search)) return true;
  try {
    return has(read, STORAGE_KEYS.quiz, "p") || has(read, STORAGE_KEYS.cards, "p");
  } catch {
    return true;
  }
}

/** Whether /quiz's first paint must be a loading line rather than the Quick practice card. */
export function quizBusy(read: Read, search: string, hash: string): boolean {
  if (search.length > 1 || hash.length > 1) return true;
  try {
    return has(read, STORAGE_KEYS.quiz, "o");
  } catch {
    return true;
  }
}

/** The attribute on <html> that swaps /progress's first paint for its loading line (app/globals.css). */
export const PROGRESS_BUSY_ATTRIBUTE = "data-progress-busy";
/** The same for /quiz. */
export const QUIZ_BUSY_ATTRIBUTE = "data-quiz-busy";

/**
 * The inline script that applies the rule above while the page is parsed, written out by hand (plain ES5, no
 * helpers) so it never depends on how the build prints a function. Tested against the rule in first-paint-rule.test.
 * /progress also starts downloading the bank at once when busy, as PreloadBank does on other pages.
 */
export function firstPaintScript(page: "progress" | "quiz", bankUrl: string): string {
  const q = JSON.stringify(STORAGE_KEYS.quiz);
  const c = JSON.stringify(STORAGE_KEYS.cards);
  const busy =
    page === "progress"
      ? `/[?&]attempt=/.test(location.search)||h(${q},"p")||h(${c},"p")`
      : `location.search.length>1||location.hash.length>1||h(${q},"o")`;
  const attribute = JSON.stringify(page === "progress" ? PROGRESS_BUSY_ATTRIBUTE : QUIZ_BUSY_ATTRIBUTE);
  const preload =
    page === "progress"
      ? `var l=document.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";l.href=${JSON.stringify(bankUrl)};document.head.appendChild(l)`
      : "";
  return (
    `(function(){function h(k,f){var m=localStorage.getItem(k+${JSON.stringify(MARK_SUFFIX)});` +
    `return m===null?localStorage.getItem(k)!==null:m.indexOf(f)>=0}var b;try{b=${busy}}catch(e){b=true}` +
    `if(!b)return;document.documentElement.setAttribute(${attribute},"");${preload}})()`
  );
}
