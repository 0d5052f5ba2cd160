/** A seeded PRNG (mulberry32): the same seed gives the same sequence in every browser. Returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle with the given random source; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Turns a string (an item id, a seed text) into a 32-bit seed. */
export function seedFrom(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A 32-bit seed drawn from `random` (a [0, 1) source): the one way a quiz, session or assignment seed is made. */
export function newSeed(random: () => number): number {
  return Math.floor(random() * 0x100000000) >>> 0;
}

/** An id that sorts by time and does not collide across tabs: "<now in base 36>-<8 random base-36 digits>". */
export function newId(now: number, random: () => number): string {
  let tail = "";
  for (let i = 0; i < 8; i++) tail += Math.floor(random() * 36).toString(36);
  return `${Math.max(0, Math.floor(now)).toString(36)}-${tail}`;
}
