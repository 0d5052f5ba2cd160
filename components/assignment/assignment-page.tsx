"use client";

import { useEffect, useMemo } from "react";
import { decodeAssignment, type Assignment } from "@/core/assignment/link/assignment-code";
import type { Decoded } from "@/core/assignment/link/reasons";
import { useBank } from "@/components/bank/use-bank";
import { useLocationHash } from "@/components/ui/use-location-hash";
import { errorBox } from "@/components/ui/styles";
import { useHydrated } from "@/stores/persisted";
import { useStudentStore } from "@/stores/student-store";
import { preloadable } from "@/components/ui/preloadable";
import { HandedInList } from "./handed-in-list";

// Only a link that cannot be opened needs the explanations of what is wrong with it.
const AssignmentProblem = preloadable(() => import("./assignment-problem").then((m) => m.AssignmentProblem));
// Only a student who arrives without a link needs the paste box.
const FrontDoor = preloadable(() => import("./front-door").then((m) => m.FrontDoor));
// The assignment itself (intro, attempts in progress, hand-in; about 4 KiB): fetched as soon as a link reads, beside
// the questions, which take longer.
const TakeAssignment = preloadable(() => import("./take-assignment").then((m) => m.TakeAssignment));

/** /assignment: open the teacher's link, take the assignment, hand in the result. */
export function AssignmentPage() {
  const hash = useLocationHash();
  const bankState = useBank();
  const hydrated = useHydrated(useStudentStore);
  const handedIn = useStudentStore((s) => s.handedIn);
  const decoded = useMemo<Decoded<Assignment> | null>(() => (hash ? decodeAssignment(hash) : null), [hash]);
  const opens = decoded?.ok === true;
  const sends = opens && decoded.value.inbox !== undefined;
  useEffect(() => {
    if (opens) TakeAssignment.preload().catch(() => undefined);
  }, [opens]);
  useEffect(() => {
    // The footer says "nothing is sent anywhere" except where an assignment collects results (site-footer.tsx).
    if (!sends) return;
    document.documentElement.dataset.sends = "";
    return () => {
      delete document.documentElement.dataset.sends;
    };
  }, [sends]);

  if (hash === null || bankState.status === "loading" || !hydrated) return <p role="status">Loading…</p>;
  if (bankState.status === "error") return <p className={errorBox}>{bankState.message}</p>;
  if (hash === "")
    return (
      <div className="space-y-8">
        <FrontDoor />
        <HandedInList items={handedIn} />
      </div>
    );
  if (!decoded?.ok) return <AssignmentProblem reason={decoded?.reason ?? "malformed"} />;
  return <TakeAssignment key={decoded.value.id} bank={bankState.bank} assignment={decoded.value} />;
}
