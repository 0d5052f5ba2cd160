import { AppLink } from "@/components/ui/app-link";
import type { Source } from "@/core/bank/schema";
import { sourcePlace } from "@/core/bank/source";

/**
 * The address of an item's source in the reader: the quote is highlighted and focused there. `from` is the page to
 * come back to (the reader offers "Back to …").
 */
export function articleHref(itemId: string, source: Source, from?: string): string {
  const back = from ? `&from=${encodeURIComponent(from)}` : "";
  return `/article/?highlight=${encodeURIComponent(itemId)}${back}#${source.paragraph}`;
}

/** The page the learner is on, as a same-site path with its query and hash, to come back to. */
function currentPlace(): string | undefined {
  if (typeof window === "undefined") return undefined;
  return window.location.pathname + window.location.search + window.location.hash;
}

/**
 * The quote an item rests on (and any further quotes, from other paragraphs), with "Read it in the article" (and a
 * way back to this page from there).
 */
export function SourceQuote({ itemId, source, also = [] }: { itemId: string; source: Source; also?: Source[] }) {
  const many = also.length > 0;
  return (
    <figure className="mt-3 border-l-2 border-line-strong pl-3">
      {[source, ...also].map((s, i) => (
        <blockquote key={i} className={`${i ? "mt-2 " : ""}font-serif text-[0.95rem] italic`}>
          “{s.quote}”
          {many ? <span className="font-sans text-sm not-italic text-muted"> ({sourcePlace(s)})</span> : null}
        </blockquote>
      ))}
      <figcaption className="mt-1 text-sm text-muted">
        {many ? null : (
          <>
            <span className="inline-block first-letter:uppercase">{sourcePlace(source)}</span> ·{" "}
          </>
        )}
        <AppLink
          href={articleHref(itemId, source, currentPlace())}
          className="font-semibold text-accent-ink underline underline-offset-2"
        >
          Read it in the article
        </AppLink>
      </figcaption>
    </figure>
  );
}
