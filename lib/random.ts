// The one place the app draws ambient randomness: core/ takes seeds and ids made here as arguments.
import { newId, newSeed } from "@/core/random";

/** A [0, 1) number from the browser's cryptographic source, or Math.random where there is none. */
export function entropy(): number {
  try {
    const c = globalThis.crypto;
    if (c?.getRandomValues) return (c.getRandomValues(new Uint32Array(1))[0] ?? 0) / 0x100000000;
  } catch {
    // Fall through to Math.random.
  }
  return Math.random();
}

/** A fresh 32-bit seed for a quiz, a study session or an assignment. */
export function freshSeed(): number {
  return newSeed(entropy);
}

/** A fresh id (attempts, review logs, sessions, epochs), ordered by `now`. */
export function freshId(now: number): string {
  return newId(now, entropy);
}
