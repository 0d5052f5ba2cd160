import { AppLink } from "@/components/ui/app-link";
import type { Source } from "@/core/bank/schema";
import { sourceMark, sourcePlace } from "@/core/bank/source";
import { svg } from "./icon-base";

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

// Here rather than in icons.tsx, which is in every page's first load.
const ChevronDownIcon = ({ className }: { className?: string }) => svg(className, <path d="M5.5 8l4.5 4.5L14.5 8" />);

/** The source quotes folded under one "Source · ¶7" row that opens with a tap, a click, Enter or Space. */
export function SourceDisclosure({ itemId, source, also = [] }: { itemId: string; source: Source; also?: Source[] }) {
  const all = [source, ...also];
  const label = all.length > 1 ? "Sources" : "Source";
  return (
    <details className="group">
      <summary
        aria-label={`${label}: ${all.map(sourcePlace).join(", ")}`}
        className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 rounded-control text-sm font-semibold [&::-webkit-details-marker]:hidden"
      >
        {label} · {all.map(sourceMark).join(", ")}
        <ChevronDownIcon className="h-4 w-4 shrink-0 transition-transform group-open:rotate-180" />
      </summary>
      <SourceQuote itemId={itemId} source={source} also={also} />
    </details>
  );
}
