import type { InputHTMLAttributes, ReactNode } from "react";
import { CheckIcon, CrossIcon } from "./icons";
import { Kbd } from "./kbd";

/** How an option is marked once the answer is checked: by colour, by icon and by words. */
export type ChoiceMark = { kind: "correct" | "wrong" | "missed"; text: string };

// A right answer looks the same whether it was picked or missed (solid, with a tick); the words tell them apart.
const right = { row: "border-correct bg-correct-soft", text: "text-correct", badge: "bg-correct", Icon: CheckIcon };
const markLook = {
  correct: right,
  missed: right,
  wrong: { row: "border-wrong bg-wrong-soft", text: "text-wrong", badge: "bg-wrong", Icon: CrossIcon },
} as const;

/**
 * One option of a question: a radio button or check box in a large tappable row, with an optional key hint and, after
 * checking, a mark in place ("Your answer: wrong" with a cross, and `note`, the reason, beside it).
 */
export function Choice({
  children,
  keyHint,
  mark,
  note,
  dimmed = false,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "children"> & {
  type: "radio" | "checkbox";
  children: ReactNode;
  keyHint?: string;
  mark?: ChoiceMark | null;
  /** A word on why, after the mark's own words. */
  note?: ReactNode;
  /** After checking, an option that was neither chosen nor right steps back. */
  dimmed?: boolean;
}) {
  const look = mark ? markLook[mark.kind] : null;
  // A checked-and-locked row takes no hover colour: an accent border there would read as a fourth state.
  const row = look
    ? look.row
    : input.disabled
      ? "border-line bg-surface"
      : "border-line-strong bg-surface hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:ring-1 has-[:checked]:ring-accent";
  return (
    <label
      className={`flex min-h-12 cursor-pointer items-start gap-3 rounded-control border-2 px-3 py-2.5 transition-colors duration-150 has-[:disabled]:cursor-default has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent ${row} ${dimmed ? "text-muted" : ""}`}
    >
      <input {...input} className="mt-0.5 h-4.5 w-4.5 shrink-0 accent-accent focus-visible:outline-none" />
      {/* The key beside the option it picks, not at the far end of a wide row. */}
      {keyHint && !input.disabled && !look ? (
        <span aria-hidden="true" className="contents">
          <Kbd>{keyHint}</Kbd>
        </span>
      ) : null}
      <span className="flex-1">
        <span className="block">{children}</span>
        {look && mark ? (
          <span className="mt-0.5 block text-sm">
            <span className={`font-semibold ${look.text}`}>{mark.text}</span>
            {note ? (
              <span className="text-fg">
                {" · "}
                {note}
              </span>
            ) : null}
          </span>
        ) : null}
      </span>
      {look ? (
        <span
          aria-hidden="true"
          className={`grid h-6 w-6 shrink-0 place-items-center rounded-full text-bg ${look.badge}`}
        >
          <look.Icon className="h-4 w-4" />
        </span>
      ) : null}
    </label>
  );
}
