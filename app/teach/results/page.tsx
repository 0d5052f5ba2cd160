import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { ResultsPage } from "@/components/teach/results-page";
import { Disclaimer } from "@/components/teach/disclaimer";
import { PreloadBank } from "@/components/bank/preload-bank";

export const metadata: Metadata = {
  title: "Results",
  description: "Collect your students' results and analyse each question.",
};

export default function Page() {
  return (
    <>
      <PreloadBank />
      <PageHeading title="Results" lead="Paste or open your students' result codes to see grades and item analysis." />
      <Disclaimer />
      <ResultsPage />
    </>
  );
}
