import { strToU8, zipSync } from "fflate";
import type { SqlJsStatic } from "sql.js";
import type { Bank } from "../bank/schema";
import { ankiDeckName, ankiFields, ankiGuid, ankiTags } from "./cards";
import { sha1Hex } from "./sha1";
import { exportedCards } from "./select";

// Anki's collection schema 11 (the ".anki2" file every Anki 2.1 imports). Ids of the note type and deck are fixed, so a
// second import lands in the same deck with the same note type, and notes are matched by their GUID. The package brings
// its own note type, named in English whatever language Anki speaks: Anki's stock "Basic" type and its Front/Back fields
// are named in the user's language, so a file that names them only imports into an English Anki.
const MODEL_ID = 1733000000001;
const DECK_ID = 1733000000002;

/** The note type every Debrief package brings, and its two fields (front, then back). */
export const ANKI_NOTE_TYPE = { name: "Debrief card", fields: ["Debrief front", "Debrief back"] } as const;

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

function collectionJson(bank: Bank, nowSec: number) {
  const field = (name: string, ord: number) => ({
    name,
    ord,
    sticky: false,
    rtl: false,
    font: "Arial",
    size: 20,
    media: [],
  });
  const deck = (id: number, name: string, desc: string) => ({
    id,
    name,
    desc,
    mod: nowSec,
    usn: -1,
    collapsed: false,
    browserCollapsed: false,
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
  });
  const models = {
    [MODEL_ID]: {
      id: MODEL_ID,
      name: ANKI_NOTE_TYPE.name,
      type: 0,
      mod: nowSec,
      usn: -1,
      sortf: 0,
      did: DECK_ID,
      tags: [],
      vers: [],
      flds: ANKI_NOTE_TYPE.fields.map((name, ord) => field(name, ord)),
      tmpls: [
        {
          name: "Card 1",
          ord: 0,
          qfmt: `{{${ANKI_NOTE_TYPE.fields[0]}}}`,
          afmt: `{{FrontSide}}<hr id=answer>{{${ANKI_NOTE_TYPE.fields[1]}}}`,
          did: null,
          bqfmt: "",
          bafmt: "",
        },
      ],
      css: ".card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }",
      latexPre: "\\documentclass[12pt]{article}\\begin{document}",
      latexPost: "\\end{document}",
      latexsvg: false,
      req: [[0, "any", [0]]],
    },
  };
  const decks = {
    1: deck(1, "Default", ""),
    [DECK_ID]: deck(
      DECK_ID,
      ankiDeckName(bank),
      `Cards on “${bank.article.title}” by ${bank.article.author}, from Debrief.`,
    ),
  };
  const dconf = {
    1: {
      id: 1,
      name: "Default",
      mod: 0,
      usn: 0,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      dyn: false,
      new: { delays: [1, 10], ints: [1, 4, 7], initialFactor: 2500, order: 1, perDay: 20, bury: false },
      lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 0 },
      rev: { perDay: 200, ease4: 1.3, fuzz: 0.05, maxIvl: 36500, ivlFct: 1, bury: false, hardFactor: 1.2 },
    },
  };
  const conf = {
    activeDecks: [1],
    curDeck: 1,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: MODEL_ID,
    nextPos: 1,
    sortType: "noteFld",
    sortBackwards: false,
    addToCur: true,
  };
  return { models, decks, dconf, conf };
}

// Anki's checksum of a note's first field: the first 8 hex digits of the SHA-1 of its text without HTML, as a number.
const fieldChecksum = (fieldHtml: string) => parseInt(sha1Hex(fieldHtml.replace(/<[^>]*>/g, "")).slice(0, 8), 16);

/**
 * The cards as an Anki package (.apkg: a zip holding a schema-11 SQLite collection and an empty media list).
 * `SQL` is an initialised sql.js (passed in so this module stays free of WebAssembly loading); `now` is epoch ms.
 */
export function toApkg(bank: Bank, SQL: SqlJsStatic, now: number): Uint8Array {
  const nowSec = Math.floor(now / 1000);
  const db = new SQL.Database();
  try {
    db.run(SCHEMA);
    const { models, decks, dconf, conf } = collectionJson(bank, nowSec);
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [
      nowSec,
      now,
      now,
      JSON.stringify(conf),
      JSON.stringify(models),
      JSON.stringify(decks),
      JSON.stringify(dconf),
    ]);
    exportedCards(bank).forEach((card, i) => {
      const [front, back] = ankiFields(card);
      const noteId = now + i;
      db.run("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')", [
        noteId,
        ankiGuid(card),
        MODEL_ID,
        nowSec,
        ` ${ankiTags(card)} `,
        `${front}\x1f${back}`,
        front,
        fieldChecksum(front),
      ]);
      // A new card (type 0, queue 0) due in the order of the bank.
      db.run("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')", [
        noteId,
        noteId,
        DECK_ID,
        nowSec,
        i + 1,
      ]);
    });
    return zipSync({ "collection.anki2": [db.export(), { mtime: now }], media: [strToU8("{}"), { mtime: now }] });
  } finally {
    db.close();
  }
}
