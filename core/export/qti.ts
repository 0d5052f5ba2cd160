import { strToU8, zipSync, type Zippable } from "fflate";
import type { Bank, Question } from "../bank/schema";
import { exportedQuestions, topicLabel, type ExportScope } from "./select";
import { generalFeedbackHtml, html, share, xml } from "./text";

/** The question types Canvas imports from QTI 1.2, by their Canvas names. Ordering has none. */
export const CANVAS_TYPES: Partial<Record<Question["type"], string>> = {
  single: "multiple_choice_question",
  multiple: "multiple_answers_question",
  "true-false": "true_false_question",
  typed: "short_answer_question",
  match: "matching_question",
};

const mattext = (bodyHtml: string) => `<material><mattext texttype="text/html">${xml(bodyHtml)}</mattext></material>`;
const plainMattext = (s: string) => `<material><mattext texttype="text/plain">${xml(s)}</mattext></material>`;
const field = (label: string, entry: string) =>
  `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${xml(entry)}</fieldentry></qtimetadatafield>`;
const feedback = (ident: string, bodyHtml: string) =>
  `<itemfeedback ident="${xml(ident)}"><flow_mat>${mattext(bodyHtml)}</flow_mat></itemfeedback>`;
const setScore = (value: number | string, action = "Set") =>
  `<setvar action="${action}" varname="SCORE">${value}</setvar>`;
const showFeedback = (ident: string) => `<displayfeedback feedbacktype="Response" linkrefid="${xml(ident)}"/>`;

/** Choices as (ident, text, feedback); idents are the question id and the option's place, so a re-import can be matched. */
function choices(q: Question): { ident: string; text: string; feedback?: string; key: boolean }[] {
  switch (q.type) {
    case "single":
      return q.options.map((o, i) => ({
        ident: `${q.id}-${i + 1}`,
        text: o.text,
        feedback: o.feedback,
        key: o.text === q.answer,
      }));
    case "multiple":
      return q.options.map((o, i) => ({
        ident: `${q.id}-${i + 1}`,
        text: o.text,
        feedback: o.feedback,
        key: q.answer.includes(o.text),
      }));
    case "true-false":
      return [true, false].map((v) => ({ ident: `${q.id}-${v}`, text: v ? "True" : "False", key: v === q.answer }));
    default:
      return [];
  }
}

function presentationAndScoring(q: Question): { presentation: string; scoring: string[]; feedbacks: string[] } {
  const prompt = mattext(`<p>${html(q.prompt)}</p>`);
  if (q.type === "typed") {
    const forms = [q.answer, ...(q.accept ?? [])];
    return {
      presentation: `${prompt}<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str>`,
      scoring: [
        `<respcondition continue="No"><conditionvar>${forms.map((f) => `<varequal respident="response1">${xml(f)}</varequal>`).join("")}</conditionvar>${setScore(100)}</respcondition>`,
      ],
      feedbacks: [],
    };
  }
  if (q.type === "match") {
    const rights = q.answer.map((p, i) => ({ ident: `${q.id}-r${i + 1}`, text: p.right }));
    const each = share(q.answer.length);
    return {
      presentation:
        prompt +
        q.answer
          .map(
            (p, i) =>
              `<response_lid ident="${q.id}-l${i + 1}">${plainMattext(p.left)}<render_choice>${rights
                .map((r) => `<response_label ident="${r.ident}">${plainMattext(r.text)}</response_label>`)
                .join("")}</render_choice></response_lid>`,
          )
          .join(""),
      scoring: q.answer.map(
        (_p, i) =>
          `<respcondition><conditionvar><varequal respident="${q.id}-l${i + 1}">${q.id}-r${i + 1}</varequal></conditionvar>${setScore(each, "Add")}</respcondition>`,
      ),
      feedbacks: [],
    };
  }
  const list = choices(q);
  const multiple = q.type === "multiple";
  const fixed = (q.type === "single" || q.type === "multiple") && q.fixedOrder === true;
  const labels = list
    .map((c) => `<response_label ident="${xml(c.ident)}">${mattext(`<p>${html(c.text)}</p>`)}</response_label>`)
    .join("");
  const withFeedback = list.filter((c) => c.feedback);
  const right = multiple
    ? `<and>${list.map((c) => (c.key ? `<varequal respident="response1">${xml(c.ident)}</varequal>` : `<not><varequal respident="response1">${xml(c.ident)}</varequal></not>`)).join("")}</and>`
    : `<varequal respident="response1">${xml(list.find((c) => c.key)?.ident ?? "")}</varequal>`;
  return {
    // QTI's render_choice may shuffle its options; options with a natural order (dates, numbers) say they must not.
    presentation: `${prompt}<response_lid ident="response1" rcardinality="${multiple ? "Multiple" : "Single"}"><render_choice${fixed ? ' shuffle="No"' : ""}>${labels}</render_choice></response_lid>`,
    scoring: [
      ...withFeedback.map(
        (c) =>
          `<respcondition continue="Yes"><conditionvar><varequal respident="response1">${xml(c.ident)}</varequal></conditionvar>${showFeedback(`${c.ident}_fb`)}</respcondition>`,
      ),
      `<respcondition continue="No"><conditionvar>${right}</conditionvar>${setScore(100)}</respcondition>`,
    ],
    feedbacks: withFeedback.map((c) => feedback(`${c.ident}_fb`, `<p>${html(c.feedback ?? "")}</p>`)),
  };
}

