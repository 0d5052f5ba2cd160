// The items the last saved-data check left out (core/validate's itemsOf and entriesOf), read by core/progress/envelope.
// A module of its own, without valibot: reading an envelope must not put the checks into every page's first load.
let lastSetAside: unknown[] = [];

/** Records what the validator call that just ran left out (empty when it read everything). */
export function recordSetAside(items: unknown[]): void {
  lastSetAside = items;
}

/** The items the last validator call left out because they could not be read (empty when all were read). */
export function takeSetAside(): unknown[] {
  const out = lastSetAside;
  lastSetAside = [];
  return out;
}
