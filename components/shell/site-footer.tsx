import { AppLink } from "@/components/ui/app-link";

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-line py-6 text-sm text-muted">
      <div className="mx-auto max-w-5xl px-4">
        <p>
          Debrief is built around one article:{" "}
          <AppLink href="/article/" className="underline">
            &ldquo;How to cooperate against terrorism?&rdquo;
          </AppLink>{" "}
          by Olivier Guitta. Your progress stays in this browser;{" "}
          {/* An assignment that collects results marks the page (data-sends on <html>): then the result is sent. */}
          <span className="in-data-sends:hidden">nothing is sent anywhere.</span>
          <span className="hidden in-data-sends:inline">
            this assignment sends your name and answers to your teacher&apos;s server when you hand in.
          </span>
        </p>
      </div>
    </footer>
  );
}
