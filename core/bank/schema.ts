import { z } from "zod";
import { LEVELS } from "./question-types";

/** Paragraph ids of an article: p1, p2, ... */
export const ParagraphId = z.string().regex(/^p[1-9]\d*$/, "paragraph id must look like p1, p2, ...");

/** Parts of an article outside its paragraphs that an item may rest on. */
export const SOURCE_PARTS = ["title", "byline", "heading"] as const;

export const Source = z.strictObject({
  /** The paragraph the answer rests on; for a `part`, the paragraph it stands before (p1 for the title and byline). */
  paragraph: ParagraphId,
  /** A verbatim substring of that paragraph (a sentence or clause), or the whole text of the `part`. */
  quote: z.string().min(8),
  /** Set when the answer rests on the title, the byline or a section heading rather than on the paragraph itself. */
  part: z.enum(SOURCE_PARTS).optional(),
});

export const Topic = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: z.string().min(1),
  description: z.string().min(1),
});

export const Article = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  author: z.string().min(1),
  /** Section headings, each placed before the paragraph it introduces. */
  headings: z.array(z.strictObject({ before: ParagraphId, text: z.string().min(1) })),
  paragraphs: z.array(z.strictObject({ id: ParagraphId, text: z.string().min(1) })).min(1),
});

const QuestionId = z.string().regex(/^q-\d{3}$/, "question id must look like q-001");
const CardId = z.string().regex(/^c-\d{3}$/, "card id must look like c-001");

/**
 * What an item asks of the reader (see questions/README.md): recall a fact as the article states it; understand what a
 * sentence means (a paraphrase, a hedge, whose words they are, what a phrase refers to); analyse how the argument works
 * (the claim and its evidence, what an example is for, cause and consequence across paragraphs, what the article would
 * not support).
 */
export const Level = z.enum(LEVELS);

const questionBase = {
  id: QuestionId,
  prompt: z.string().min(8),
  source: Source,
  /** Further quotes, from other paragraphs, when the answer rests on more than one place in the article. */
  also: z.array(Source).min(1).max(2).optional(),
  /** Required on active questions (the bank check says so); optional in the schema so retired items may lack it. */
  level: Level.optional(),
  explanation: z.string().min(8),
  topic: z.string(),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  retired: z.boolean().optional(),
  /**
   * Questions that give this one's answer away (or whose answer this one gives away): never in the same quiz.
   * The relation is symmetric: each side lists the other.
   */
  excludes: z.array(QuestionId).optional(),
};

export const ChoiceOption = z.strictObject({
  text: z.string().min(1),
  /** Why this option is right or wrong: shown when the learner picks it. */
  feedback: z.string().min(4),
});

export const SingleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("single"),
  options: z.array(ChoiceOption).min(3).max(4),
  /** The text of the one correct option. */
  answer: z.string().min(1),
  /** Options have a natural order (dates, numbers): do not shuffle them. */
  fixedOrder: z.boolean().optional(),
});

export const MultipleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("multiple"),
  options: z.array(ChoiceOption).min(4).max(6),
  /** The texts of every correct option. */
  answer: z.array(z.string().min(1)).min(2),
  fixedOrder: z.boolean().optional(),
});

export const TrueFalseQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("true-false"),
  /** The prompt is the statement to judge. */
  answer: z.boolean(),
});

export const TypedQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("typed"),
  /** The canonical answer shown to the learner. */
  answer: z.string().min(1),
  /** Other accepted spellings or forms (matching ignores case, accents, punctuation, leading articles). */
  accept: z.array(z.string().min(1)).optional(),
  /**
   * "person": the answer is a person's name, so a title before it ("President", "CIA director") and a first name the
   * article does not give ("Jacques Chirac" for "Chirac") do not make a right answer wrong.
   */
  kind: z.literal("person").optional(),
});

export const MatchPair = z.strictObject({ left: z.string().min(1), right: z.string().min(1) });

export const MatchQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("match"),
  /** The correct pairs; the right-hand sides are shuffled for the learner. */
  answer: z.array(MatchPair).min(3).max(5),
});

export const OrderQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("order"),
  /** The items in the correct order; they are shuffled for the learner. */
  answer: z.array(z.string().min(1)).min(3).max(5),
});

export const Question = z.discriminatedUnion("type", [
  SingleQuestion,
  MultipleQuestion,
  TrueFalseQuestion,
  TypedQuestion,
  MatchQuestion,
  OrderQuestion,
]);

export const Flashcard = z.strictObject({
  id: CardId,
  front: z.string().min(1),
  back: z.string().min(1),
  source: Source,
  topic: z.string(),
  retired: z.boolean().optional(),
  level: Level.optional(),
  /** Studied back first, the card still has one clear answer (its front is a name, date or term): offered in reverse. */
  reversible: z.boolean().optional(),
});

export const Bank = z.strictObject({
  version: z.string().min(1),
  article: Article,
  topics: z.array(Topic).min(1),
  questions: z.array(Question),
  flashcards: z.array(Flashcard),
});

export type Article = z.infer<typeof Article>;
export type Topic = z.infer<typeof Topic>;
export type Source = z.infer<typeof Source>;
export type Level = z.infer<typeof Level>;
export type Question = z.infer<typeof Question>;
export type QuestionType = Question["type"];
export type SingleQuestion = z.infer<typeof SingleQuestion>;
export type MultipleQuestion = z.infer<typeof MultipleQuestion>;
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestion>;
export type TypedQuestion = z.infer<typeof TypedQuestion>;
export type MatchQuestion = z.infer<typeof MatchQuestion>;
export type OrderQuestion = z.infer<typeof OrderQuestion>;
export type ChoiceOption = z.infer<typeof ChoiceOption>;
export type Flashcard = z.infer<typeof Flashcard>;
export type Bank = z.infer<typeof Bank>;

export { LEVELS, QUESTION_TYPES } from "./question-types";
