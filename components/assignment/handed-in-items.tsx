"use client";

import { Suspense, lazy, useState } from "react";
import { decodeAssignment } from "@/core/assignment/link/assignment-code";
import { formatDateTime } from "@/core/format";
import { Loading } from "@/components/ui/loading";
import { secondaryButton } from "@/components/ui/styles";
import type { HandedIn } from "@/stores/student-store";
import { LazyInboxDelivery } from "@/components/inbox/lazy-inbox-delivery";

// Only the inbox's receipt makes a result "sent"; the other ways hand it to the student to pass on.
const HANDED_ON = { copy: "copied", email: "e-mailed", share: "shared" } as const;

// Loaded only on "Send again", like the hand-in screen.
const HandIn = lazy(() => import("./hand-in").then((m) => ({ default: m.HandIn })));

/** Results handed in from this browser, to send again. */
export function HandedInItems({ items }: { items: HandedIn[] }) {
  const [open, setOpen] = useState<string | null>(null);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="history-h" className="space-y-2">
      <h2 id="history-h" className="text-xl font-semibold">
        Results you finished
      </h2>
      <ul className="space-y-2">
        {items.map((h) => {
          const inbox = inboxOf(h.assignmentCode);
          return (
            <li key={h.code} className="rounded-md border border-slate-300 p-2 dark:border-slate-700">
              <div className="flex flex-wrap items-center gap-2">
                <span className="min-w-0 flex-1 break-words">
                  {/* On a shared device, whose it is comes first. */}
                  {h.name ? <strong>{h.name}: </strong> : null}
                  {h.title || "Untitled assignment"}
                  {h.attempt && h.attempt > 1 ? ` (attempt ${h.attempt})` : ""}, {formatDateTime(h.submittedAt)}.{" "}
                  {h.sentVia === "inbox" ? (
                    "Sent."
                  ) : h.sentVia ? (
                    `Ready to hand in: you ${HANDED_ON[h.sentVia]} it.`
                  ) : (
                    <strong>Not sent yet.</strong>
                  )}
                </span>
                <button
                  type="button"
                  className={secondaryButton}
                  aria-expanded={open === h.code}
                  onClick={() => setOpen(open === h.code ? null : h.code)}
                >
                  {open === h.code ? "Hide" : h.sentVia ? "Send again" : "Send"}
                </button>
              </div>
              {inbox ? <LazyInboxDelivery code={h.code} assignmentId={h.assignmentId} inbox={inbox} compact /> : null}
              {open === h.code ? (
                <Suspense fallback={<Loading />}>
                  <HandIn item={h} name="" teacherEmail={decodeTeacherEmail(h.assignmentCode)} headingLevel="h3" />
                </Suspense>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function inboxOf(code: string) {
  const a = decodeAssignment(code);
  return a.ok ? a.value.inbox : undefined;
}

function decodeTeacherEmail(code: string): string {
  const a = decodeAssignment(code);
  return a.ok ? a.value.teacherEmail : "";
}
