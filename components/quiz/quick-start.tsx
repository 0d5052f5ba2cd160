import { Button } from "@/components/ui/button";

/**
 * "Quick practice": one press starts a 10-question adaptive practice quiz. Without `onStart` it is the page's first
 * paint, before its code has run (the button is disabled until then); the setup renders the same card, so nothing
 * moves when it takes over.
 */
export function QuickStart({ onStart }: { onStart?: () => void }) {
  return (
    <section
      aria-labelledby="quick-start"
      className="rounded-card bg-accent-soft p-5 shadow-card ring-1 ring-line sm:flex sm:items-center sm:gap-6"
    >
      <div className="sm:flex-1">
        <h2 id="quick-start" className="text-title font-bold">
          Quick practice
        </h2>
        <p className="mt-1 text-muted">
          10 mixed questions, feedback after each, the ones you have not seen or missed first.
        </p>
      </div>
      <Button size="lg" className="mt-4 w-full sm:mt-0 sm:w-auto" onClick={onStart} disabled={!onStart}>
        Start a 10-question practice quiz
      </Button>
    </section>
  );
}
