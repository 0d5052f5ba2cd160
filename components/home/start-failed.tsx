import { AppLink } from "@/components/ui/app-link";

/** What home says when a quiz it was asked to start could not start (the bank or the quiz code did not load). */
export function StartFailed({ className }: { className: string }) {
  return (
    <p role="alert" className={className}>
      The quiz could not start. Check your connection, or open the{" "}
      <AppLink href="/quiz/" className="underline">
        Quiz
      </AppLink>{" "}
      page.
    </p>
  );
}
