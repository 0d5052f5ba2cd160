import { HomeLead } from "@/components/home/home-lead";
import { NextSteps } from "@/components/home/next-steps";

export default function HomePage() {
  return (
    <div>
      <HomeLead>
        <h1 className="text-display tracking-tight text-balance sm:text-5xl">Study one article until you know it.</h1>
        <p className="mt-3 max-w-prose text-muted sm:text-lg">
          Quizzes and flashcards on Olivier Guitta&rsquo;s &ldquo;How to cooperate against terrorism?&rdquo;. Every
          question cites its sentence; your progress stays in this browser.
        </p>
      </HomeLead>
      <NextSteps />
    </div>
  );
}
