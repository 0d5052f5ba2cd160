import { scoreBand } from "@/core/assignment/gradebook/gradebook";
import { formatNumber, formatPercent } from "@/core/format";
import { toneClass, type Tone } from "@/components/ui/badge";

/** The colour of each of SCORE_BANDS (0–19 … 80–100%): red below 40, amber to 79, green from 80. */
export const BAND_TONES: readonly Tone[] = ["wrong", "wrong", "partly", "partly", "correct"];

/**
 * A score as a pill, "3 / 4 (75%)", coloured by its band: the number is the text, so the colour is never all it says.
 * A result that does not count (another attempt counts) is grey.
 */
export function ScorePill({
  score,
  max,
  percent,
  counted = true,
}: {
  score: number;
  max: number;
  /** 0 to 100. */
  percent: number;
  counted?: boolean;
}) {
  const tone = counted ? (BAND_TONES[scoreBand(percent)] ?? "neutral") : "neutral";
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap tabular-nums ${toneClass[tone]}`}
    >
      {formatNumber(score)} / {max} ({formatPercent(percent / 100)})
    </span>
  );
}
