import type { Tone } from "./badge";

export type NoticeTone = "info" | "warn" | "error" | "success";
const tones: Record<NoticeTone, { box: string; tone: Tone }> = {
  info: { box: "border-accent-ink/40 bg-accent-soft", tone: "accent" },
  warn: { box: "border-partly/50 bg-partly-soft", tone: "partly" },
  error: { box: "border-wrong/50 bg-wrong-soft", tone: "wrong" },
  success: { box: "border-correct/50 bg-correct-soft", tone: "correct" },
};

/**
 * A message in a tinted box. `role` is the caller's choice: "alert" for an error the user just caused, "status" for
 * news that should be read out politely, none for standing text.
 */
export function Notice({
  tone = "info",
  title,
  children,
  role,
  className = "",
  ...rest
}: {
  tone?: NoticeTone;
  title?: React.ReactNode;
  children?: React.ReactNode;
  role?: "alert" | "status" | "alertdialog";
  className?: string;
} & Omit<React.HTMLAttributes<HTMLDivElement>, "title" | "role">) {
  return (
    <div role={role} className={`rounded-control border p-3 text-fg ${tones[tone].box} ${className}`} {...rest}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children}
    </div>
  );
}
