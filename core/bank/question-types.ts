// Kept apart from schema.ts so that client code can list the types without pulling zod into the page.
export const QUESTION_TYPES = ["single", "multiple", "true-false", "typed", "match", "order"] as const;

/** How each type is named to learners and teachers. */
export const QUESTION_TYPE_LABELS: Record<(typeof QUESTION_TYPES)[number], string> = {
  single: "Single choice",
  multiple: "Multiple select",
  "true-false": "True or false",
  typed: "Typed answer",
  match: "Matching",
  order: "Ordering",
};

/** What an item asks of the reader, from finding a stated fact to following the argument. */
export const LEVELS = ["recall", "understand", "analyse"] as const;

export const LEVEL_LABELS: Record<(typeof LEVELS)[number], string> = {
  recall: "Recall",
  understand: "Understand",
  analyse: "Analyse",
};
