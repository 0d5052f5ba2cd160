import type { Bank, Flashcard } from "../bank/schema";
import { exportedCards } from "./select";
import { html, sourceLine } from "./text";

/** The Anki deck every export fills: "Debrief" with one sub-deck per article. */
export function ankiDeckName(bank: Bank): string {
  return `Debrief::${bank.article.title.replace(/::/g, ":")}`;
}

/** A note's GUID: the card id, prefixed so it never meets another deck's GUIDs; a re-import updates the same note. */
export const ankiGuid = (card: Flashcard) => `debrief-${card.id}`;

/** Anki tags (no spaces allowed): the app and the topic. */
export const ankiTags = (card: Flashcard) => `debrief debrief::${card.topic}`;

/** The two fields of a note, as HTML: the back carries the source quote. */
export function ankiFields(card: Flashcard): [front: string, back: string] {
  return [html(card.front), `${html(card.back)}<br><br><small>${html(sourceLine(card.source))}</small>`];
}

// Tabs and line breaks separate fields and notes in the text formats, so none may stay inside a field.
const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, " ");

/** The cards as Quizlet's import box takes them: term, a tab, the definition (back, then the quote); one per line. */
export function toQuizletText(bank: Bank): string {
  return exportedCards(bank)
    .map((c) => `${oneLine(c.front)}\t${oneLine(`${c.back} (${sourceLine(c.source)})`)}`)
    .join("\n")
    .concat("\n");
}
