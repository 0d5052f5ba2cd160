import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Reads the design tokens where they are decided (app/globals.css) and checks that every text/background pair the
// primitives use meets WCAG 2.2 AA: 4.5:1 for text, 3:1 for control borders and bar fills.
const css = readFileSync(new URL("../../app/globals.css", import.meta.url), "utf8");

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf("}", start));
  return Object.fromEntries([...body.matchAll(/--c-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const TEXT: [string, string][] = [
  ...["bg", "surface", "surface-2"].flatMap((bg): [string, string][] => [
    ["fg", bg],
    ["muted", bg],
    ["accent-ink", bg],
  ]),
  ["on-accent", "accent"],
  ["accent-ink", "accent-soft"],
  ["fg", "accent-soft"],
  ...["correct", "wrong", "partly", "neutral"].flatMap((role): [string, string][] => [
    [role, `${role}-soft`],
    [role, "surface"],
    [role, "bg"],
    ["fg", `${role}-soft`],
  ]),
];
const NON_TEXT: [string, string][] = [
  ["line-strong", "surface"],
  ["line-strong", "bg"],
  ["accent", "surface"],
  ["accent", "surface-2"],
  ["correct", "surface"],
  ["wrong", "surface"],
  ["partly", "surface-2"],
];

describe.each([
  ["light", ":root"],
  ["dark", ":root.dark"],
])("%s theme tokens", (_name, selector) => {
  const t = block(selector);
  it("defines every role", () => {
    for (const [a, b] of [...TEXT, ...NON_TEXT]) {
      expect(t[a], a).toMatch(/^#/);
      expect(t[b], b).toMatch(/^#/);
    }
  });
  it.each(TEXT)("text %s on %s has at least 4.5:1", (fg, bg) => {
    expect(contrast(t[fg]!, t[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(NON_TEXT)("%s against %s has at least 3:1", (fg, bg) => {
    expect(contrast(t[fg]!, t[bg]!)).toBeGreaterThanOrEqual(3);
  });
});
