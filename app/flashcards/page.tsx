import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { ExportSection } from "@/components/export/export-section";
import { FlashcardsApp } from "@/components/flashcards/flashcards-app";
import { PreloadBank } from "@/components/bank/preload-bank";

export const metadata: Metadata = {
  title: "Flashcards",
  description: "Flashcards on the article with FSRS spaced repetition.",
};

export default function Page() {
  return (
    <>
      <PreloadBank />
      <PageHeading
        title="Flashcards"
        lead="Cards scheduled with spaced repetition, so you review each fact just before you would forget it."
      />
      {/* At least a screen tall: the app above arrives after hydration, and the export section that follows is in the
          HTML, so it must start below the fold or it jumps down on load (CLS 0.4 on a phone). */}
      <div className="min-h-screen">
        <FlashcardsApp />
      </div>
      <ExportSection of="cards" />
    </>
  );
}
