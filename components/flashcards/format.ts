import { describeInterval } from "@/core/scheduling/summary";

/** "now", or "in 3 days (Sat 17 Jan, 09:00)": relative for a quick read, absolute to plan by. */
export function describeDue(due: number, now: number): string {
  if (due <= now) return "now";
  const when = new Date(due).toLocaleString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
  return `in ${describeInterval(due - now)} (${when})`;
}

/** Study time as "45 s" or "3 min 20 s". */
export function formatStudyTime(ms: number): string {
  const total = Math.round(ms / 1000);
  const min = Math.floor(total / 60);
  const sec = total % 60;
  return min === 0 ? `${sec} s` : `${min} min ${sec} s`;
}
