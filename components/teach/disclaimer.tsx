import { svg } from "@/components/ui/icon-base";

const InfoIcon = () =>
  svg(
    "h-5 w-5 shrink-0",
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M10 9v4.5m0-7v.01" />
    </>,
  );

/**
 * Says plainly what these links are for, in one line that opens to the reason: the key ships with the app, so they
 * are not a secure exam. Rendered by the server page, so it is HTML, not part of the page's JavaScript.
 */
export function Disclaimer() {
  return (
    <details className="no-print mb-4 max-w-prose">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 font-medium text-accent-ink underline-offset-4 hover:underline [&::-webkit-details-marker]:hidden">
        <InfoIcon />
        For practice, not a secure exam
      </summary>
      <p className="rounded-control border border-line bg-surface-2 p-3 text-sm">
        The answer key ships inside the app, so a determined student can find it. Students hand in a result code
        themselves; nothing is sent to a server unless you choose to collect results automatically.
      </p>
    </details>
  );
}
