import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { ExportSection } from "@/components/export/export-section";
import { FlashcardsApp } from "@/components/flashcards/flashcards-app";

export const metadata: Metadata = {
  title: "Flashcards",
  description: "Flashcards on the article with FSRS spaced repetition.",
};

export default function Page() {
  return (
    <>
      <PageHeading
        title="Flashcards"
        lead="Cards scheduled with spaced repetition, so you review each fact just before you would forget it."
      />
      <FlashcardsApp />
      <ExportSection of="cards" />
    </>
  );
}
