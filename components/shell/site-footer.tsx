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
          by Olivier Guitta.{" "}
          {/* What leaves this device, marked on <html>: an assignment that collects results (data-sends), a device
              that syncs its progress (data-syncs, set before first paint by theme-script.tsx). */}
          <span className="in-data-syncs:hidden">Your progress stays in this browser; </span>
          <span className="hidden in-data-syncs:inline">
            Your progress is in this browser, and an encrypted copy that the server cannot read keeps your other devices
            in step;{" "}
          </span>
          <span className="in-data-sends:hidden in-data-syncs:hidden">nothing is sent anywhere.</span>
          <span className="hidden [:root[data-syncs]:not([data-sends])_&]:inline">nothing else is sent anywhere.</span>
          <span className="hidden in-data-sends:inline">
            this assignment sends your name and answers to your teacher&apos;s server when you hand in.
          </span>
        </p>
      </div>
    </footer>
  );
}
