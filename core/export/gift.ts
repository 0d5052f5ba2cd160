import type { Bank, Question } from "../bank/schema";
import { byTopic, exportedQuestions, type ExportScope } from "./select";
import { categoryPath, generalFeedbackHtml, html, optionGrades, questionName, questionTags } from "./text";

/** Escapes GIFT's special characters ~ = # { } : and the backslash itself. */
export function giftEscape(s: string): string {
  return s.replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

// Text in [html] markup: HTML-escaped, then GIFT-escaped; line breaks would end the question, so there are none.
const giftHtml = (bodyHtml: string) => giftEscape(bodyHtml);
const plain = (s: string) => giftHtml(html(s));

/**
 * Whether GIFT can express a question: not ordering, and not a short answer containing "->" (GIFT would read it as a
 * matching pair and has no escape for it).
 */
export function giftCanHold(q: Question): boolean {
  if (q.type === "order") return false;
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
      return [q.answer, ...(q.accept ?? [])].map((form) => `=${giftEscape(form)}`);
    case "match":
      return q.answer.map((p) => `=${plain(p.left)} -> ${giftEscape(p.right)}`);
    case "order":
      return [];
  }
}

/** The bank (or the scope's questions) as GIFT text for Moodle; ordering questions are left out and counted in a comment. */
export function toGift(bank: Bank, scope: ExportScope = {}): string {
  const questions = exportedQuestions(bank, scope);
  const left = questions.filter((q) => !giftCanHold(q));
  const lines = [
    `// Debrief question bank: "${bank.article.title}" by ${bank.article.author}. Bank version ${bank.version}.`,
    "// For Moodle's GIFT import. Each question's ID number is its Debrief id.",
    left.length
      ? `// ${left.length} question(s) left out (${left.map((q) => q.id).join(", ")}): GIFT cannot express ordering (or "->" in a short answer); use the Moodle XML export.`
      : "// Every exported question is here.",
    "",
  ];
  for (const group of byTopic(bank, questions.filter(giftCanHold))) {
    lines.push(`$CATEGORY: ${categoryPath(bank.article.title, group.label)}`, "");
    for (const q of group.questions) {
      lines.push(
        `// [id:${q.id}] ${questionTags(q)
          .map((t) => `[tag:${t}]`)
          .join(" ")}`,
        `::${giftEscape(questionName(q.id, q.prompt))}::[html]${giftHtml(`<p>${html(q.prompt)}</p>`)}{`,
        ...answers(q).map((a) => `\t${a}`),
        `\t####${giftHtml(generalFeedbackHtml(q.explanation, q.source))}`,
        "}",
        "",
      );
    }
  }
  return lines.join("\n");
}
