import { describe, expect, it, vi } from "vitest";
import {
  quantity,
  describeDue,
  describeInterval,
  formatDate,
  formatDateTime,
  formatTime,
  formatDuration,
  formatInterval,
  formatNumber,
  formatPercent,
  percentOf,
  plural,
} from "./format";

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);

describe("counts and plurals", () => {
  it("uses the singular for exactly one", () => {
    expect(quantity(1, "question")).toBe("1 question");
    expect(quantity(2, "question")).toBe("2 questions");
    expect(quantity(0, "card")).toBe("0 cards");
    expect(quantity(3, "quiz", "quizzes")).toBe("3 quizzes");
    expect(plural(1, "is", "are")).toBe("is");
    expect(plural(4, "is", "are")).toBe("are");
  });

  it("groups thousands and keeps at most one decimal", () => {
    expect(formatNumber(1200)).toBe("1,200");
    expect(formatNumber(1.55)).toBe("1.6");
    expect(quantity(1200, "review")).toBe("1,200 reviews");
  });

  it("writes every number as Intl does, and builds no Intl formatter for the small whole numbers most screens show", async () => {
    const intl = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
    const Original = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built++;
      }
    } as typeof Original;
    try {
      vi.resetModules();
      const { formatNumber } = await import("./format"); // a fresh copy, as a page loads it
      for (let n = 0; n < 1000; n++) expect(formatNumber(n)).toBe(intl.format(n));
      // Building the first Intl formatter of a page costs 10-60 ms of main thread in Chromium.
      expect(built).toBe(0);
      for (const n of [1000, 1234567, -3, 2.25, 0.05, 999.96]) expect(formatNumber(n)).toBe(intl.format(n));
      expect(built).toBe(1);
    } finally {
      Intl.NumberFormat = Original;
    }
  });
});

describe("percents", () => {
  it("reads in one style, with no space", () => {
    expect(formatPercent(0.5)).toBe("50%");
    expect(formatPercent(2 / 3)).toBe("67%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(1)).toBe("100%");
    expect(percentOf(2 / 3)).toBe(67);
  });
});

describe("dates", () => {
  it("shows one day format in the zone it is given", () => {
    const t = Date.UTC(2026, 10, 30, 23, 30);
    expect(formatDate(t, { timeZone: "UTC" })).toBe("30 Nov 2026");
    expect(formatDate(t, { timeZone: "Europe/Paris" })).toBe("1 Dec 2026");
    expect(formatDateTime(t, { timeZone: "UTC" })).toBe("30 Nov 2026, 23:30");
    expect(formatDateTime(t, { timeZone: "America/New_York" })).toBe("30 Nov 2026, 18:30");
    // A time alone reads the same way (24-hour), whatever the browser's language.
    expect(formatTime(t, { timeZone: "UTC" })).toBe("23:30");
  });
});

describe("durations", () => {
  it("reads seconds, then minutes and seconds, then hours", () => {
    expect(formatDuration(3_000)).toBe("3 s");
    expect(formatDuration(102_000)).toBe("1 min 42 s");
    expect(formatDuration(60_000)).toBe("1 min 0 s");
    expect(formatDuration(3_900_000)).toBe("1 h 5 min");
    expect(formatDuration(-5)).toBe("0 s");
  });
});

describe("interval labels", () => {
  it("reads like Anki's buttons", () => {
    expect(formatInterval(30_000)).toBe("<1m");
    expect(formatInterval(10 * MIN)).toBe("10m");
    expect(formatInterval(3 * 60 * MIN)).toBe("3h");
    expect(formatInterval(DAY)).toBe("1d");
    expect(formatInterval(DAY - 5 * MIN)).toBe("1d");
    expect(formatInterval(59.7 * MIN)).toBe("1h");
    expect(formatInterval(4 * DAY + 3 * 60 * MIN)).toBe("4d");
    expect(formatInterval(45 * DAY)).toBe("1.5mo");
    expect(formatInterval(730 * DAY)).toBe("2y");
  });

  it("has a spoken form", () => {
    expect(describeInterval(MIN)).toBe("1 minute");
    expect(describeInterval(10 * MIN)).toBe("10 minutes");
    expect(describeInterval(DAY)).toBe("1 day");
    expect(describeInterval(45 * DAY)).toBe("1.5 months");
    expect(describeInterval(5_000)).toBe("less than a minute");
  });

  it("says when a card is due, relative and absolute", () => {
    expect(describeDue(NOW - 1, NOW)).toBe("now");
    expect(describeDue(NOW + 3 * DAY, NOW, { timeZone: "UTC" })).toBe("in 3 days (Sun 18 Jan, 09:00)");
  });
});
