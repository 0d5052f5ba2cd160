// Kept apart from schema.ts so that client code can list the types without pulling zod into the page.
export const QUESTION_TYPES = ["single", "multiple", "true-false", "typed", "match", "order"] as const;
