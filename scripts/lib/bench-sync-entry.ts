// Bundled by scripts/bench-sync.mjs for the browser: one sync of 5 years of flashcard study, through the same core code
// the app runs (backup file and its checksum, the saved deck's schema check, deflate, AES-GCM, the deck merge). Stores
// and storage are left out (one localStorage read and write each way).
import { createBackup, readBackupFile, type BackupPart } from "../../core/progress/backup";
import type { DeckData } from "../../core/scheduling/deck";
import { combineDecks } from "../../core/scheduling/deck-merge";
import { deriveKeys, open, seal } from "../../core/sync/cipher";
import { packPayload, unpackPayload } from "../../core/sync/payload";
import { parseDeckData } from "../../core/scheduling/schemas";
import { simulateDailyStudy } from "../../core/scheduling/simulate";

/** The saved deck's part of a backup, read as the app reads it (stores/backup.ts: the kind's check, then its merge). */
const DECK_PART: BackupPart = {
  key: "debrief:cards",
  read: (value) => {
    const deck = parseDeckData((value as { state?: unknown } | null)?.state);
    return deck ? { ok: true, data: deck } : { ok: false, reason: "corrupt" };
  },
  combine: (here, incoming) => combineDecks(here as DeckData, incoming as DeckData),
};

const DAY = 86_400_000;
const START = Date.UTC(2021, 0, 1);
const YEARS = 5;

type Devices = { mine: DeckData; theirs: DeckData; reviews: number };
let prepared: Devices | null = null;

/**
 * Five years of daily study of `count` cards (1,650 make about 40,000 reviews; this article has 92) through the app's
 * own study steps, which fold old reviews into the deck's archive as a browser does; the other device then studies two
 * more days. Run before the throttle: it is the learner's history, not the sync.
 */
export function prepare(count = 1650): number {
  const cards = Array.from({ length: count }, (_, i) => ({ id: `c-${i}`, topic: "t" }));
  const mine = simulateDailyStudy(cards, START, YEARS * 365, 7);
  const theirs = simulateDailyStudy(cards, START + YEARS * 365 * DAY, 2, 8, mine.deck);
  prepared = { mine: mine.deck, theirs: theirs.deck, reviews: mine.reviews.length + theirs.reviews.length };
  return prepared.reviews;
}

export async function benchSync() {
  if (!prepared) throw new Error("prepare() first");
  const { mine, theirs, reviews } = prepared;
  const secret = "B".repeat(42) + "A";
  const keys = (await deriveKeys(crypto.subtle, secret))!;
  const other = await packPayload(createBackup({ "debrief:cards": { state: theirs, version: 2 } }, START));
  const copy = await seal(crypto.subtle, keys.key, "A".repeat(22), 5, other, new Uint8Array(12));

  const t0 = performance.now();
  // Pull: open, inflate, parse, merge.
  const opened = await open(crypto.subtle, keys.key, "A".repeat(22), 5, copy);
  const t1 = performance.now();
  const file = await unpackPayload((opened as { ok: true; value: Uint8Array<ArrayBuffer> }).value);
  // As a pull reads it: inflate, JSON, the checksum over the data, each kind's schema check; then the merge.
  const parsed = readBackupFile(file, [DECK_PART]);
  if (!parsed.ok) throw new Error(`the copy did not read back: ${parsed.reason}`);
  const merged = combineDecks(mine, parsed.value.entries["debrief:cards"] as DeckData);
  // Push: the backup file, deflate, seal.
  const plain = await packPayload(createBackup({ "debrief:cards": { state: merged, version: 2 } }, START));
  const t3 = performance.now();
  const sealed = await seal(crypto.subtle, keys.key, "A".repeat(22), 6, plain, new Uint8Array(12));
  const t4 = performance.now();
  return {
    reviews,
    logs: merged.logs.length,
    jsonBytes: JSON.stringify(file).length,
    readBytes: copy.length,
    writeBytes: sealed.length,
    // Main thread: everything but the two WebCrypto calls, which run off it. Inflating and deflating are the browser's
    // (CompressionStream), counted in full as if they ran on it: an upper bound.
    mainThreadMs: Math.round(t3 - t1),
    totalMs: Math.round(t4 - t0),
  };
}
