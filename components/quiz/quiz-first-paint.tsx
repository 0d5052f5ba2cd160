import { firstPaintScript } from "@/components/ui/first-paint-rule";
import { QuickStart } from "./quick-start";

// Runs while the page is parsed, before it is painted: a quiz link (?...), results (#result=) or a quiz in progress
// mean the Quick practice card is not what this page will show, so it shows "Loading the questions…" instead
// (app/globals.css, [data-quiz-busy]). It reads the quiz store's tiny marker, never the store itself (first-paint-rule).
const script = firstPaintScript("quiz", "");

/**
 * What /quiz shows before its code has run: for a new quiz (most visits) the Quick practice card, the same one the
 * setup renders, so the page's main content is in its first paint; otherwise a loading line.
 */
export function QuizFirstPaint() {
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: script }} />
      <div className="quiz-first-paint">
        <QuickStart />
      </div>
      <p aria-busy="true" className="quiz-first-paint-busy">
        Loading the questions…
      </p>
    </>
  );
}
