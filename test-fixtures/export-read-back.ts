// Test-only readers (for core/export tests and e2e/export.spec.ts): each turns an exported file, parsed by an independent parser, back into the portable shape of a
// question, so the tests can check that nothing a learner or teacher needs was lost on the way out.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse as parseGift, type GIFTQuestion } from "gift-pegjs";
import type { Question } from "../core/bank/schema";
import { ORDER_AS_MATCH_NOTE, ORDERING_TAG } from "../core/export/moodle";

const ARRAYS = new Set([
  "tag",
  "question",
  "answer",
  "subquestion",
  "item",
  "response_label",
  "response_lid",
  "respcondition",
  "itemfeedback",
  "varequal",
  "qtimetadatafield",
  "resource",
  "file",
]);

/** Parses XML after checking it is well formed; elements that can repeat are always arrays. */
export function parseXml(text: string): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    textNodeName: "#text",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    isArray: (name) => ARRAYS.has(name),
  });
  return parser.parse(text) as Record<string, unknown>;
}

/** The text a reader sees in an HTML fragment: tags dropped, entities decoded. */
export function htmlText(fragment: string): string {
  return fragment
    .replace(/<\/p><p>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

export type Portable = {
  id: string;
  type: Question["type"];
  prompt: string;
  /** Explanation and cited sentence, as the reader sees them. */
  general: string;
  /** Tags, in the formats that hold them. */
  tags?: string[];
  options?: { text: string; feedback: string; key: boolean }[];
  truth?: boolean;
  forms?: string[];
  pairs?: { left: string; right: string }[];
  items?: string[];
};

/** What a question must keep in any format that holds its type. */
export function portable(q: Question): Omit<Portable, "general"> {
  const base = { id: q.id, type: q.type, prompt: q.prompt };
  switch (q.type) {
    case "single":
      return {
        ...base,
        options: q.options.map((o) => ({ text: o.text, feedback: o.feedback, key: o.text === q.answer })),
      };
    case "multiple":
      return {
        ...base,
        options: q.options.map((o) => ({ text: o.text, feedback: o.feedback, key: q.answer.includes(o.text) })),
      };
    case "true-false":
      return { ...base, truth: q.answer };
    case "typed":
      return { ...base, forms: [q.answer, ...(q.accept ?? [])] };
    case "match":
      return { ...base, pairs: q.answer };
    case "order":
      return { ...base, items: q.answer };
  }
}

type Node = Record<string, unknown>;
const node = (v: unknown): Node => (v ?? {}) as Node;
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v === undefined ? [] : [v as Node]);
const str = (v: unknown): string =>
  typeof v === "string" ? v : typeof v === "object" && v ? str((v as Node)["#text"]) : "";

const MOODLE_TYPES: Record<string, (single: boolean) => Question["type"]> = {
  multichoice: (single) => (single ? "single" : "multiple"),
  truefalse: () => "true-false",
  shortanswer: () => "typed",
  matching: () => "match",
  ordering: () => "order",
};

/**
 * Character data as Moodle's XML reader keeps it: PHP's xml_parse_into_struct with XML_OPTION_SKIP_WHITE gets the text
 * of an element in pieces, one per escaped character (an entity) and one per run between them, and skips the pieces that
 * are only white space, so "A &amp; &lt;B&gt;" comes back as "A &<B>". A CDATA section comes as one piece.
 */
export function asMoodleReadsIt(xmlText: string): string {
  return xmlText
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(/>([^<]+)</g, (_, data: string) => {
            const pieces = data.split(/(&[^;]+;)/).filter((piece) => piece !== "");
            const kept = pieces.filter((piece) => piece.trim() !== "");
            return `>${kept.length === pieces.length ? data : kept.join("")}<`;
          }),
    )
    .join("");
}

/** The Moodle question types of a Moodle XML file, as written (category included). */
export function moodleTypes(text: string): Set<string> {
  return new Set(list(node(parseXml(text).quiz).question).map((q) => str(q["@type"])));
}

/** The ordinal a place label names ("1st" is 1), or NaN. */
const place = (label: string) => (/^\d+(st|nd|rd|th)$/.test(label) ? parseInt(label, 10) : NaN);

