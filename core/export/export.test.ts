import fc from "fast-check";
import initSqlJs from "sql.js";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readBank } from "../../scripts/lib/read-bank";
import { testBank } from "../../test-fixtures/test-bank";
import type { Bank, Question } from "../bank/schema";
import { ANKI_NOTE_TYPE, toApkg } from "./apkg";
import { toQuizletText } from "./cards";
import { GIFT_ORDERING_HEADER, giftCanHold, toGift } from "./gift";
import { buildExport, EXPORT_FORMAT_IDS } from "./index";
import { ORDERING_TAG, toMoodleXml } from "./moodle";
import { qtiFiles, toQtiZip } from "./qti";
import {
  moodleTypes,
  parseXml,
  portable,
  readGift,
  readMoodle,
  readQti,
  type Portable,
} from "../../test-fixtures/export-read-back";
import { sha1Hex } from "./sha1";
import { questionTags, sourceLine } from "./text";

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);
const bank = readBank();
const live = bank.questions.filter((q) => !q.retired);
const liveCards = bank.flashcards.filter((c) => !c.retired);
const byId = new Map(bank.questions.map((q) => [q.id, q]));

/**
 * Every exported question keeps prompt, options, key and feedback, and its general feedback holds explanation and quote
 * (except where `noGeneral` says the format has no place for it).
 */
function expectRoundTrip(read: Portable[], source: Map<string, Question>, noGeneral = (_q: Question) => false) {
  for (const p of read) {
    const q = source.get(p.id);
    expect(q, `exported id ${p.id} is in the bank`).toBeDefined();
    if (!q) continue;
    const { general, tags, ...kept } = p;
    expect(kept).toEqual(portable(q));
    if (tags) expect(tags).toEqual(questionTags(q));
    if (noGeneral(q)) continue;
    expect(general).toContain(q.explanation);
    expect(general).toContain(sourceLine(q.source));
  }
}

const ids = (qs: { id: string }[]) => qs.map((q) => q.id);
type XmlNode = Record<string, unknown>;
const node = (v: unknown): XmlNode => (v ?? {}) as XmlNode;
const list = (v: unknown): XmlNode[] => (Array.isArray(v) ? (v as XmlNode[]) : v === undefined ? [] : [v as XmlNode]);
const withRetiredCard: Bank = {
  ...testBank,
  flashcards: [
    { id: "c-001", front: "Live", back: "Kept", source: testBank.questions[0]!.source, topic: "bilateral" },
    {
      id: "c-002",
      front: "Gone",
      back: "Retired",
      source: testBank.questions[0]!.source,
      topic: "bilateral",
      retired: true,
    },
  ],
};

