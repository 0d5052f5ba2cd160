import { scoreTone } from "@/core/quiz/review";

/** Full class names, so Tailwind finds them. */
const RING_TONES = { correct: "text-correct", accent: "text-accent", partly: "text-partly" } as const;

/**
 * A share as a ring filled to it, the percent (or `label`, such as "4/5") in the middle. Decorative: the text beside
 * it says it.
 */
export function ScoreRing({ score, size = 112, label }: { score: number; size?: number; label?: string }) {
  const r = 44;
  const circumference = 2 * Math.PI * r;
  const share = Math.min(1, Math.max(0, score));
  const tone = RING_TONES[scoreTone(share)];
  return (
    <div className="relative shrink-0" style={{ width: size, height: size }} aria-hidden="true">
      <svg viewBox="0 0 100 100" className="h-full w-full -rotate-90">
        <circle cx="50" cy="50" r={r} fill="none" strokeWidth="10" className="stroke-surface-2" />
        <circle
          cx="50"
          cy="50"
          r={r}
          fill="none"
          strokeWidth="10"
          strokeLinecap="round"
          stroke="currentColor"
          className={`${tone} transition-[stroke-dashoffset] duration-700 ease-snappy`}
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - share)}
        />
      </svg>
      <span className="absolute inset-0 flex items-center justify-center text-2xl font-extrabold tabular-nums">
        {label ?? `${Math.round(share * 100)}%`}
      </span>
    </div>
  );
}
