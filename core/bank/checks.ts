import {
  Bank,
  LEVELS,
  QUESTION_TYPES,
  type Article,
  type Bank as BankData,
  type Question,
  type Source,
} from "./schema";
import { normalizeAnswer } from "../text/normalize";

/** Minimum number of active questions per type, and other bank-wide minimums. */
export const BANK_MINIMUMS = {
  single: 30,
  multiple: 15,
  "true-false": 15,
  typed: 15,
  match: 10,
  order: 6,
  questions: 120,
  flashcards: 50,
  questionsPerParagraph: 2,
  /** Share of active questions that must ask more than recall (understand or analyse). */
  aboveRecall: 1 / 3,
} as const;

export type BankProblem = { id: string; problem: string };

const BANNED_OPTIONS = /\b(all|none) of the above\b/i;

/**
 * What is wrong with an item's source, or null: the paragraph must exist and hold the quote verbatim; a title, byline or
 * heading source must quote that part whole and name the paragraph it stands before.
 */
export function sourceProblem(source: Source, article: Article): string | null {
  const paragraphs = article.paragraphs;
  const text = paragraphs.find((p) => p.id === source.paragraph)?.text;
  if (text === undefined) return `cites unknown paragraph ${source.paragraph}`;
  const first = paragraphs[0]?.id;
  switch (source.part) {
    case undefined:
      return text.includes(source.quote) ? null : `quote is not verbatim in ${source.paragraph}: "${source.quote}"`;
    case "title":
      return source.quote === article.title && source.paragraph === first
        ? null
        : `title source must quote the whole title and cite ${first}`;
    case "byline":
      return source.quote === article.author && source.paragraph === first
        ? null
        : `byline source must quote the author's name and cite ${first}`;
    case "heading":
      return article.headings.some((h) => h.text === source.quote && h.before === source.paragraph)
        ? null
        : `no heading "${source.quote}" stands before ${source.paragraph}`;
  }
}

/** Checks one question's internal consistency against the article; returns every problem found. */
export function checkQuestion(q: Question, article: Article, topicIds: Set<string>): string[] {
  const problems: string[] = [];
  for (const s of [q.source, ...(q.also ?? [])]) {
    const source = sourceProblem(s, article);
    if (source) problems.push(source);
  }
  if (q.excludes?.includes(q.id)) problems.push("excludes itself");
  if (!topicIds.has(q.topic)) problems.push(`unknown topic "${q.topic}"`);
  if (BANNED_OPTIONS.test(q.prompt)) problems.push(`uses "all/none of the above"`);
  switch (q.type) {
    case "single":
    case "multiple": {
      const texts = q.options.map((o) => o.text);
      const keys = q.type === "single" ? [q.answer] : q.answer;
      if (new Set(texts.map(normalizeAnswer)).size !== texts.length) problems.push("has duplicate options");
      for (const k of keys) if (!texts.includes(k)) problems.push(`answer "${k}" is not among the options`);
      if (new Set(keys).size !== keys.length) problems.push("lists the same key twice");
      if (q.type === "multiple" && keys.length >= texts.length)
        problems.push("multiple select needs at least one distractor");
      for (const o of q.options) {
        if (BANNED_OPTIONS.test(o.text)) problems.push(`option "${o.text}" is "all/none of the above"`);
        if (o.feedback.trim().length === 0) problems.push(`option "${o.text}" has no feedback`);
      }
      break;
    }
    case "typed":
      for (const a of [q.answer, ...(q.accept ?? [])])
        if (normalizeAnswer(a) === "") problems.push(`typed answer "${a}" is empty after normalisation`);
      break;
    case "match": {
      const lefts = q.answer.map((p) => normalizeAnswer(p.left));
      const rights = q.answer.map((p) => normalizeAnswer(p.right));
      if (new Set(lefts).size !== lefts.length || new Set(rights).size !== rights.length)
        problems.push("match has duplicate sides");
      break;
    }
    case "order":
      if (new Set(q.answer.map(normalizeAnswer)).size !== q.answer.length) problems.push("order has duplicate items");
      break;
    case "true-false":
      break;
  }
  if (!q.level && !q.retired) problems.push("has no level (recall, understand or analyse)");
  return problems;
}