describe("Moodle XML", () => {
  const read = readMoodle(toMoodleXml(bank));

  it("holds every live question of every type, each with its id as the ID number, and no retired one", () => {
    expect(ids(read.questions).sort()).toEqual(ids(live).sort());
    expect(new Set(read.questions.map((q) => q.type))).toEqual(
      new Set(["single", "multiple", "true-false", "typed", "match", "order"]),
    );
    expect(ids(readMoodle(toMoodleXml(testBank)).questions)).not.toContain("q-007");
  });

  it("keeps prompt, options, key, per-option feedback, explanation and quote of every question", () => {
    expectRoundTrip(read.questions, byId);
  });

  it("puts each question in the category of its topic", () => {
    const topics = new Set(live.map((q) => q.topic));
    expect(read.categories).toHaveLength(topics.size);
    for (const q of live) {
      const label = bank.topics.find((t) => t.id === q.topic)?.label ?? "";
      expect(read.categoryOf.get(q.id)).toBe(
        `$course$/top/Debrief: ${bank.article.title}/${label.replace(/\//g, "//")}`,
      );
    }
  });

  it("gives partial credit on multiple select from Moodle's list of grades, summing to 100 for the keys", () => {
    const xml = toMoodleXml(bank);
    const fractions = [...xml.matchAll(/fraction="(-?[\d.]+)" format="html"/g)].map((m) => Math.abs(Number(m[1])));
    const moodleGrades = [
      100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10,
      5, 0,
    ];
    for (const f of fractions) expect(moodleGrades).toContain(f);
  });

  it("tags each question with its difficulty and the questions that give its answer away", () => {
    const paired = read.questions.find((q) => byId.get(q.id)?.excludes?.length);
    expect(paired?.tags).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^not-with-q-\d{3}$/),
        expect.stringMatching(/^difficulty-[123]$/),
      ]),
    );
  });

  it("says in the file which Moodle it targets", () => {
    expect(toMoodleXml(bank)).toContain("Moodle 4.0 or later");
  });

  // Moodle 4.0 to 4.3 without the Ordering plugin stop the whole import at the first unknown type ("Stop on error").
  it("uses only question types in Moodle 4.0's core, so every question imports there: ordering travels as matching", () => {
    const xml = toMoodleXml(bank);
    expect([...moodleTypes(xml)].sort()).toEqual(["category", "matching", "multichoice", "shortanswer", "truefalse"]);
    const orders = live.filter((q) => q.type === "order");
    expect(orders).toHaveLength(8); // the bank's live ordering questions (q-188 joined the first 7)
    for (const q of orders) {
      const read = readMoodle(xml).questions.find((r) => r.id === q.id);
      expect(read).toMatchObject({ type: "order", items: q.answer });
    }
    expect(xml).toContain(`<tag><text><![CDATA[${ORDERING_TAG}]]></text></tag>`);
    expect(xml).toContain("<answer><text><![CDATA[1st]]></text></answer>");
  });

  it("keeps the options of fixed-order questions in their order and shuffles the others", () => {
    const fixed = live.filter((q) => "fixedOrder" in q && q.fixedOrder).map((q) => q.id);
    expect(fixed).toEqual(["q-035", "q-112", "q-124", "q-154", "q-167", "q-171", "q-172", "q-173"]);
    for (const block of toMoodleXml(bank).split("</question>")) {
      const id = /<idnumber>(q-\d{3})<\/idnumber>/.exec(block)?.[1];
      if (!id || !block.includes('type="multichoice"')) continue;
      expect(block, id).toContain(`<shuffleanswers>${fixed.includes(id) ? "false" : "true"}</shuffleanswers>`);
    }
  });

  it("writes text in CDATA, so Moodle's reader keeps the space between two escaped characters", () => {
    const [single, , , typed, match] = testBank.questions as [Question, Question, Question, Question, Question];
    const tricky: Question[] = [
      { ...(typed as Extract<Question, { type: "typed" }>), answer: "R&D & <x>", accept: ["a > < b"] },
      {
        ...(match as Extract<Question, { type: "match" }>),
        answer: [
          { left: "one", right: "A & <B>" },
          { left: "two", right: "x ]]> y" },
          { left: "three", right: "C" },
        ],
      },
      { ...single, id: "q-090", type: "order", answer: ["first & <second>", "b", "c"] } as Question,
    ];
    const small: Bank = { ...testBank, questions: tricky };
    const read = readMoodle(toMoodleXml(small)).questions;
    expect(read.map((q) => q.forms ?? q.pairs?.map((p) => p.right) ?? q.items)).toEqual([
      ["R&D & <x>", "a > < b"],
      ["A & <B>", "x ]]> y", "C"],
      ["first & <second>", "b", "c"],
    ]);
  });
});

const isOrder = (q: Question) => q.type === "order";

