import Link from "next/link";
import type { Flashcard } from "@/core/bank/schema";
import type { Direction } from "@/core/scheduling/session";
import { articleHref } from "@/components/ui/source-quote";

/** The side shown first: the front, or the back when studying in reverse. */
export function FirstSide({ card, direction }: { card: Flashcard; direction: Direction }) {
  return (
    <div>
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">
        {direction === "front" ? "Question" : "Answer"}
      </p>
      <p className="mt-2 text-xl font-medium sm:text-2xl">{direction === "front" ? card.front : card.back}</p>
    </div>
  );
}

/** The side revealed by the flip, with the source quote and a link to read it in the article. */
export function RevealedSide({ card, direction }: { card: Flashcard; direction: Direction }) {
  return (
    // Fades in when motion is welcome; the global reduced-motion rule cuts the transition to nothing.
    <div className="mt-6 border-t border-slate-300 pt-6 transition-opacity duration-200 starting:opacity-0 motion-reduce:transition-none dark:border-slate-700">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">
        {direction === "front" ? "Answer" : "Question"}
      </p>
      <p className="mt-2 text-xl sm:text-2xl">{direction === "front" ? card.back : card.front}</p>
      <figure className="mt-4">
        <blockquote className="border-l-4 border-slate-300 pl-3 font-serif italic text-slate-800 dark:border-slate-600 dark:text-slate-200">
          <Link href={articleHref(card.id, card.source)} className="hover:underline">
            “{card.source.quote}”
          </Link>
        </blockquote>
        <figcaption className="mt-2">
          <Link
            href={articleHref(card.id, card.source)}
            className="font-medium text-brand-700 underline dark:text-brand-300"
          >
            Read it in the article
          </Link>
        </figcaption>
      </figure>
    </div>
  );
}
