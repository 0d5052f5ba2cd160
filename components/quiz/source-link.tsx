import Link from "next/link";
import type { Source } from "@/core/bank/schema";

/**
 * The address of an item's source in the reader: the quote is highlighted and focused there. `from` is the page to
 * come back to (the reader offers "Back to …"), when it is not the quiz.
 */
export function articleHref(itemId: string, source: Source, from?: string): string {
  const back = from ? `&from=${encodeURIComponent(from)}` : "";
  return `/article/?highlight=${encodeURIComponent(itemId)}${back}#${source.paragraph}`;
}

/** The quote an item rests on, with "Read it in the article". */
export function SourceQuote({ itemId, source }: { itemId: string; source: Source }) {
  return (
    <figure className="mt-3 border-l-2 border-line-strong pl-3">
      <blockquote className="font-serif text-[0.95rem] italic">“{source.quote}”</blockquote>
      <figcaption className="mt-1 text-sm text-muted">
        Paragraph {source.paragraph.slice(1)} ·{" "}
        <Link
          href={articleHref(itemId, source, typeof window === "undefined" ? undefined : currentPlace())}
          className="font-semibold text-accent-ink underline underline-offset-2"
        >
          Read it in the article
        </Link>
      </figcaption>
    </figure>
  );
}

/** The page the learner is on, as a same-site path with its query and hash, to come back to. */
function currentPlace(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}
