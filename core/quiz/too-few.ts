import type { Bank } from "../bank/schema";
import { quizCapacity } from "./pool";
import { MIN_QUESTIONS } from "./settings";
import { plural } from "./setup-form";
import type { QuizSettings } from "./types";

// When the settings leave too few questions, the learner is told which filter to loosen and what that would give.
// Only Start needs it, after the quiz engine has loaded (stores/quiz-actions), so it is not in the setup's first load.

const FILTERS = [
  ["topics", "topic"],
  ["types", "question type"],
  ["difficulties", "difficulty"],
  ["levels", "level"],
] as const;

/** Why a quiz of these settings cannot start, and what to widen (or ask for) so that it can. */
export function tooFewAdvice(bank: Bank, settings: QuizSettings): string {
  const available = quizCapacity(bank, settings);
  const head =
    available === 0
      ? "No questions match these settings."
      : `Only ${plural(available, "question matches", "questions match")} these settings.`;
  const narrowed = FILTERS.filter(([key]) => settings[key].length > 0);
  const widened = narrowed
    .map(([key, label]) => ({ label, gives: quizCapacity(bank, { ...settings, [key]: [] }) }))
    .filter((w) => w.gives > available)
    .sort((a, b) => b.gives - a.gives);
  const all = quizCapacity(bank, { ...settings, topics: [], types: [], difficulties: [], levels: [] });
  // "Ticking every level would give 4 questions, every topic 2".
  const clauses = widened.map((w, i) =>
    i === 0 ? `every ${w.label} would give ${plural(w.gives, "question", "questions")}` : `every ${w.label} ${w.gives}`,
  );
  let tip = clauses.length ? ` Ticking ${clauses.join(", ")}` : "";
  // No one filter is enough on its own, but loosening them together would be.
  if (tip && narrowed.length > 1 && widened[0]!.gives < settings.count && all >= settings.count)
    tip += `; ticking all of them, ${all}`;
  if (tip) tip += ".";
  const fewer = available < MIN_QUESTIONS ? "" : ` ${tip ? "Or ask" : "Ask"} for ${available} or fewer.`;
  return head + tip + fewer;
}
