import type { Bank, ChoiceOption, Question } from "../bank/schema";
import { byTopic, exportedQuestions, type ExportScope } from "./select";
import { categoryPath, generalFeedbackHtml, html, optionGrades, questionName, questionTags, xml } from "./text";

/**
 * Text as Moodle's own export writes it: in CDATA, so its reader (which skips whitespace-only runs of character data)
 * keeps the space between two escaped characters ("A & <B>"). A "]]>" inside the text ends one section and opens the next.
 */
export function cdata(body: string): string {
  return `<![CDATA[${body.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

const text = (body: string) => `<text>${cdata(body)}</text>`;
const htmlBlock = (tag: string, bodyHtml: string) => `    <${tag} format="html">${text(bodyHtml)}</${tag}>`;

/** The tag an ordering question written as matching carries, so a teacher can find those questions in Moodle. */
export const ORDERING_TAG = "debrief-ordering";
/** The line added under an ordering question's prompt when it travels as matching. */
export const ORDER_AS_MATCH_NOTE = "<p>Give each one its place in the order: 1st comes first.</p>";

/** "1st", "2nd", "3rd", "4th"... for the place at index `i`. */
export function placeLabel(i: number): string {
  const n = i + 1;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

function head(
  q: Question,
  moodleType: string,
  questionHtml = `<p>${html(q.prompt)}</p>`,
  extraTags: string[] = [],
): string[] {
  return [
    `  <question type="${moodleType}">`,
    `    <name>${text(questionName(q.id, q.prompt))}</name>`,
    htmlBlock("questiontext", questionHtml),
    htmlBlock("generalfeedback", generalFeedbackHtml(q.explanation, q.source)),
    "    <defaultgrade>1</defaultgrade>",
    "    <penalty>0.3333333</penalty>",
    "    <hidden>0</hidden>",
    `    <idnumber>${xml(q.id)}</idnumber>`,
    `    <tags>${[...questionTags(q), ...extraTags].map((t) => `<tag>${text(t)}</tag>`).join("")}</tags>`,
  ];
}

const combinedFeedback = [
  htmlBlock("correctfeedback", "<p>Your answer is correct.</p>"),
  htmlBlock("partiallycorrectfeedback", "<p>Your answer is partially correct.</p>"),
  htmlBlock("incorrectfeedback", "<p>Your answer is incorrect.</p>"),
  "    <shownumcorrect/>",
];

function choiceAnswer(option: ChoiceOption, fraction: number): string {
  return [
    `    <answer fraction="${fraction}" format="html">`,
    `      ${text(`<p>${html(option.text)}</p>`)}`,
    `      <feedback format="html">${text(`<p>${html(option.feedback)}</p>`)}</feedback>`,
    "    </answer>",
  ].join("\n");
}

// Moodle's short answer treats * as a wildcard; a literal star is written \*.
const shortAnswerText = (s: string) => s.replace(/\*/g, "\\*");

function body(q: Question): string[] {
  switch (q.type) {
    case "single":
    case "multiple": {
      const grades = optionGrades(q);
      return [
        ...head(q, "multichoice"),
        `    <single>${q.type === "single"}</single>`,
        // Options in a natural order (dates, numbers) stay in it, as Moodle's own export writes it.
        `    <shuffleanswers>${q.fixedOrder ? "false" : "true"}</shuffleanswers>`,
        "    <answernumbering>abc</answernumbering>",
        "    <showstandardinstruction>0</showstandardinstruction>",
        ...combinedFeedback,
        ...q.options.map((o, i) => choiceAnswer(o, grades[i] ?? 0)),
      ];
    }
    case "true-false":
      return [
        ...head(q, "truefalse"),
        ...[true, false].map((value) =>
          [
            `    <answer fraction="${value === q.answer ? 100 : 0}" format="moodle_auto_format">`,
            `      ${text(String(value))}`,
            `      <feedback format="html">${text(value === q.answer ? "<p>Right.</p>" : "<p>Not quite.</p>")}</feedback>`,
            "    </answer>",
          ].join("\n"),
        ),
      ];
    case "typed":
      return [
        ...head(q, "shortanswer"),
        "    <usecase>0</usecase>",
        ...[q.answer, ...(q.accept ?? [])].map(
          (form) =>
            `    <answer fraction="100" format="moodle_auto_format">${text(shortAnswerText(form))}<feedback format="html"><text></text></feedback></answer>`,
        ),
      ];
    case "match":
      return [
        ...head(q, "matching"),
        "    <shuffleanswers>true</shuffleanswers>",
        ...combinedFeedback,
        ...q.answer.map(
          (p) =>
            `    <subquestion format="html">${text(`<p>${html(p.left)}</p>`)}<answer>${text(p.right)}</answer></subquestion>`,
        ),
      ];
    case "order":
      // Moodle 4.0 to 4.3 have no ordering type without a plugin, and one unknown type stops the whole import: an ordering
      // question travels as a matching question (each item, shuffled, gets its place "1st", "2nd"...), which every Moodle
      // imports and scores per item like the ordering type's "absolute position" grading. GIFT carries the real type.
      return [
        ...head(q, "matching", `<p>${html(q.prompt)}</p>${ORDER_AS_MATCH_NOTE}`, [ORDERING_TAG]),
        "    <shuffleanswers>true</shuffleanswers>",
        ...combinedFeedback,
        ...q.answer.map(
          (item, i) =>
            `    <subquestion format="html">${text(`<p>${html(item)}</p>`)}<answer>${text(placeLabel(i))}</answer></subquestion>`,
        ),
      ];
  }
}

/** The bank (or the scope's questions) as a Moodle XML question-bank file: one category per topic. */
export function toMoodleXml(bank: Bank, scope: ExportScope = {}): string {
  const groups = byTopic(bank, exportedQuestions(bank, scope));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- Debrief question bank: "${xml(bank.article.title)}" by ${xml(bank.article.author)}. Bank version ${xml(bank.version)}.`,
    "     For Moodle 4.0 or later, core question types only: each ordering question is written as a matching question (give",
    `     each item its place: 1st, 2nd...) tagged ${ORDERING_TAG}; the GIFT export carries them as Moodle 4.4's ordering type.`,
    "     Question ID numbers are the Debrief ids. -->",
    "<quiz>",
  ];
  for (const group of groups) {
    const info = bank.topics.find((t) => t.id === group.topic)?.description ?? "";
    lines.push(
      '  <question type="category">',
      `    <category>${text(categoryPath(bank.article.title, group.label))}</category>`,
      `    <info format="html">${text(`<p>${html(info)}</p>`)}</info>`,
      `    <idnumber>${xml(`debrief-${group.topic}`)}</idnumber>`,
      "  </question>",
    );
    for (const q of group.questions) lines.push(...body(q), "  </question>");
  }
  lines.push("</quiz>", "");
  return lines.join("\n");
}
