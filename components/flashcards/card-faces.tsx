import { AppLink } from "@/components/ui/app-link";
import type { Flashcard } from "@/core/bank/schema";
import type { Direction } from "@/core/scheduling/session";
import { articleHref as sourceHref } from "@/components/ui/source-quote";

/** Where a card's source is: the article, with the quote highlighted, and a way back to the flashcards. */
export function articleHref(card: Flashcard): string {
  return sourceHref(card.id, card.source, "/flashcards/");
}

const label = "text-xs font-bold uppercase tracking-widest text-muted";

/** The side shown first: the front, or the back when studying in reverse. */
export function FirstSide({ card, direction }: { card: Flashcard; direction: Direction }) {
  return (
    <div className="text-center">
      <p className={label}>{direction === "front" ? "Question" : "Answer"}</p>
      <p className="mt-3 text-2xl font-bold text-balance sm:text-3xl">
        {direction === "front" ? card.front : card.back}
      </p>
    </div>
  );
}

/** The side revealed by the flip, with the source quote and a link to read it in the article. */
export function RevealedSide({ card, direction }: { card: Flashcard; direction: Direction }) {
  return (
    // Rises in when motion is welcome; the global reduced-motion rule cuts it to nothing.
    <div className="mt-6 animate-rise border-t border-line pt-6 text-center">
      <p className={label}>{direction === "front" ? "Answer" : "Question"}</p>
      <p className="mt-3 text-xl font-semibold text-balance text-accent-ink sm:text-2xl">
        {direction === "front" ? card.back : card.front}
      </p>
      <figure className="mx-auto mt-5 max-w-prose text-left">
        <blockquote className="border-l-2 border-line-strong pl-3 font-serif italic">“{card.source.quote}”</blockquote>
        <figcaption className="mt-2 pl-3 text-sm">
          <AppLink href={articleHref(card)} className="font-semibold text-accent-ink underline underline-offset-2">
            Read it in the article
          </AppLink>
        </figcaption>
      </figure>
    </div>
  );
}
