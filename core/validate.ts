// The one way saved data is checked: a valibot schema per shape (types are inferred from it), read through here.
// valibot, not zod: it adds about 2.6 KiB gzip to a page where zod/mini adds 15 and zod 29 (measured for these shapes).
import * as v from "valibot";

/** A checker for data read back from storage or a backup: the data in this shape (unknown keys dropped), or null. */
export function validator<S extends v.GenericSchema>(schema: S): (data: unknown) => v.InferOutput<S> | null {
  return (data) => {
    const r = v.safeParse(schema, data);
    return r.success ? r.output : null;
  };
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
