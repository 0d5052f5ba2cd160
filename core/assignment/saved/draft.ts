// The assignment a teacher is building, kept between visits: read back field by field, so a damaged or older draft
// gives back what it can and never breaks the form.
import { DEFAULT_ASSIGNMENT_SETTINGS, type SettingsDraft } from "../link/settings";

export type TeachDraft = { title: string; instructions: string; ids: string[]; settings: SettingsDraft };

const CHOICES: Partial<Record<keyof SettingsDraft, readonly unknown[]>> = {
  mode: ["exam", "practice"],
  keep: ["first", "best", "latest"],
};

/** True when the form holds nothing the teacher typed or chose. */
export function isEmptyDraft(d: TeachDraft): boolean {
  return (
    d.title.trim() === "" &&
    d.instructions.trim() === "" &&
    d.ids.length === 0 &&
    JSON.stringify(d.settings) === JSON.stringify(DEFAULT_ASSIGNMENT_SETTINGS)
  );
}

/** A saved draft read back (questions no longer in the bank dropped), or null when there is none worth restoring. */
export function parseDraft(text: string | null, knownIds: ReadonlySet<string>): TeachDraft | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text ?? "null");
  } catch {
    return null;
  }
  if (!raw || typeof raw !== "object") return null;
  const r = raw as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const stored = (r.settings && typeof r.settings === "object" ? r.settings : {}) as Record<string, unknown>;
  const settings = { ...DEFAULT_ASSIGNMENT_SETTINGS };
  for (const key of Object.keys(settings) as (keyof SettingsDraft)[]) {
    const v = stored[key];
    const fits =
      CHOICES[key]?.includes(v) ??
      (typeof v === typeof DEFAULT_ASSIGNMENT_SETTINGS[key] || (key === "attempts" && v === null));
    if (fits && (key !== "attempts" || v === null || (Number.isInteger(v) && (v as number) > 0)))
      (settings as Record<string, unknown>)[key] = v;
  }
  const ids = Array.isArray(r.ids)
    ? r.ids.filter((id): id is string => typeof id === "string" && knownIds.has(id))
    : [];
  const draft = { title: str(r.title), instructions: str(r.instructions), ids: [...new Set(ids)], settings };
  return isEmptyDraft(draft) ? null : draft;
}
