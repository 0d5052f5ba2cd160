/** The teacher's own time zone, named where times are shown ("Europe/Paris"); "local time" if the browser hides it. */
export function zoneName(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "local time";
  } catch {
    return "local time";
  }
}
