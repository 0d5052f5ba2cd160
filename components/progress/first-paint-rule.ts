// Whether /progress's first paint must be a loading line rather than the new visitor's dashboard: an attempt in the
// address, or saved quiz or card data that is not plainly empty (unreadable or unknown data counts as saved). Its
// source is also inlined into the page to run before the first paint (ProgressFirstPaint), so it stays
// self-contained: no imports, no helpers, only what every browser runs as written.
export function progressBusy(read: (key: string) => string | null, search: string, keys: [string, string]): boolean {
  if (/[?&]attempt=/.test(search)) return true;
  try {
    const fields = [
      ["attempts", "history"],
      ["cards", "logs"],
    ];
    for (let i = 0; i < 2; i++) {
      const text = read(keys[i]!);
      if (text === null) continue;
      const saved = JSON.parse(text);
      const state = saved && typeof saved === "object" ? saved.state : null;
      if (!state || typeof state !== "object") return true;
      for (const field of fields[i]!) {
        const value = state[field];
        if (value === undefined || value === null) continue;
        if (typeof value !== "object" || Object.keys(value).length > 0) return true;
      }
    }
    return false;
  } catch {
    return true;
  }
}

/** The attribute on <html> that swaps /progress's first paint for its loading line (app/globals.css). */
export const PROGRESS_BUSY_ATTRIBUTE = "data-progress-busy";
