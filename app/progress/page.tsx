import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { ProgressDashboard } from "@/components/progress/progress-dashboard";
import { ProgressFirstPaintScript } from "@/components/progress/progress-first-paint";
import { progressFigures } from "@/core/progress/dashboard";
import { readBank } from "@/scripts/lib/read-bank";

export const metadata: Metadata = {
  title: "Progress",
  description: "Your quiz history, mastery by topic and flashcard schedule, kept in this browser.",
};

// A new visitor's dashboard, computed from the bank when the site is built: the page's first paint for them.
const bank = readBank();
const fresh = progressFigures({ bank, history: {}, attempts: [], cards: {}, logs: [], now: 0 });

export default function Page() {
  return (
    <>
      <PageHeading title="Progress" lead="Your mastery by topic, past attempts and cards due, kept in this browser." />
      <ProgressFirstPaintScript />
      <ProgressDashboard fresh={fresh} />
    </>
  );
}
