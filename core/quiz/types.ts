// The shapes a learner's answer takes, per question type. Stored in progress, links and result codes, so keep them small.

/** single: the chosen option text; multiple: the chosen option texts. */
export type ChoiceResponse = { type: "single"; choice: string } | { type: "multiple"; choices: string[] };
export type TrueFalseResponse = { type: "true-false"; value: boolean };
export type TypedResponse = { type: "typed"; text: string };
/** For each left item (by its text), the right item chosen (by its text). */
export type MatchResponse = { type: "match"; pairs: Record<string, string> };
/** The items in the order the learner put them. */
export type OrderResponse = { type: "order"; items: string[] };

export type Response = ChoiceResponse | TrueFalseResponse | TypedResponse | MatchResponse | OrderResponse;

/** The outcome of scoring one answer. */
export type ScoreResult = {
  /** 0 to 1. */
  score: number;
  /** Fully right (score 1). */
  correct: boolean;
  /** A short human-readable note, e.g. "2 of 3 pairs right" or "Accepted; the exact spelling is Belkaid". */
  detail?: string;
};
