import type { InputHTMLAttributes, ReactNode } from "react";
import { CheckIcon, CrossIcon, MissedIcon } from "./icons";
import { Kbd } from "./kbd";

/** How an option is marked once the answer is checked: by colour, by icon and by words. */
export type ChoiceMark = { kind: "correct" | "wrong" | "missed"; text: string };

const markLook = {
  correct: { row: "border-correct bg-correct-soft", text: "text-correct", Icon: CheckIcon },
  wrong: { row: "border-wrong bg-wrong-soft", text: "text-wrong", Icon: CrossIcon },
  missed: { row: "border-correct border-dashed bg-surface", text: "text-correct", Icon: MissedIcon },
} as const;

/**
 * One option of a question: a radio button or check box in a large tappable row, with an optional key hint and, after
 * checking, a mark in place ("Your answer: right" with a tick).
 */
export function Choice({
  children,
  keyHint,
  mark,
  dimmed = false,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "children"> & {
  type: "radio" | "checkbox";
  children: ReactNode;
  keyHint?: string;
  mark?: ChoiceMark | null;
  /** After checking, an option that was neither chosen nor right steps back. */
  dimmed?: boolean;
}) {
  const look = mark ? markLook[mark.kind] : null;
  const row = look
    ? look.row
    : "border-line-strong bg-surface hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:ring-1 has-[:checked]:ring-accent";
  return (
    <label
      className={`flex min-h-12 cursor-pointer items-start gap-3 rounded-control border-2 px-3 py-2.5 transition-colors duration-150 has-[:disabled]:cursor-default has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent ${row} ${dimmed ? "text-muted" : ""}`}
    >
      <input {...input} className="mt-0.5 h-4.5 w-4.5 shrink-0 accent-accent focus-visible:outline-none" />
      <span className="flex-1">
        <span className="block">{children}</span>
        {look && mark ? (
          <span className={`mt-1 flex items-center gap-1 text-sm font-semibold ${look.text}`}>
            <look.Icon className="h-4 w-4 shrink-0" />
            {mark.text}
          </span>
        ) : null}
      </span>
      {keyHint && !mark && !input.disabled ? (
        <span aria-hidden="true" className="contents">
          <Kbd>{keyHint}</Kbd>
        </span>
      ) : null}
    </label>
  );
}
