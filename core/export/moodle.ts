import type { Bank, ChoiceOption, Question } from "../bank/schema";
import { byTopic, exportedQuestions, type ExportScope } from "./select";
import { categoryPath, generalFeedbackHtml, html, optionGrades, questionName, questionTags, xml } from "./text";

const text = (body: string) => `<text>${xml(body)}</text>`;
const htmlBlock = (tag: string, bodyHtml: string) => `    <${tag} format="html">${text(bodyHtml)}</${tag}>`;

function head(q: Question, moodleType: string): string[] {
  return [
    `  <question type="${moodleType}">`,
    `    <name>${text(questionName(q.id, q.prompt))}</name>`,
    htmlBlock("questiontext", `<p>${html(q.prompt)}</p>`),
    htmlBlock("generalfeedback", generalFeedbackHtml(q.explanation, q.source)),
    "    <defaultgrade>1</defaultgrade>",
    "    <penalty>0.3333333</penalty>",
    "    <hidden>0</hidden>",
    `    <idnumber>${xml(q.id)}</idnumber>`,
    `    <tags>${questionTags(q)
      .map((t) => `<tag>${text(t)}</tag>`)
      .join("")}</tags>`,
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
      return [
        ...head(q, "ordering"),
        "    <layouttype>VERTICAL</layouttype>",
        "    <selecttype>ALL</selecttype>",
        "    <selectcount>0</selectcount>",
        "    <gradingtype>ABSOLUTE_POSITION</gradingtype>",
        "    <showgrading>SHOW</showgrading>",
        "    <numberingstyle>none</numberingstyle>",
        ...combinedFeedback,
        // qtype_ordering reads the correct order from the fraction of each answer: 1, 2, 3...
        ...q.answer.map(
          (item, i) => `    <answer fraction="${i + 1}" format="moodle_auto_format">${text(item)}</answer>`,
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
    "     For Moodle 4.4 or later: ordering questions use qtype_ordering, part of Moodle since 4.4 (on older sites install",
    "     the Ordering plugin or delete those questions). Question ID numbers are the Debrief ids. -->",
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
