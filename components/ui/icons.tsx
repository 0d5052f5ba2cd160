// Small inline icons for answers and quiz state (the theme icons are in theme-icons.tsx, so the header loads only those).
import { svg, type IconProps } from "./icon-base";
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
export const ChevronDownIcon = ({ className }: IconProps) => svg(className, <path d="M5 7.5l5 5 5-5" />);
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
