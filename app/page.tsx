import { NextSteps } from "@/components/home/next-steps";

export default function HomePage() {
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Study one article until you know it.</h1>
      <p className="mt-3 max-w-prose text-lg text-slate-700 dark:text-slate-300">
        Debrief turns Olivier Guitta&rsquo;s &ldquo;How to cooperate against terrorism?&rdquo; into quizzes and
        spaced-repetition flashcards. Every question cites the sentence it rests on. Your progress stays in this
        browser.
      </p>
      <NextSteps />
    </div>
  );
}
