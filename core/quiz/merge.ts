// The merge of two tabs' copies of the quiz store's data (also merges a restored backup). Loaded with the schemas,
// only when there is saved data to merge (stores/saved/quiz.ts).
import { MAX_ATTEMPTS, MAX_DISCARDED, type FinishedAttempt, type OpenAttempt, type QuizData } from "./saved";
import type { QuestionHistory } from "./types";

/** Union of finished attempts by id, the newest in-progress attempt, and the fuller history of each question. */
export function combineQuizData(saved: QuizData, mine: QuizData): QuizData {
  const byId = new Map<string, FinishedAttempt>();
  for (const a of [...saved.attempts, ...mine.attempts]) byId.set(a.id, a);
  const attempts = [...byId.values()].sort((a, b) => a.endedAt - b.endedAt).slice(-MAX_ATTEMPTS);
  const discarded = [...new Set([...saved.discarded, ...mine.discarded])].slice(-MAX_DISCARDED);
  const current =
    [mine.current, saved.current]
      .filter((c): c is OpenAttempt => c !== null && !byId.has(c.id) && !discarded.includes(c.id))
      .sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null;
  const history: QuestionHistory = { ...saved.history };
  for (const [id, h] of Object.entries(mine.history)) {
    const other = history[id];
    if (!other || h.seen > other.seen || (h.seen === other.seen && h.lastAnsweredAt >= other.lastAnsweredAt))
      history[id] = h;
  }
  return { attempts, current, history, discarded };
}
