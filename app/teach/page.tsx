import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { ExportSection } from "@/components/export/export-section";
import { TeachPage } from "@/components/teach/teach-page";
import { Disclaimer } from "@/components/teach/disclaimer";
import { PreloadBank } from "@/components/bank/preload-bank";

export const metadata: Metadata = {
  title: "Teach",
  description: "Build an assignment on the article and send your students a link.",
};

export default function Page() {
  return (
    <>
      <PreloadBank />
      <div className="no-print">
        <PageHeading
          title="Teach"
          lead="Build an assignment from the question bank and send your students a link. No accounts needed."
        />
      </div>
      <Disclaimer />
      {/* At least a screen tall: the app above arrives after hydration, and the export section that follows is in the
          HTML, so it must start below the fold or it jumps down on load (CLS 0.4 on a phone). */}
      <div className="min-h-screen">
        <TeachPage />
      </div>
      <ExportSection of="questions" />
      {/* The cards too, so a teacher can hand the class an Anki deck or a Quizlet set. */}
      <ExportSection of="cards" />
    </>
  );
}
