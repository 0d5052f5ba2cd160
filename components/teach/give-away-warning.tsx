import type { Bank } from "@/core/bank/schema";
import { excludedPairs } from "@/core/bank/excludes";
import { Notice } from "@/components/ui/notice";
import { smallButton } from "@/components/ui/styles";

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text);

/** Warns when the chosen questions include pairs that give each other's answers away, with a way to drop one of each. */
export function GiveAwayWarning({
  bank,
  selected,
  onChange,
}: {
  bank: Bank;
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const pairs = excludedPairs(bank.questions, selected);
  if (pairs.length === 0) return null;
  const prompt = new Map(bank.questions.map((q) => [q.id, q.prompt]));
  return (
    <Notice
      tone="warn"
      role="status"
      title={`${pairs.length === 1 ? "One pair" : `${pairs.length} pairs`} of chosen questions give each other’s answers away`}
    >
      <p className="text-sm">
        A student who sees both can read one answer in the other question. Keep one of each pair.
      </p>
      <ul className="mt-2 space-y-2 text-sm">
        {pairs.map(([a, b]) => (
          <li key={`${a}-${b}`} className="flex flex-wrap items-center gap-2">
            <span className="min-w-0 flex-1 basis-56">
              <strong>{a}</strong> {short(prompt.get(a) ?? "")} <em>and</em> <strong>{b}</strong>{" "}
              {short(prompt.get(b) ?? "")}
            </span>
            <button
              type="button"
              className={smallButton}
              onClick={() => onChange(selected.filter((id) => id !== b))}
              aria-label={`Remove ${b}: ${prompt.get(b) ?? ""}`}
            >
              Remove {b}
            </button>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