describe("GIFT", () => {
  const gift = toGift(bank);
  const read = readGift(gift);

  it("holds every live question, ordering ones in qtype_ordering's syntax (Moodle 4.4+), each with its id", () => {
    expect(live.filter(giftCanHold)).toEqual(live);
    expect(ids(read.questions).sort()).toEqual(ids(live).sort());
    expect(read.questions.filter((q) => q.type === "order")).toHaveLength(
      live.filter((q) => q.type === "order").length,
    );
    expect(read.categories.length).toBeGreaterThan(1);
    expect(gift).toContain(`{>4 ${GIFT_ORDERING_HEADER}\n`);
  });

  it("keeps prompt, options, key, feedback, explanation and quote (no general feedback on ordering)", () => {
    expectRoundTrip(read.questions, byId, isOrder);
  });

  it("names the fixed-order questions whose shuffling the teacher must turn off, since GIFT cannot say so", () => {
    const header = gift.split("\n\n")[0] ?? "";
    expect(header).toContain("q-035, q-112, q-124, q-154, q-167, q-171, q-172, q-173");
    expect(header).toContain("Shuffle the choices?");
  });

  it("names the questions it leaves out", () => {
    const braced: Question = { ...byId.get("q-036")!, prompt: "Put {these} in order." } as Question;
    const out = toGift({ ...testBank, questions: [braced] });
    expect(out.split("\n").slice(0, 4).join("\n")).toContain("1 question(s) left out (q-036)");
    expect(readGift(out).questions).toEqual([]);
  });

  it("escapes a leading weight (%50%) and format ([html], [plain]) in answers and feedback", () => {
    const [single, , , typed] = testBank.questions as [Question, Question, Question, Question];
    const s = single as Extract<Question, { type: "single" }>;
    const tricky: Question[] = [
      {
        ...s,
        options: [
          { text: "%50% of the cases", feedback: "[plain] is how it starts" },
          { text: "[html]markup", feedback: "%10% of them" },
          { text: "[markdown] third", feedback: "Plain." },
        ],
        answer: "%50% of the cases",
      },
      { ...(typed as Extract<Question, { type: "typed" }>), answer: "%10% rise", accept: ["[plain]x", "[moodle]y"] },
    ];
    const read = readGift(toGift({ ...testBank, questions: tricky })).questions;
    expectRoundTrip(read, new Map(tricky.map((q) => [q.id, q])));
    expect(read).toHaveLength(2);
  });
});

describe("QTI for Canvas", () => {
  it("is a content package whose manifest points at a QTI 1.2 quiz that is in the zip", () => {
    const files = unzipSync(toQtiZip(bank, {}, NOW));
    const manifest = strFromU8(files["imsmanifest.xml"]!);
    const resources = (parseXml(manifest).manifest as { resources: { resource: Record<string, unknown>[] } }).resources
      .resource;
    expect(resources).toHaveLength(1);
    expect(resources[0]!["@type"]).toBe("imsqti_xmlv1p2");
    const href = (resources[0]!.file as { "@href": string }[])[0]!["@href"];
    expect(Object.keys(files)).toContain(href);
    const read = readQti(strFromU8(files[href!]!));
    expect(ids(read).sort()).toEqual(ids(live.filter((q) => q.type !== "order")).sort());
  });

  it("keeps prompt, options, key, feedback, explanation and quote of every item", () => {
    const quiz = Object.entries(qtiFiles(bank)).find(([path]) => path !== "imsmanifest.xml")?.[1] ?? "";
    expectRoundTrip(readQti(quiz), byId);
  });

  it("marks the options of fixed-order questions as not to be shuffled", () => {
    const quiz = Object.entries(qtiFiles(bank)).find(([path]) => path !== "imsmanifest.xml")?.[1] ?? "";
    const items = list(node(node(node(parseXml(quiz).questestinterop).assessment).section).item);
    const fixed = items
      .filter((item) => {
        const lid = list(node(item.presentation).response_lid)[0];
        return node(lid?.render_choice)["@shuffle"] === "No";
      })
      .map((item) => item["@ident"]);
    expect(fixed).toEqual(["q-035", "q-112", "q-124", "q-154", "q-167", "q-171", "q-172", "q-173"]);
  });

  it("gives the same bytes for the same bank and time", () => {
    expect(toQtiZip(bank, {}, NOW)).toEqual(toQtiZip(bank, {}, NOW));
  });
});

describe("an assignment's export", () => {
  it("holds only the assignment's questions, in its order, and never a retired one", () => {
    const chosen = ["q-006", "q-001", "q-007", "q-003"];
    const moodle = readMoodle(toMoodleXml(testBank, { questionIds: chosen })).questions;
    expect(ids(moodle).sort()).toEqual(["q-001", "q-003", "q-006"]);
    const quiz = Object.values(qtiFiles(testBank, { questionIds: chosen, title: "Week 3" }))[1] ?? "";
    expect(ids(readQti(quiz))).toEqual(["q-001", "q-003"]);
    expect(quiz).toContain('title="Week 3"');
    expect(buildExport(testBank, "gift", { questionIds: chosen, title: "Week 3: Morocco" }, NOW).fileName).toBe(
      "debrief-week-3-morocco.gift.txt",
    );
  });
});

