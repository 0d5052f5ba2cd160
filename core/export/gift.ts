import type { Bank, Question } from "../bank/schema";
import { byTopic, exportedQuestions, type ExportScope } from "./select";
import { categoryPath, generalFeedbackHtml, html, optionGrades, questionName, questionTags } from "./text";

/** Escapes GIFT's special characters ~ = # { } : and the backslash itself. */
export function giftEscape(s: string): string {
  return s.replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

// Text in [html] markup: HTML-escaped, then GIFT-escaped; line breaks would end the question, so there are none.
const giftHtml = (bodyHtml: string) => giftEscape(bodyHtml);
// Moodle reads a leading "%50%" of an answer as its weight and a leading "[html]", "[plain]", "[moodle]" or "[markdown]" of
// any answer or feedback as its format, and drops them; in HTML the first character is written as a character reference.
const plain = (s: string) =>
  giftHtml(html(s).replace(/^(\s*)([%[])/, (_, space: string, c: string) => `${space}&#${c.charCodeAt(0)};`));
// A short answer is plain text compared with what the learner types: an explicit weight and format go in front instead.
const shortAnswer = (form: string) => {
  const format = /^\s*\[/.test(form) ? "[moodle]" : "";
  const weight = /^\s*%/.test(form) || format ? "%100%" : "";
  return `${weight}${format}${giftEscape(form)}`;
};

/** The header of an ordering question (qtype_ordering's GIFT syntax): show all items, one below the other, graded by place. */
export const GIFT_ORDERING_HEADER = "ALL VERTICAL ABSOLUTE_POSITION SHOW";

/**
 * Whether GIFT can express a question: not a short answer containing "->" (GIFT would read it as a matching pair and has
 * no escape for it), and not an ordering question with a brace in its prompt or items (qtype_ordering reads its items
 * raw, one a line, up to the closing brace).
 */
export function giftCanHold(q: Question): boolean {
  if (q.type === "order") return ![q.prompt, ...q.answer].some((s) => /[{}\n]/.test(s));
  if (q.type === "typed") return ![q.answer, ...(q.accept ?? [])].some((form) => form.includes("->"));
  return true;
}

function answers(q: Question): string[] {
  switch (q.type) {
    case "single":
      return q.options.map((o) => `${o.text === q.answer ? "=" : "~"}${plain(o.text)}#${plain(o.feedback)}`);
    case "multiple": {
      const grades = optionGrades(q);
      return q.options.map((o, i) => `~%${grades[i] ?? 0}%${plain(o.text)}#${plain(o.feedback)}`);
    }
    case "true-false":
      return [q.answer ? "TRUE" : "FALSE"];
    case "typed":
      // Moodle keeps short answers and the right-hand side of a pair as plain text, whatever the question's markup.
      return [q.answer, ...(q.accept ?? [])].map((form) => `=${shortAnswer(form)}`);
    case "match":
      return q.answer.map((p) => `=${plain(p.left)} -> ${giftEscape(p.right)}`);
    case "order":
      return [];
  }
}

/**
 * The bank (or the scope's questions) as GIFT text for Moodle. Ordering questions use qtype_ordering's GIFT syntax (Moodle
 * 4.4 or later, or the Ordering plugin); questions GIFT cannot express are left out and named in a comment.
 */
export function toGift(bank: Bank, scope: ExportScope = {}): string {
  const questions = exportedQuestions(bank, scope);
  const left = questions.filter((q) => !giftCanHold(q));
  const orders = questions.filter((q) => q.type === "order" && giftCanHold(q));
  const fixed = questions.filter((q) => (q.type === "single" || q.type === "multiple") && q.fixedOrder);
  const lines = [
    `// Debrief question bank: "${bank.article.title}" by ${bank.article.author}. Bank version ${bank.version}.`,
    "// For Moodle's GIFT import. Each question's ID number is its Debrief id.",
    left.length
      ? `// ${left.length} question(s) left out (${left.map((q) => q.id).join(", ")}): GIFT cannot express them ("->" in a short answer, a brace in an ordering question); use the Moodle XML export.`
      : "// Every exported question is here.",
    ...(orders.length
      ? [
          `// ${orders.length} ordering question(s) (${orders.map((q) => q.id).join(", ")}) need Moodle 4.4 or later (or the Ordering plugin); on an older Moodle use the Moodle XML export. GIFT gives them no general feedback.`,
        ]
      : []),
    ...(fixed.length
      ? [
          `// GIFT cannot keep options in order: Moodle shuffles them unless "Shuffle the choices?" is unticked. Untick it on ${fixed.map((q) => q.id).join(", ")} (dates or numbers in order).`,
        ]
      : []),
    "",
  ];
  for (const group of byTopic(bank, questions.filter(giftCanHold))) {
    lines.push(`$CATEGORY: ${categoryPath(bank.article.title, group.label)}`, "");
    for (const q of group.questions) {
      const stem = `::${giftEscape(questionName(q.id, q.prompt))}::[html]${giftHtml(`<p>${html(q.prompt)}</p>`)}`;
      lines.push(
        `// [id:${q.id}] ${questionTags(q)
          .map((t) => `[tag:${t}]`)
          .join(" ")}`,
      );
      // qtype_ordering takes every line up to the closing brace as an item, as written: no escapes, no feedback.
      if (q.type === "order")
        lines.push(
          `${stem}{>${q.answer.length} ${GIFT_ORDERING_HEADER}`,
          ...q.answer.map((item) => html(item)),
          "}",
          "",
        );
      else
        lines.push(
          `${stem}{`,
          ...answers(q).map((a) => `\t${a}`),
          `\t####${giftHtml(generalFeedbackHtml(q.explanation, q.source))}`,
          "}",
          "",
        );
    }
  }
  return lines.join("\n");
}
