import Link from "next/link";
import type { Source } from "@/core/bank/schema";
import { sourcePlace } from "@/core/bank/source";

/** The address of an item's source in the reader: the quote is highlighted and focused there. */
export function articleHref(itemId: string, source: Source): string {
  return `/article/?highlight=${encodeURIComponent(itemId)}#${source.paragraph}`;
}

/** The quote an item rests on, with "Read it in the article". */
export function SourceQuote({ itemId, source }: { itemId: string; source: Source }) {
  return (
    <div className="mt-3 border-l-4 border-slate-300 pl-3 dark:border-slate-600">
      <blockquote className="font-serif italic text-slate-800 dark:text-slate-200">“{source.quote}”</blockquote>
      <p className="mt-1 text-sm">
        <span className="text-slate-700 dark:text-slate-300 first-letter:uppercase">{sourcePlace(source)} · </span>
        <Link
          href={articleHref(itemId, source)}
          className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
        >
          Read it in the article
        </Link>
      </p>
    </div>
  );
}
