import { STORAGE_KEYS } from "@/lib/storage";
import { QuickStart } from "./quick-start";

// Runs while the page is parsed, before it is painted: a quiz link (?...), results (#result=) or a quiz in progress
// mean the Quick practice card is not what this page will show, so it shows "Loading the questions…" instead
// (app/globals.css, [data-quiz-busy]). Kept tiny and dependency-free, like the theme script.
const script = `(function(){var b=location.search.length>1||location.hash.length>1;try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEYS.quiz)})||"null");b=b||!!(s&&s.state&&s.state.current)}catch(e){b=true}if(b)document.documentElement.setAttribute("data-quiz-busy","")})()`;

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
