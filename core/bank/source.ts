import type { Source } from "./schema";

/** Where in the article an item's source is, in words: "paragraph 4", "the title", "the heading before paragraph 17". */
export function sourcePlace(source: Source): string {
  const n = source.paragraph.slice(1);
  switch (source.part) {
    case undefined:
      return `paragraph ${n}`;
    case "title":
      return "the title";
    case "byline":
      return "the byline";
    case "heading":
      return `the heading before paragraph ${n}`;
  }
}

/** A source in short, for a folded "Source · ¶7" row: "¶7" (also for a heading), or "title" or "byline". */
export function sourceMark(source: Source): string {
  return source.part === "title" || source.part === "byline" ? source.part : `¶${source.paragraph.slice(1)}`;
}
