// The theme toggle's icons: in their own module so that every page's header does not carry the answer icons.
import { svg, type IconProps } from "./icon-base";

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
