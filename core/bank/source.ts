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
