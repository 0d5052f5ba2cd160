import type { MultipleQuestion, Question, SingleQuestion, Source } from "../bank/schema";

/** Escapes text for an XML element or attribute. */
export function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Escapes plain text for HTML (the same characters as XML). */
export const html = xml;

/** "Source, paragraph 6: “…”" (or the title, the byline, a heading): the cited words as they travel in every format. */
export function sourceLine(source: Source): string {
  const n = source.paragraph.slice(1);
  const where =
    source.part === "title"
      ? "the article's title"
      : source.part === "byline"
        ? "the byline"
        : source.part === "heading"
          ? `the heading before paragraph ${n}`
          : `paragraph ${n}`;
  return `Source, ${where}: “${source.quote}”`;
}

/** The explanation and the cited sentence as two HTML paragraphs. */
export function generalFeedbackHtml(explanation: string, source: Source): string {
  return `<p>${html(explanation)}</p><p>${html(sourceLine(source))}</p>`;
}

/** A short name for a question in a tool's list: its id and the start of its prompt. */
export function questionName(id: string, prompt: string): string {
  const short = prompt.length > 60 ? `${prompt.slice(0, 57).trimEnd()}…` : prompt;
  return `${id} ${short}`;
}

/** Moodle's category path for a topic (Moodle splits on "/", so a "/" inside a name is doubled). */
export function categoryPath(articleTitle: string, topicLabel: string): string {
  const part = (name: string) => name.replace(/\//g, "//");
  return `$course$/top/${part(`Debrief: ${articleTitle}`)}/${part(topicLabel)}`;
}

/** Partial-credit percentages from Moodle's fixed list of grades: 100 split over `n` answers, to 5 decimals. */
export function share(n: number): number {
  return Math.round((100 / n) * 100000) / 100000;
}

/**
 * The grade (percent) of each option of a choice question: the key 100 on single choice; on multiple select each key
 * earns its share and each wrong pick takes back a share of the wrong ones, so ticking everything scores 0.
 */
export function optionGrades(q: SingleQuestion | MultipleQuestion): number[] {
  if (q.type === "single") return q.options.map((o) => (o.text === q.answer ? 100 : 0));
  const keys = q.options.filter((o) => q.answer.includes(o.text)).length;
  return q.options.map((o) => (q.answer.includes(o.text) ? share(keys) : -share(q.options.length - keys)));
}

/**
 * Tags for tools that hold them (Moodle XML and GIFT): the difficulty, and each question that gives this one's answer
 * away, so a teacher drawing a random quiz can keep the two apart.
 */
export function questionTags(q: Question): string[] {
  return ["debrief", `difficulty-${q.difficulty}`, ...(q.excludes ?? []).map((id) => `not-with-${id}`)];
}
