"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { decodeAssignment } from "@/core/assignment/link/assignment-code";
import { buildGradebook, type StudentRow } from "@/core/assignment/gradebook/gradebook";
import { decodeResult } from "@/core/assignment/result/result-code";
import type { Bank } from "@/core/bank/schema";
import { preloadable } from "@/components/ui/preloadable";
import { secondaryButton } from "@/components/ui/styles";
import { useTeacherStore, type ReceivedResult, type SavedAssignment } from "@/stores/teacher-store";
import { GradebookGroup } from "./gradebook-group";
import { NoResults } from "./no-results";

// A student's own page loads when the teacher opens one (and is fetched once the gradebook is on screen).
const StudentPage = preloadable(() => import("./student-page").then((m) => m.StudentPage), "Loading the answers…");

/** The history entry of an open student's page: the browser's Back returns to the gradebook. */
type StudentState = { debriefStudent?: string };
const openStudent = (): string | null => (window.history.state as StudentState | null)?.debriefStudent ?? null;

/**
 * Every saved result graded, one group per assignment. Loaded by the results page only once there are results: the
 * decoders and the grading are this part's code, not the page's first JavaScript. Opening a student shows their page
 * in the gradebook's place; the gradebook stays mounted (hidden), so Back finds it sorted and scrolled as it was.
 */
export function Gradebook({
  bank,
  savedAssignments,
  savedResults,
  onRemove,
  actions,
}: {
  bank: Bank;
  savedAssignments: readonly SavedAssignment[];
  savedResults: readonly ReceivedResult[];
  /** Removes a result; `what` names it for the Undo notice ("Ana's result (handed in …)"). */
  onRemove: (code: string, what: string) => void;
  /** The page's own buttons, in the gradebook's header beside Print ("Add results"). */
  actions?: React.ReactNode;
}) {
  // Grading every result is the page's heaviest work: once per change of the data, not on every render.
  const groups = useMemo(() => {
    const assignments = savedAssignments.flatMap((a) => {
      const d = decodeAssignment(a.code);
      return d.ok ? [d.value] : [];
    });
    const results = savedResults.flatMap((r) => {
      const d = decodeResult(r.code);
      return d.ok ? [d.value] : [];
    });
    return buildGradebook(bank, assignments, results);
  }, [bank, savedAssignments, savedResults]);
  const rosters = useMemo(
    () => new Map(savedAssignments.filter((a) => a.roster).map((a) => [a.id, a.roster ?? []])),
    [savedAssignments],
  );
  const [open, setOpen] = useState<string | null>(null);
  // Where the gradebook was scrolled when a student was opened, to return there.
  const scrolled = useRef(0);
  const wasOpen = useRef<string | null>(null);

  useEffect(() => {
    StudentPage.preload().catch(() => undefined);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a reload on a student's history entry shows them
    setOpen(openStudent());
    const onPop = () => setOpen(openStudent());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  useEffect(() => {
    if (open) window.scrollTo(0, document.getElementById("gradebook-top")?.offsetTop ?? 0);
    else if (wasOpen.current) {
      window.scrollTo(0, scrolled.current);
      document
        .querySelector<HTMLElement>(`[data-student="${CSS.escape(wasOpen.current)}"]`)
        ?.focus({ preventScroll: true });
    }
    wasOpen.current = open;
  }, [open]);

  if (groups.length === 0) return <NoResults />;
  const shown = open ? groups.flatMap((g) => g.rows.map((row) => ({ g, row }))).find((x) => x.row.key === open) : null;
  const show = (row: StudentRow) => {
    scrolled.current = window.scrollY;
    window.history.pushState({ ...(window.history.state as object), debriefStudent: row.key }, "");
    setOpen(row.key);
  };
  return (
    <div id="gradebook-top" className="min-w-0 scroll-mt-4">
      {shown ? (
        <StudentPage
          row={shown.row}
          title={shown.g.title || "Untitled assignment"}
          keep={shown.g.keep}
          onBack={() => window.history.back()}
        />
      ) : null}
      <div hidden={!!shown} className="min-w-0 space-y-8">
        <div className="no-print flex flex-wrap gap-2">
          {actions}
          <button type="button" className={secondaryButton} onClick={() => window.print()}>
            Print<span className="sr-only"> the gradebook</span>
          </button>
        </div>
        {groups.map((g) => (
          <GradebookGroup
            key={g.assignmentId}
            bank={bank}
            group={g}
            onRemove={onRemove}
            onOpen={show}
            roster={rosters.get(g.assignmentId) ?? []}
            onSaveRoster={
              g.assignment ? (names) => useTeacherStore.getState().setRoster(g.assignmentId, names) : undefined
            }
          />
        ))}
      </div>
    </div>
  );
}
