// Bundled by scripts/bench-sync.mjs for the browser: one sync of a deck with `n` review logs, through the same core code
// the app runs (backup file, deflate, AES-GCM, the deck merge). Stores and storage are left out (they are the same
// per-kind merge and one localStorage write).
import { createBackup } from "../../core/progress/backup";
import { EMPTY_DECK, type DeckData } from "../../core/scheduling/deck";
import { combineDecks } from "../../core/scheduling/deck-merge";
import { deriveKeys, open, seal } from "../../core/sync/cipher";
import { packPayload, unpackPayload } from "../../core/sync/payload";

const DAY = 86_400_000;
const START = Date.UTC(2021, 0, 1);

/** Five years of daily study: `n` logs over 400 cards, with ts-fsrs-like floats. */
function deck(n: number, seed: number): DeckData {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const logs = Array.from({ length: n }, (_, i) => {
    const review = START + Math.floor((i / n) * 5 * 365 * DAY) + Math.floor(rnd() * 3_600_000);
    return {
      id: `${review.toString(36)}-${Math.floor(rnd() * 2 ** 31).toString(36)}`,
      cardId: `c-${String(i % 400).padStart(3, "0")}`,
      rating: (1 + Math.floor(rnd() * 4)) as 1 | 2 | 3 | 4,
      state: "review" as const,
      due: review + Math.floor(rnd() * 30) * DAY,
      stability: rnd() * 120,
      difficulty: 1 + rnd() * 9,
      elapsedDays: Math.floor(rnd() * 30),
      lastElapsedDays: Math.floor(rnd() * 30),
      scheduledDays: Math.floor(rnd() * 60),
      learningSteps: 0,
      review,
      durationMs: Math.floor(rnd() * 20_000),
    };
  });
  return { ...EMPTY_DECK, logs };
}

export async function benchSync(n: number) {
  const secret = "B".repeat(42) + "A";
  const keys = (await deriveKeys(crypto.subtle, secret))!;
  // This device holds all but the last 20 reviews; the other device's copy holds all but the first 20.
  const all = deck(n + 20, 7);
  const mine = { ...all, logs: all.logs.slice(0, n) };
  const theirs = { ...all, logs: all.logs.slice(20) };
  const other = packPayload(createBackup({ "debrief:cards": { state: theirs, version: 2 } }, START));
  const copy = await seal(crypto.subtle, keys.key, "A".repeat(22), 5, other, new Uint8Array(12));

  const t0 = performance.now();
  // Pull: open, inflate, parse, merge.
  const opened = await open(crypto.subtle, keys.key, "A".repeat(22), 5, copy);
  const t1 = performance.now();
  const text = unpackPayload((opened as { ok: true; value: Uint8Array<ArrayBuffer> }).value)!;
  const file = JSON.parse(text) as { data: Record<string, { state: DeckData }> };
  const merged = combineDecks(mine, file.data["debrief:cards"]!.state);
  const t2 = performance.now();
  // Push: the backup file, deflate, seal.
  const plain = packPayload(createBackup({ "debrief:cards": { state: merged, version: 2 } }, START));
  const t3 = performance.now();
  const sealed = await seal(crypto.subtle, keys.key, "A".repeat(22), 6, plain, new Uint8Array(12));
  const t4 = performance.now();
  return {
    logs: merged.logs.length,
    jsonBytes: text.length,
    readBytes: copy.length,
    writeBytes: sealed.length,
    // Main thread: everything but the two WebCrypto calls, which run off it.
    mainThreadMs: Math.round(t2 - t1 + (t3 - t2)),
    totalMs: Math.round(t4 - t0),
  };
}
