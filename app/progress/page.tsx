import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeading } from "@/components/ui/page-heading";
import { ProgressDashboard } from "@/components/progress/progress-dashboard";
import { PreloadBank } from "@/components/bank/preload-bank";

export const metadata: Metadata = {
  title: "Progress",
  description: "Your quiz history, mastery by topic and flashcard schedule, kept only in this browser.",
};

export default function Page() {
  return (
    <>
      <PreloadBank />
      <PageHeading
        title="Progress"
        lead="Your mastery by topic, past attempts and cards due, kept only in this browser."
      />
      <Suspense fallback={<p>Loading your progress…</p>}>
        <ProgressDashboard />
      </Suspense>
    </>
  );
}
