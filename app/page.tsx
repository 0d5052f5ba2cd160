import { NextSteps } from "@/components/home/next-steps";

export default function HomePage() {
  return (
    <div>
      <h1 className="text-display tracking-tight text-balance sm:text-5xl">Study one article until you know it.</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">
        Debrief turns Olivier Guitta&rsquo;s &ldquo;How to cooperate against terrorism?&rdquo; into quizzes and
        spaced-repetition flashcards. Every question cites the sentence it rests on. Your progress stays in this
        browser.
      </p>
      <NextSteps />
    </div>
  );
}
