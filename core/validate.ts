// The one way saved data is checked: a valibot schema per shape (types are inferred from it), read through here.
// valibot, not zod: it adds about 2.6 KiB gzip to a page where zod/mini adds 15 and zod 29 (measured for these shapes).
//
// Saved data must survive versions: a tab of an older version (the service worker keeps tabs open) reads what a newer
// tab saved, then saves it again. So saved objects keep the fields they do not know (savedObject), and in the lists
// and maps of items a store holds (itemsOf, entriesOf) an item that cannot be read (a new enum value, a broken entry)
// is left out alone and counted, rather than failing the whole store. Whoever reads the data (core/progress/envelope)
// then keeps a copy of the stored text, so the item is set aside, not lost.
import * as v from "valibot";
import { recordSetAside } from "./set-aside";

export { takeSetAside } from "./set-aside";

/** Items left out by itemsOf/entriesOf during the validator call running now (validators run synchronously). */
let collecting: unknown[] | null = null;

/** A checker for data read back from storage or a backup: the data in this shape, or null. */
export function validator<S extends v.GenericSchema>(schema: S): (data: unknown) => v.InferOutput<S> | null {
  return (data) => {
    const outer = collecting;
    const mine: unknown[] = [];
    collecting = mine;
    try {
      const r = v.safeParse(schema, data);
      recordSetAside(r.success ? mine : []);
      return r.success ? r.output : null;
    } finally {
      collecting = outer;
    }
  };
}

/**
 * An object of saved data: its known fields are checked and typed, and fields it does not know (added by a newer
 * version) are kept as they are, so an older tab saving again does not strip them. The type names the known fields.
 */
export function savedObject<E extends v.ObjectEntries>(entries: E): v.ObjectSchema<E, undefined> {
  return v.looseObject(entries) as unknown as v.ObjectSchema<E, undefined>;
}

// Checks below are written as v.custom where valibot would need several actions: fewer of its functions on a page.

/** A string that is not empty (ids, keys). */
export const idSchema = v.custom<string>((x) => typeof x === "string" && x.length > 0);

/** A number from 0 to 1 (a score, a ratio). */
export const unitSchema = v.custom<number>((x) => typeof x === "number" && x >= 0 && x <= 1);

const plainObject = v.custom<Record<string, unknown>>((x) => typeof x === "object" && x !== null && !Array.isArray(x));

/** A plain object of values by string key (valibot's record alone turns an array into an empty object). */
export function dictOf<S extends v.GenericSchema>(schema: S) {
  return v.pipe(plainObject, v.record(v.string(), schema));
}

/** Reads one item: its output, or `skip` after counting it as set aside. */
function readItem<S extends v.GenericSchema>(schema: S, item: unknown, skip: symbol): v.InferOutput<S> | symbol {
  const r = v.safeParse(schema, item);
  if (r.success) return r.output;
  collecting?.push(item);
  return skip;
}

const SKIP = Symbol("set aside");

/** A store's list of items (attempts, logs, results): an item that cannot be read is left out alone (see above). */
export function itemsOf<S extends v.GenericSchema>(schema: S) {
  const list = v.pipe(
    v.array(v.unknown()),
    v.transform((items) => {
      const out: v.InferOutput<S>[] = [];
      for (const item of items) {
        const read = readItem(schema, item, SKIP);
        if (read !== SKIP) out.push(read as v.InferOutput<S>);
      }
      return out;
    }),
  );
  return Object.assign(list, { savedItems: schema });
}

/** A store's map of items by key (cards, inboxes): an entry that cannot be read is left out alone (see above). */
export function entriesOf<S extends v.GenericSchema>(schema: S) {
  const map = v.pipe(
    plainObject,
    v.transform((entries) => {
      const out: Record<string, v.InferOutput<S>> = {};
      for (const [key, item] of Object.entries(entries)) {
        const read = readItem(schema, item, SKIP);
        if (read !== SKIP) out[key] = read as v.InferOutput<S>;
      }
      return out;
    }),
  );
  return Object.assign(map, { savedEntries: schema });
}
