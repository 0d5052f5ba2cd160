import Link from "next/link";

export default function HomePage() {
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Study one article until you know it.</h1>
      <p className="mt-3 max-w-prose text-lg text-slate-700 dark:text-slate-300">
        Debrief turns Olivier Guitta&rsquo;s &ldquo;How to cooperate against terrorism?&rdquo; into quizzes and
        spaced-repetition flashcards. Every question cites the sentence it rests on. Your progress stays in this
        browser.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {[
          { href: "/article/", title: "Read the article", text: "The full text, paragraph by paragraph." },
          { href: "/quiz/", title: "Take a quiz", text: "Practice with feedback, or sit an exam." },
          { href: "/flashcards/", title: "Review flashcards", text: "Spaced repetition, a few minutes a day." },
          { href: "/teach/", title: "Teach it", text: "Build an assignment and send a link." },
        ].map((c) => (
          <li key={c.href}>
            <Link
              href={c.href}
              className="block h-full rounded-xl border border-slate-200 p-5 hover:border-brand-600 hover:bg-brand-50 dark:border-slate-700 dark:hover:bg-slate-900"
            >
              <span className="text-lg font-semibold">{c.title}</span>
              <span className="mt-1 block text-slate-700 dark:text-slate-300">{c.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
