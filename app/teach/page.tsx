import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { ExportSection } from "@/components/export/export-section";
import { TeachPage } from "@/components/teach/teach-page";

export const metadata: Metadata = {
  title: "Teach",
  description: "Build an assignment on the article and send your students a link.",
};

export default function Page() {
  return (
    <>
      <div className="no-print">
        <PageHeading
          title="Teach"
          lead="Build an assignment from the question bank and send your students a link. No accounts needed."
        />
      </div>
      <TeachPage />
      <ExportSection of="questions" />
    </>
  );
}