describe("Anki", () => {
  it("opens as an SQLite collection holding every live card once, with its GUID, the quote on the back and its deck", async () => {
    const SQL = await initSqlJs();
    const files = unzipSync(toApkg(bank, SQL, NOW));
    expect(strFromU8(files.media!)).toBe("{}");
    const db = new SQL.Database(files["collection.anki2"]);
    const notes = db.exec("SELECT guid, flds, tags, mid FROM notes ORDER BY id")[0]!.values;
    expect(notes.map((n) => n[0])).toEqual(liveCards.map((c) => `debrief-${c.id}`));
    notes.forEach(([, flds, tags], i) => {
      const card = liveCards[i]!;
      const [front, back] = String(flds).split("\x1f");
      expect(front).toBe(
        card.front.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"),
      );
      expect(back).toContain(card.source.quote.replace(/&/g, "&amp;").replace(/"/g, "&quot;"));
      expect(String(tags)).toContain(`debrief::${card.topic}`);
    });
    const [models, decks] = db.exec("SELECT models, decks FROM col")[0]!.values[0]! as string[];
    expect(Object.keys(JSON.parse(models!))).toContain(String(notes[0]![3]));
    const cards = db.exec("SELECT DISTINCT did FROM cards")[0]!.values.map((r) => String(r[0]));
    expect(cards).toHaveLength(1);
    expect(JSON.parse(decks!)[cards[0]!].name).toBe(`Debrief::${bank.article.title}`);
    expect(db.exec("SELECT count(*) FROM cards")[0]!.values[0]![0]).toBe(liveCards.length);
    db.close();
  });

  it("brings its own note type, named whatever language Anki speaks, and fills the deck in any Anki", async () => {
    const SQL = await initSqlJs();
    const file = buildExport(bank, "anki", {}, NOW, SQL);
    expect(file.fileName).toBe("debrief-how-to-cooperate-against-terrorism.apkg");
    const db = new SQL.Database(unzipSync(file.data as Uint8Array)["collection.anki2"]);
    const models = JSON.parse(String(db.exec("SELECT models FROM col")[0]!.values[0]![0])) as Record<
      string,
      { name: string; flds: { name: string }[]; tmpls: { qfmt: string; afmt: string }[] }
    >;
    const mids = new Set(db.exec("SELECT DISTINCT mid FROM notes")[0]!.values.map((r) => String(r[0])));
    expect(mids.size).toBe(1);
    const model = models[[...mids][0]!]!;
    // Not Anki's stock names, which a German or Japanese Anki calls "Einfach"/"Vorderseite" or "基本"/"表面".
    expect(model.name).toBe(ANKI_NOTE_TYPE.name);
    expect(model.name).not.toMatch(/basic/i);
    const fields = model.flds.map((f) => f.name);
    expect(fields).toEqual([...ANKI_NOTE_TYPE.fields]);
    expect(fields).not.toContain("Front");
    expect(fields).not.toContain("Back");
    expect(model.tmpls[0]!.qfmt).toBe(`{{${fields[0]}}}`);
    expect(model.tmpls[0]!.afmt).toContain(`{{${fields[1]}}}`);
    db.close();
    expect(() => buildExport(bank, "anki", {}, NOW)).toThrow(/needs sql\.js/);
  });

  it("never exports a retired card", async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database(unzipSync(toApkg(withRetiredCard, SQL, NOW))["collection.anki2"]);
    expect(db.exec("SELECT guid FROM notes")[0]!.values).toEqual([["debrief-c-001"]]);
    db.close();
    expect(toQuizletText(withRetiredCard)).not.toContain("Gone");
  });
});

describe("Quizlet", () => {
  it("gives one term, a tab and its definition with the quote, per live card", () => {
    const rows = toQuizletText(bank)
      .trimEnd()
      .split("\n")
      .map((l) => l.split("\t"));
    expect(rows).toHaveLength(liveCards.length);
    rows.forEach((r, i) => {
      expect(r).toEqual([liveCards[i]!.front, expect.stringContaining(liveCards[i]!.back)]);
      expect(r[1]).toContain(liveCards[i]!.source.quote);
    });
  });
});

describe("every format", () => {
  it("builds a named file for the whole bank", async () => {
    const SQL = await initSqlJs();
    for (const format of EXPORT_FORMAT_IDS) {
      const file = buildExport(bank, format, {}, NOW, SQL);
      expect(file.fileName).toMatch(/^debrief-how-to-cooperate-against-terrorism\./);
      expect(file.data.length).toBeGreaterThan(1000);
    }
  });

  // Text with every character the formats treat specially survives the trip out and back.
  const awkward = fc
    .string({ unit: fc.constantFrom(..."ab é~=#{}:\\<>&\"'*/%-[]".split("")), minLength: 1, maxLength: 20 })
    .map((s) => `x${s.replace(/ +/g, " ")}x`); // single spaces, as everywhere in the bank (gift-pegjs folds runs of spaces)
  it("keeps awkward characters in Moodle XML, GIFT and QTI", () => {
    fc.assert(
      fc.property(fc.array(awkward, { minLength: 8, maxLength: 8 }), ([a, b, c, d, e, f, g, h]) => {
        const qs: Question[] = testBank.questions
          .slice(0, 6)
          .map((q) => ({ ...q, prompt: `${a} ${q.id}`, explanation: `${b} why` }));
        const single = qs[0] as Extract<Question, { type: "single" }>;
        single.options = [
          { text: c!, feedback: d! },
          { text: `${c}2`, feedback: e! },
          { text: `${c}3`, feedback: e! },
        ];
        single.answer = `${c}2`;
        const typed = qs[3] as Extract<Question, { type: "typed" }>;
        typed.answer = f!;
        typed.accept = [g!];
        const match = qs[4] as Extract<Question, { type: "match" }>;
        match.answer = [
          { left: g!, right: h! },
          { left: `${g}2`, right: `${h}2` },
          { left: `${g}3`, right: `${h}3` },
        ];
        const small: Bank = { ...testBank, questions: qs };
        const source = new Map(qs.map((q) => [q.id, q]));
        const moodle = readMoodle(toMoodleXml(small)).questions;
        const gift = readGift(toGift(small)).questions;
        const qti = readQti(Object.values(qtiFiles(small))[1] ?? "");
        expect(ids(moodle)).toEqual(ids(qs));
        expect(ids(gift)).toEqual(ids(qs.filter(giftCanHold)));
        expect(ids(qti)).toEqual(ids(qs.filter((q) => q.type !== "order")));
        expectRoundTrip(moodle, source);
        expectRoundTrip(gift, source, isOrder);
        expectRoundTrip(qti, source);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the source line", () => {
  it("names the paragraph, or the title, byline or heading an item rests on", () => {
    const quote = "Words from the article";
    expect(sourceLine({ paragraph: "p6", quote })).toBe("Source, paragraph 6: “Words from the article”");
    expect(sourceLine({ paragraph: "p1", quote, part: "title" })).toBe(
      "Source, the article's title: “Words from the article”",
    );
    expect(sourceLine({ paragraph: "p1", quote, part: "byline" })).toBe("Source, the byline: “Words from the article”");
    expect(sourceLine({ paragraph: "p14", quote, part: "heading" })).toBe(
      "Source, the heading before paragraph 14: “Words from the article”",
    );
  });
});

describe("sha1Hex (Anki's note checksums)", () => {
  it("agrees with known SHA-1 digests, including multi-block and non-ASCII input", () => {
    expect(sha1Hex("")).toBe("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    expect(sha1Hex("abc")).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
    expect(sha1Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
    );
    expect(sha1Hex("a".repeat(1_000_000))).toBe("34aa973cd4c4daa4f61eeb2bdbad27316534016f");
    expect(sha1Hex("Brüssel — “Alliance Base”")).toBe("4a4aad2e5829bf835f8d5b28895bd81756baa908");
  });
});
