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
          by Olivier Guitta. Your progress stays in this browser; nothing is sent anywhere.
        </p>
      </div>
    </footer>
  );
}
