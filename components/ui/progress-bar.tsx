import type { Tone } from "./badge";

/** The fill of a bar in each tone. */
export const toneFill: Record<Tone, string> = {
  accent: "bg-accent",
  correct: "bg-correct",
  wrong: "bg-wrong",
  partly: "bg-partly",
  neutral: "bg-neutral",
};

/**
 * A horizontal bar for a share of a whole. With `label` it is a named progressbar for assistive technology; without
 * one it is decorative (the number is written beside it).
 */
export function ProgressBar({
  value,
  max = 1,
  label,
  valueText,
  tone = "accent",
  size = "md",
  className = "",
}: {
  value: number;
  max?: number;
  label?: string;
  valueText?: string;
  tone?: Tone;
  size?: "sm" | "md";
  className?: string;
}) {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const a11y = label
    ? {
        role: "progressbar",
        "aria-label": label,
        "aria-valuemin": 0,
        "aria-valuemax": max,
        "aria-valuenow": value,
        "aria-valuetext": valueText,
      }
    : { "aria-hidden": true };
  return (
    <div
      {...a11y}
      className={`w-full overflow-hidden rounded-full bg-surface-2 ring-1 ring-line ring-inset ${size === "sm" ? "h-1.5" : "h-2.5"} ${className}`}
    >
      <div
        className={`h-full rounded-full transition-[width] duration-300 ease-snappy ${toneFill[tone]}`}
        style={{ width: `${share * 100}%` }}
      />
    </div>
  );
}
