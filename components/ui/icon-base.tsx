// Small inline icons (no icon font, no extra request). Decorative: the text beside them carries the meaning.
export type IconProps = { className?: string };
export const svg = (className: string | undefined, path: React.ReactNode) => (
  <svg
    viewBox="0 0 20 20"
    fill="none"
    stroke="currentColor"
    strokeWidth={2.2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
    className={className ?? "h-5 w-5 shrink-0"}
  >
    {path}
  </svg>
);
