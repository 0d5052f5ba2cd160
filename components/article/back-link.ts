/** Where "Back to …" on the article goes, and its words. */
export type BackLink = { href: string; label: string };

const PLACES: [prefix: string, label: string][] = [
  ["/quiz", "Back to the quiz"],
  ["/flashcards", "Back to your flashcards"],
  ["/assignment", "Back to the assignment"],
  ["/progress", "Back to your progress"],
];

/**
 * The way back from a highlighted source to where the learner came from (`from`, a same-site path), or, for an
 * address without one, to the quiz for a question and the flashcards for a card. Anything that is not a plain path
 * on this site (another host, `javascript:`) is ignored.
 */
export function backLink(from: string | null, itemId: string): BackLink {
  if (from && /^\/(?![/\\])/.test(from)) {
    const place = PLACES.find(
      ([prefix]) =>
        from === prefix ||
        from.startsWith(`${prefix}/`) ||
        from.startsWith(`${prefix}?`) ||
        from.startsWith(`${prefix}#`),
    );
    if (place) return { href: from, label: place[1] };
  }
  return itemId.startsWith("c-")
    ? { href: "/flashcards/", label: "Back to your flashcards" }
    : { href: "/quiz/", label: "Back to the quiz" };
}

/** What the highlighted item is, in words: "question" or "flashcard". */
export const itemKind = (itemId: string) => (itemId.startsWith("c-") ? "flashcard" : "question");
