import { buttonClass } from "./button";
import { cardClass } from "./card";

// The app's shared control looks, as class strings for elements that are not the primitives themselves (a Link that
// looks like a button, a native input). They read the design tokens in app/globals.css, so both themes follow.
export const primaryButton = buttonClass("primary");
export const secondaryButton = buttonClass("secondary");
export const dangerButton = buttonClass("danger");
export const smallButton = buttonClass("secondary", "sm");
export const input =
  "mt-1 block w-full rounded-control border border-line-strong bg-surface px-3 py-2 text-fg placeholder:text-muted";
export const panel = cardClass;
export const card = "rounded-card border border-line bg-surface p-4";
export const notice = "rounded-control border border-partly/50 bg-partly-soft p-3 text-fg";
export const errorBox = "rounded-control border border-wrong/50 bg-wrong-soft p-4 text-fg";
