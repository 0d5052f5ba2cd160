import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "quiet" | "danger";
export type ButtonSize = "md" | "lg" | "sm";

const base =
  "inline-flex items-center justify-center gap-2 rounded-control font-semibold transition-[background-color,box-shadow,transform] duration-150 active:scale-[0.98] disabled:cursor-not-allowed disabled:opacity-55 disabled:active:scale-100";
const variants: Record<ButtonVariant, string> = {
  primary: "bg-accent text-on-accent shadow-card hover:brightness-110",
  secondary: "border border-line-strong bg-surface text-fg hover:bg-surface-2",
  quiet: "text-accent-ink underline-offset-4 hover:bg-surface-2 hover:underline",
  danger: "border border-wrong bg-surface text-wrong hover:bg-wrong-soft",
};
// Every size keeps a target of at least 44 px high except `sm` (36 px), used only beside larger targets.
const sizes: Record<ButtonSize, string> = {
  sm: "min-h-9 min-w-9 px-3 py-1 text-sm",
  md: "min-h-11 px-4 py-2",
  lg: "min-h-12 px-5 py-2.5 text-lg",
};

/** The class of a button, for elements that must look like one (a link to start a quiz). */
export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md", extra = ""): string {
  return `${base} ${variants[variant]} ${sizes[size]} ${extra}`.trim();
}

/** A button in one of the four looks; `type` defaults to "button" so it never submits a form by accident. */
export function Button({
  variant = "primary",
  size = "md",
  className = "",
  type = "button",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={buttonClass(variant, size, className)} {...rest} />;
}