function item(bank: Bank, q: Question): string {
  const type = CANVAS_TYPES[q.type] ?? "";
  const ids = choices(q).map((c) => c.ident);
  const { presentation, scoring, feedbacks } = presentationAndScoring(q);
  return [
    `<item ident="${xml(q.id)}" title="${xml(q.id)}">`,
    `<itemmetadata><qtimetadata>${field("question_type", type)}${field("points_possible", "1.0")}${ids.length ? field("original_answer_ids", ids.join(",")) : ""}${field("assessment_question_identifierref", q.id)}${field("topic", topicLabel(bank, q.topic))}</qtimetadata></itemmetadata>`,
    `<presentation>${presentation}</presentation>`,
    `<resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>`,
    `<respcondition continue="Yes"><conditionvar><other/></conditionvar>${showFeedback("general_fb")}</respcondition>`,
    ...scoring,
    "</resprocessing>",
    feedback("general_fb", generalFeedbackHtml(q.explanation, q.source)),
    ...feedbacks,
    "</item>",
  ].join("\n");
}

/** The quiz file and its manifest, as text: what goes into the QTI zip (tests read these directly too). */
export function qtiFiles(bank: Bank, scope: ExportScope = {}): Record<string, string> {
  const questions = exportedQuestions(bank, scope);
  const kept = questions.filter((q) => CANVAS_TYPES[q.type]);
  const left = questions.filter((q) => !CANVAS_TYPES[q.type]);
  const ident = `debrief-${bank.article.slug}`;
  const title = scope.title?.trim() || `Debrief: ${bank.article.title}`;
  const quiz = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- Debrief question bank, version ${xml(bank.version)}. IMS QTI 1.2 as Canvas imports it. ${
      left.length
        ? `${left.length} ordering question(s) left out (${left.map((q) => q.id).join(", ")}): Canvas has no ordering type.`
        : "Every exported question is here."
    } -->`,
    '<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">',
    `<assessment ident="${xml(ident)}" title="${xml(title)}">`,
    `<qtimetadata>${field("cc_maxattempts", "1")}</qtimetadata>`,
    '<section ident="root_section">',
    ...kept.map((q) => item(bank, q)),
    "</section>",
    "</assessment>",
    "</questestinterop>",
    "",
  ].join("\n");
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${xml(ident)}-manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_v1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    `<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion><imsmd:lom><imsmd:general><imsmd:title><imsmd:string>${xml(title)}</imsmd:string></imsmd:title></imsmd:general></imsmd:lom></metadata>`,
    "<organizations/>",
    "<resources>",
    `<resource identifier="${xml(ident)}" type="imsqti_xmlv1p2"><file href="${xml(ident)}/${xml(ident)}.xml"/></resource>`,
    "</resources>",
    "</manifest>",
    "",
  ].join("\n");
  return { "imsmanifest.xml": manifest, [`${ident}/${ident}.xml`]: quiz };
}

/** The QTI content package as zip bytes; `now` (epoch ms) stamps the files so the same input gives the same bytes. */
export function toQtiZip(bank: Bank, scope: ExportScope, now: number): Uint8Array {
  const files: Zippable = {};
  for (const [path, body] of Object.entries(qtiFiles(bank, scope))) files[path] = [strToU8(body), { mtime: now }];
  return zipSync(files, { level: 9 });
}