/** Moodle XML back to questions, with the category each one sits in. */
export function readMoodle(text: string): {
  questions: Portable[];
  categories: string[];
  categoryOf: Map<string, string>;
} {
  const questions: Portable[] = [];
  const categories: string[] = [];
  const categoryOf = new Map<string, string>();
  let category = "";
  for (const q of list(node(parseXml(asMoodleReadsIt(text)).quiz).question)) {
    const kind = str(q["@type"]);
    if (kind === "category") {
      category = str(node(q.category).text);
      categories.push(category);
      continue;
    }
    const single = str(q.single) === "true";
    const type = MOODLE_TYPES[kind]?.(single);
    if (!type) throw new Error(`unexpected Moodle question type ${kind}`);
    const answers = list(q.answer);
    const p: Portable = {
      id: str(q.idnumber),
      type,
      prompt: htmlText(str(node(q.questiontext).text)),
      general: htmlText(str(node(q.generalfeedback).text)),
      tags: list(node(q.tags).tag).map((t) => str(t.text)),
    };
    if (type === "single" || type === "multiple")
      p.options = answers.map((a) => ({
        text: htmlText(str(a.text)),
        feedback: htmlText(str(node(a.feedback).text)),
        key: Number(a["@fraction"]) > 0,
      }));
    if (type === "true-false") p.truth = answers.find((a) => Number(a["@fraction"]) === 100)?.text === "true";
    if (type === "typed") p.forms = answers.map((a) => str(a.text).replace(/\\\*/g, "*"));
    if (type === "match")
      p.pairs = list(q.subquestion).map((s) => ({
        left: htmlText(str(s.text)),
        right: str(node(list(s.answer)[0]).text),
      }));
    if (type === "order")
      p.items = [...answers].sort((a, b) => Number(a["@fraction"]) - Number(b["@fraction"])).map((a) => str(a.text));
    // An ordering question written as matching (tagged so): each item's place is its right-hand side, "1st", "2nd"...
    if (type === "match" && p.tags?.includes(ORDERING_TAG)) {
      const places = (p.pairs ?? []).map((pair) => place(pair.right));
      if (places.some(Number.isNaN) || new Set(places).size !== places.length) throw new Error(`${p.id}: bad places`);
      p.type = "order";
      p.items = [...(p.pairs ?? [])].sort((a, b) => place(a.right) - place(b.right)).map((pair) => pair.left);
      p.prompt = htmlText(str(node(q.questiontext).text).replace(ORDER_AS_MATCH_NOTE, ""));
      p.tags = p.tags.filter((t) => t !== ORDERING_TAG);
      delete p.pairs;
    }
    questions.push(p);
    categoryOf.set(p.id, category);
  }
  return { questions, categories, categoryOf };
}

const GIFT_TYPES: Partial<Record<GIFTQuestion["type"], Question["type"]>> = {
  TF: "true-false",
  Short: "typed",
  Matching: "match",
};

