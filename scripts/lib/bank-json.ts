// The command line's JSON export (npm run bank:export): it checks the bank with the zod schema, so it lives with the
// build scripts, outside client code (eslint keeps zod out of core/, components/, stores/, lib/ and app/).
import { Bank } from "../../core/bank/schema";

export type BankJson = { ok: true; text: string } | { ok: false; problems: string[] };

/**
 * The whole bank as JSON: every field the bank schema knows (per-option feedback, fixed order, sources, topics,
 * headings, retired items flagged), taken from the validated bank rather than listed here, so a field added to the
 * schema travels without a change to this file. A bank that fails the schema gives its problems instead.
 */
export function toBankJson(bank: unknown): BankJson {
  const parsed = Bank.safeParse(bank);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".") || "bank"}: ${i.message}`) };
  return { ok: true, text: `${JSON.stringify(parsed.data, null, 2)}\n` };
}
