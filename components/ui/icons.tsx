// Small inline icons (no icon font, no extra request). Decorative: the text beside them carries the meaning.
type IconProps = { className?: string };
const svg = (className: string | undefined, path: React.ReactNode) => (
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
export const CheckIcon = ({ className }: IconProps) => svg(className, <path d="M4.5 10.5l3.5 3.5 7.5-8" />);
export const CrossIcon = ({ className }: IconProps) => svg(className, <path d="M5.5 5.5l9 9m0-9l-9 9" />);
export const MissedIcon = ({ className }: IconProps) =>
  svg(
    className,
    <>
      <circle cx="10" cy="10" r="6.5" />
      <path d="M10 6.5v4m0 3v.01" />
    </>,
  );
export const FlagIcon = ({ className }: IconProps) => svg(className, <path d="M5 17V3.5m0 0h9l-2 3.5 2 3.5H5" />);
export const ArrowLeftIcon = ({ className }: IconProps) => svg(className, <path d="M16 10H4m5-5l-5 5 5 5" />);
export const ArrowRightIcon = ({ className }: IconProps) => svg(className, <path d="M4 10h12m-5-5l5 5-5 5" />);
export const ClockIcon = ({ className }: IconProps) =>
  svg(
    className,
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M10 6v4l2.5 2" />
    </>,
  );
export const SunIcon = ({ className }: IconProps) =>
  svg(
    className,
    <>
      <circle cx="10" cy="10" r="3.5" />
      <path d="M10 2v1.5m0 13V18m8-8h-1.5M3.5 10H2m13.7-5.7l-1 1M5.3 14.7l-1 1m11.4 0l-1-1M5.3 5.3l-1-1" />
    </>,
  );
export const MoonIcon = ({ className }: IconProps) =>
  svg(className, <path d="M16 12.5A7 7 0 017.5 4a7 7 0 108.5 8.5z" />);
export const AutoIcon = ({ className }: IconProps) =>
  svg(
    className,
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M10 3v14" />
      <path d="M10 3a7 7 0 010 14z" fill="currentColor" />
    </>,
  );