// qtype_ordering's GIFT reader (question/type/ordering/questiontype.php, import_from_gift), which Moodle tries before
// its own types: text up to "{>", a count, select, layout, grading and show words, then one item a line up to "}".
const ORDERING_GIFT =
  /^([^{]*)\s*\{>\s*(\d+)\s*((?:ALL|EXACT|RANDOM|REL|CONTIGUOUS|CONTIG)?)\s*((?:HORIZONTAL|HORI|H|1|VERTICAL|VERT|V|0)?)\s*((?:ALL_OR_NOTHING|ABSOLUTE_POSITION|ABSOLUTE|ABS|RELATIVE_NEXT_EXCLUDE_LAST|RELATIVE_NEXT_INCLUDE_LAST|RELATIVE_ONE_PREVIOUS_AND_NEXT|RELATIVE_ALL_PREVIOUS_AND_NEXT|RELATIVE_TO_CORRECT|RELATIVE|REL)?)\s*((?:SHOW|TRUE|YES|1|HIDE|FALSE|NO|0)?)\s*(.*?)\s*\}\s*$/s;

/** An ordering question in GIFT: stem, id and tags through gift-pegjs (as an essay), items as qtype_ordering reads them. */
function readGiftOrdering(block: string): Portable | undefined {
  const lines = block.split("\n").map((l) => (l.trim().startsWith("//") ? " " : l));
  const m = ORDERING_GIFT.exec(lines.join("\n"));
  if (!m) return undefined;
  const answerStart = block.indexOf("{>");
  const stem = parseGift(`${block.slice(0, answerStart)}{}`)[0];
  if (!stem || stem.type !== "Essay") throw new Error("ordering stem did not parse");
  if (m[3] !== "ALL" || Number(m[2]) !== (m[7] ?? "").split("\n").filter((l) => l.trim()).length)
    throw new Error(`${stem.id}: not every item is shown`);
  return {
    id: stem.id ?? "",
    type: "order",
    prompt: htmlText(stem.stem.text),
    general: "",
    tags: stem.tags ?? [],
    items: (m[7] ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l)
      .map(htmlText),
  };
}

/** GIFT back to questions, through the gift-pegjs parser (and qtype_ordering's rule for ordering questions). */
export function readGift(text: string): { questions: Portable[]; categories: string[] } {
  const questions: Portable[] = [];
  const categories: string[] = [];
  // Moodle's GIFT reader splits questions at blank lines; ordering blocks go to qtype_ordering's reader.
  const parsed = text.split(/\n\s*\n/).flatMap((block): (Portable | GIFTQuestion)[] => {
    if (block.split("\n").every((l) => !l.trim() || l.trim().startsWith("//"))) return [];
    const ordering = block.includes("{>") ? readGiftOrdering(block) : undefined;
    return ordering ? [ordering] : parseGift(`${block}\n`);
  });
  for (const g of parsed) {
    if ("general" in g) {
      questions.push(g);
      continue;
    }
    if (g.type === "Category") {
      categories.push(g.title);
      continue;
    }
    if (g.type !== "MC" && g.type !== "TF" && g.type !== "Short" && g.type !== "Matching")
      throw new Error(`unexpected GIFT question type ${g.type}`);
    const base = {
      id: g.id ?? "",
      prompt: htmlText(g.stem.text),
      general: htmlText(g.globalFeedback?.text ?? ""),
      tags: g.tags ?? [],
    };
    if (g.type === "MC") {
      const weighted = g.choices.some((c) => c.weight !== null);
      questions.push({
        ...base,
        type: weighted ? "multiple" : "single",
        options: g.choices.map((c) => ({
          text: htmlText(c.text.text),
          feedback: htmlText(c.feedback?.text ?? ""),
          key: weighted ? (c.weight ?? 0) > 0 : c.isCorrect,
        })),
      });
    } else if (g.type === "TF") questions.push({ ...base, type: "true-false", truth: g.isTrue });
    else if (g.type === "Short") questions.push({ ...base, type: "typed", forms: g.choices.map((c) => c.text.text) });
    else
      questions.push({
        ...base,
        type: GIFT_TYPES.Matching!,
        // gift-pegjs leaves Moodle's placeholders for escaped characters (&&126; for an escaped ~) in the right-hand side of a
        // pair; Moodle's importer turns them back into the characters, and so does this reader.
        pairs: g.matchPairs.map((m) => ({
          left: htmlText(m.subquestion.text),
          right: m.subanswer.replace(/&&(\d{3});/g, (_, code: string) => String.fromCharCode(Number(code))),
        })),
      });
  }
  return { questions, categories };
}

const CANVAS: Record<string, Question["type"]> = {
  multiple_choice_question: "single",
  multiple_answers_question: "multiple",
  true_false_question: "true-false",
  short_answer_question: "typed",
  matching_question: "match",
};

/** A Canvas QTI 1.2 quiz file back to questions. */
export function readQti(text: string): Portable[] {
  const assessment = node(node(parseXml(text).questestinterop).assessment);
  return list(node(assessment.section).item).map((item) => {
    const fields = new Map(
      list(node(node(item.itemmetadata).qtimetadata).qtimetadatafield).map((f) => [
        str(f.fieldlabel),
        str(f.fieldentry),
      ]),
    );
    const type = CANVAS[fields.get("question_type") ?? ""];
    if (!type) throw new Error(`unexpected Canvas question type ${fields.get("question_type")}`);
    const presentation = node(item.presentation);
    const conditions = list(node(item.resprocessing).respcondition);
    const feedbacks = new Map(
      list(item.itemfeedback).map((f) => [
        str(f["@ident"]),
        htmlText(str(node(node(node(f.flow_mat).material).mattext))),
      ]),
    );
    const full = conditions.find((c) => str(c.setvar) === "100");
    const p: Portable = {
      id: str(item["@ident"]),
      type,
      prompt: htmlText(str(node(node(presentation.material).mattext))),
      general: feedbacks.get("general_fb") ?? "",
    };
    const lids = list(presentation.response_lid);
    // Choice texts are HTML; the two sides of a matching pair are plain text.
    const labels = (lid: Node, decode = htmlText) =>
      list(node(lid.render_choice).response_label).map((l) => ({
        ident: str(l["@ident"]),
        text: decode(str(node(node(l.material).mattext))),
      }));
    if (type === "single" || type === "multiple" || type === "true-false") {
      const cond = node(full?.conditionvar);
      const keys = new Set(list(type === "multiple" ? node(cond.and).varequal : cond.varequal).map(str));
      const options = labels(lids[0] ?? {}).map((l) => ({
        text: l.text,
        feedback: feedbacks.get(`${l.ident}_fb`) ?? "",
        key: keys.has(l.ident),
      }));
      if (type === "true-false") p.truth = options.find((o) => o.key)?.text === "True";
      else p.options = options;
    }
    if (type === "typed") p.forms = list(node(full?.conditionvar).varequal).map(str);
    if (type === "match")
      p.pairs = lids.map((lid) => {
        const right = conditions
          .flatMap((c) => list(node(c.conditionvar).varequal))
          .find((v) => str(v["@respident"]) === str(lid["@ident"]));
        return {
          left: str(node(node(lid.material).mattext)),
          right: labels(lid, (t) => t).find((l) => l.ident === str(right))?.text ?? "",
        };
      });
    return p;
  });
}
