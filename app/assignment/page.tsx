import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { AssignmentPage } from "@/components/assignment/assignment-page";
import { PreloadBank } from "@/components/bank/preload-bank";

export const metadata: Metadata = {
  title: "Assignment",
  description: "Take an assignment your teacher sent you.",
};

export default function Page() {
  return (
    <>
      <PreloadBank />
      <PageHeading title="Assignment" lead="Answer the questions your teacher chose, then hand in your result." />
      <AssignmentPage />
    </>
  );
}