/** The `excludes` relation must name real questions and be symmetric (if a excludes b, b excludes a). */
export function excludesProblems(questions: readonly Question[]): BankProblem[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: BankProblem[] = [];
  for (const q of questions)
    for (const other of q.excludes ?? []) {
      const o = byId.get(other);
      if (!o) problems.push({ id: q.id, problem: `excludes unknown question ${other}` });
      else if (!(o.excludes ?? []).includes(q.id))
        problems.push({ id: q.id, problem: `excludes ${other}, but ${other} does not exclude ${q.id}` });
    }
  return problems;
}

/** Validates a whole bank: schema, ids, quotes, keys, counts and paragraph coverage. */
export function checkBank(input: unknown): BankProblem[] {
  const parsed = Bank.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const [kind, index] = issue.path;
      const list =
        kind === "questions" || kind === "flashcards" ? (input as Record<string, { id?: string }[]>)[kind] : undefined;
      const id = typeof index === "number" && list?.[index]?.id ? list[index].id : issue.path.join(".");
      return { id: String(id), problem: `schema: ${issue.message} at ${issue.path.join(".")}` };
    });
  }
  const bank: BankData = parsed.data;
  const problems: BankProblem[] = [];
  const topicIds = new Set(bank.topics.map((t) => t.id));
  const seen = new Set<string>();
  for (const item of [...bank.questions, ...bank.flashcards]) {
    if (seen.has(item.id)) problems.push({ id: item.id, problem: "duplicate id" });
    seen.add(item.id);
  }
  for (const q of bank.questions)
    for (const problem of checkQuestion(q, bank.article, topicIds)) problems.push({ id: q.id, problem });
  for (const problem of excludesProblems(bank.questions)) problems.push(problem);
  for (const c of bank.flashcards) {
    const source = sourceProblem(c.source, bank.article);
    if (source) problems.push({ id: c.id, problem: source });
    if (!topicIds.has(c.topic)) problems.push({ id: c.id, problem: `unknown topic "${c.topic}"` });
  }
  const active = bank.questions.filter((q) => !q.retired);
  for (const type of QUESTION_TYPES) {
    const n = active.filter((q) => q.type === type).length;
    if (n < BANK_MINIMUMS[type])
      problems.push({ id: "bank", problem: `only ${n} active ${type} questions (minimum ${BANK_MINIMUMS[type]})` });
  }
  if (active.length < BANK_MINIMUMS.questions)
    problems.push({
      id: "bank",
      problem: `only ${active.length} active questions (minimum ${BANK_MINIMUMS.questions})`,
    });
  const above = active.filter((q) => q.level && q.level !== "recall").length;
  if (above < active.length * BANK_MINIMUMS.aboveRecall)
    problems.push({
      id: "bank",
      problem: `only ${above} of ${active.length} active questions are above recall (minimum a third)`,
    });
  const cards = bank.flashcards.filter((c) => !c.retired).length;
  if (cards < BANK_MINIMUMS.flashcards)
    problems.push({ id: "bank", problem: `only ${cards} flashcards (minimum ${BANK_MINIMUMS.flashcards})` });
  for (const p of bank.article.paragraphs) {
    const n = active.filter((q) => q.source.paragraph === p.id).length;
    if (n < BANK_MINIMUMS.questionsPerParagraph)
      problems.push({
        id: p.id,
        problem: `only ${n} questions cite ${p.id} (minimum ${BANK_MINIMUMS.questionsPerParagraph})`,
      });
  }
  return problems;
}

/** How many active questions and cards there are at each level, and how many active questions of each type. */
export function bankCounts(bank: BankData) {
  const active = bank.questions.filter((q) => !q.retired);
  const cards = bank.flashcards.filter((c) => !c.retired);
  const count = <T>(items: readonly T[], key: (item: T) => string | undefined, keys: readonly string[]) =>
    Object.fromEntries(keys.map((k) => [k, items.filter((i) => key(i) === k).length]));
  return {
    questions: active.length,
    flashcards: cards.length,
    questionsByLevel: count(active, (q) => q.level, LEVELS),
    questionsByType: count(active, (q) => q.type, QUESTION_TYPES),
    flashcardsByLevel: count(cards, (c) => c.level, LEVELS),
  };
}
