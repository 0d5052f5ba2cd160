import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { LazyLostFragment } from "@/components/shell/lazy-lost-fragment";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className="mx-auto max-w-prose py-8 text-center">
      <p className="text-display text-muted" aria-hidden="true">
        404
      </p>
      <h1 className="mt-2 text-title font-extrabold">Page not found</h1>
      <p className="mt-3 text-muted">This address is not part of Debrief. Perhaps the link was cut short.</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <AppLink href="/" className={buttonClass("primary")}>
          Go to the home page
        </AppLink>
        <AppLink href="/quiz/" className={buttonClass("secondary")}>
          Take a quiz
        </AppLink>
      </div>
      <LazyLostFragment />
    </div>
  );
}
