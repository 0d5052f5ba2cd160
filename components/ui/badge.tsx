export type Tone = "accent" | "correct" | "wrong" | "partly" | "neutral";

/** Background and text for each tone; every pair meets WCAG AA (components/ui/tokens.test.ts). */
export const toneClass: Record<Tone, string> = {
  accent: "bg-accent-soft text-accent-ink",
  correct: "bg-correct-soft text-correct",
  wrong: "bg-wrong-soft text-wrong",
  partly: "bg-partly-soft text-partly",
  neutral: "bg-neutral-soft text-neutral",
};

/** A short label in a pill: a verdict, a topic, a count. */
export function Badge({
  tone = "neutral",
  children,
  className = "",
}: {
  tone?: Tone;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-sm font-semibold ${toneClass[tone]} ${className}`}
    >
      {children}
    </span>
  );
}
