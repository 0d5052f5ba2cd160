import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { QuizPage } from "@/components/quiz/quiz-page";
import { PreloadBank } from "@/components/bank/preload-bank";

export const metadata: Metadata = {
  title: "Quiz",
  description: "Practice and exam quizzes generated from the Debrief question bank.",
};

export default function Page() {
  return (
    <>
      <PreloadBank />
      <PageHeading title="Quiz" lead="Practice quizzes with feedback after each answer, or exams scored at the end." />
      <QuizPage />
    </>
  );
}
