// Rendered on the server into the page's HTML: the descriptions cost no JavaScript; only the buttons are client code.
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS } from "@/core/export/formats";
import { cardClass } from "@/components/ui/card";
import { ExportButton } from "./export-button";

const INTRO = {
  questions: "Take the question bank to your learning platform. Retired questions are never included.",
  cards: "Take the cards to Anki or Quizlet. Retired cards are never included.",
};

/** The "Export" section: one download per format that holds questions (on /teach) or cards (on /flashcards). */
export function ExportSection({ of }: { of: "questions" | "cards" }) {
  const formats = EXPORT_FORMAT_IDS.filter((id) => EXPORT_FORMATS[id].of === of);
  return (
    <section aria-labelledby={`export-${of}-h`} className="no-print mt-12 space-y-4">
      <h2 id={`export-${of}-h`} className="text-xl font-semibold">
        Export {of === "questions" ? "the question bank" : "the cards"}
      </h2>
      <p className="max-w-prose">
        {INTRO[of]} The files are made on this device; nothing is sent anywhere. Each keeps the source quote and, where
        the tool has a place for it, the item&apos;s id, so a second import can be matched.
      </p>
      <ul className="grid items-start gap-4 md:grid-cols-2 lg:grid-cols-3">
        {formats.map((id) => {
          const f = EXPORT_FORMATS[id];
          return (
            <li key={id} className={`${cardClass} flex flex-col gap-3`}>
              <div>
                <h3 className="text-lg font-semibold">{f.label}</h3>
                <p className="text-sm text-muted">For {f.target}.</p>
              </div>
              <details className="text-sm">
                <summary className="cursor-pointer font-medium underline-offset-2 hover:underline">
                  What it keeps and what {id === "qti" ? "Canvas" : f.label.split(" ")[0]} cannot hold
                </summary>
                <p className="mt-2">{f.keeps}</p>
                <p className="mt-2">{f.loses}</p>
              </details>
              <div className="mt-auto">
                <ExportButton format={id} label={f.label} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
