"use client";

import Link from "next/link";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { rawFromResponse } from "@/core/assignment/answers";
import { decodeAssignment, type Assignment } from "@/core/assignment/assignment-code";
import { assignmentProblem, type Decoded } from "@/core/assignment/reasons";
import { encodeResult } from "@/core/assignment/result-code";
import { InboxDelivery } from "@/components/inbox/inbox-delivery";
import type { Bank } from "@/core/bank/schema";
import { prepareQuestions } from "@/core/quiz/generate";
import { useBank } from "@/components/bank/use-bank";
import { LazyQuizPlayer, usePreloadQuizPlayer } from "@/components/quiz/lazy-quiz-player";
import { errorBox, notice, secondaryButton } from "@/components/ui/styles";
import { Loading } from "@/components/ui/loading";
import { useHydrated } from "@/stores/persisted";
import { useTeacherStore, type HandedIn } from "@/stores/teacher-store";
import { AssignmentIntro } from "./assignment-intro";
import type { Submission } from "./submitted";

// Handing in (the result code, QR code, score and review) is only needed after submitting or on "Send again":
// it loads then, and is precached for offline use like every file of the export.
const HandIn = lazy(() => import("./hand-in").then((m) => ({ default: m.HandIn })));
const Submitted = lazy(() => import("./submitted").then((m) => ({ default: m.Submitted })));

/** Reads the assignment code from the address fragment, and again when it changes. */
function useFragment(): string | null {
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    const read = () => setHash(window.location.hash.replace(/^#/, ""));
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);
  return hash;
}

/** /assignment: open the teacher's link, take the assignment, hand in the result. */
export function AssignmentPage() {
  const hash = useFragment();
  const bankState = useBank();
  const hydrated = useHydrated(useTeacherStore);
  const handedIn = useTeacherStore((s) => s.handedIn);
  const decoded = useMemo<Decoded<Assignment> | null>(() => (hash === null ? null : decodeAssignment(hash)), [hash]);

  if (hash === null || bankState.status === "loading" || !hydrated) return <p role="status">Loading…</p>;
  if (bankState.status === "error") return <p className={errorBox}>{bankState.message}</p>;
  if (hash === "") return <NoLink handedIn={handedIn} />;
  if (!decoded?.ok)
    return (
      <div role="alert" className={`${errorBox} space-y-2`}>
        <p className="font-semibold">{assignmentProblem(decoded?.reason ?? "malformed")}</p>
        <p>
          <Link href="/" className="underline">
            Go to the home page
          </Link>{" "}
          to study the article on your own meanwhile.
        </p>
      </div>
    );
  return <TakeAssignment key={decoded.value.id} bank={bankState.bank} assignment={decoded.value} />;
}

function NoLink({ handedIn }: { handedIn: HandedIn[] }) {
  return (
    <div className="space-y-4">
      <p>This page opens assignments. Open the link your teacher sent you.</p>
      <HandedInList items={handedIn} />
    </div>
  );
}

/** Results handed in from this browser, to send again. */
function HandedInList({ items }: { items: HandedIn[] }) {
  const [open, setOpen] = useState<string | null>(null);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="history-h" className="space-y-2">
      <h2 id="history-h" className="text-xl font-semibold">
        Results you handed in
      </h2>
      <ul className="space-y-2">
        {items.map((h) => (
          <li key={h.code} className="rounded-md border border-slate-300 p-2 dark:border-slate-700">
            <div className="flex flex-wrap items-center gap-2">
              <span className="flex-1">
                {h.title || "Untitled assignment"}, {new Date(h.submittedAt).toLocaleString("en-GB")}
              </span>
              <button
                type="button"
                className={secondaryButton}
                aria-expanded={open === h.code}
                onClick={() => setOpen(open === h.code ? null : h.code)}
              >
                {open === h.code ? "Hide" : "Send again"}
              </button>
            </div>
            <InboxDelivery code={h.code} assignmentId={h.assignmentId} inbox={inboxOf(h)} compact />
            {open === h.code ? <HandInFor item={h} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function inboxOf(h: HandedIn) {
  const a = decodeAssignment(h.assignmentCode);
  return a.ok ? a.value.inbox : undefined;
}

function HandInFor({ item }: { item: HandedIn }) {
  const a = decodeAssignment(item.assignmentCode);
  return (
    <Suspense fallback={<Loading />}>
      <HandIn code={item.code} title={item.title} name="" teacherEmail={a.ok ? a.value.teacherEmail : ""} />
    </Suspense>
  );
}

function TakeAssignment({ bank, assignment }: { bank: Bank; assignment: Assignment }) {
  const attempt = useTeacherStore((s) => s.attempts[assignment.id]);
  const handedIn = useTeacherStore((s) => s.handedIn);
  const startAttempt = useTeacherStore((s) => s.startAttempt);
  const updateAttempt = useTeacherStore((s) => s.updateAttempt);
  const finishAttempt = useTeacherStore((s) => s.finishAttempt);
  const [submitted, setSubmitted] = useState<Submission | null>(null);
  usePreloadQuizPlayer();

  // Retired questions are left out of new attempts; unknown ids (a newer link on an older app) too.
  const { questions, retired, unknown } = useMemo(() => {
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    const found = assignment.questionIds.map((id) => byId.get(id));
    return {
      questions: found.filter((q) => q !== undefined && !q.retired).map((q) => q!),
      retired: found.filter((q) => q?.retired).length,
      unknown: found.filter((q) => q === undefined).length,
    };
  }, [bank, assignment]);
  const prepared = useMemo(
    () =>
      prepareQuestions(
        bank,
        questions.map((q) => q.id),
        assignment.seed,
      ),
    [bank, questions, assignment.seed],
  );

  const submit = useCallback(() => {
    const current = useTeacherStore.getState().attempts[assignment.id];
    if (!current) return;
    const now = Date.now();
    const ids = questions.map((q) => q.id);
    const code = encodeResult({
      assignmentId: assignment.id,
      name: current.name,
      questionIds: ids,
      answers: questions.map((q) => rawFromResponse(q, current.responses[q.id])),
      startedAt: current.startedAt,
      submittedAt: now,
      bankVersion: bank.version,
    });
    const h: HandedIn = {
      code,
      assignmentId: assignment.id,
      assignmentCode: assignment.code,
      title: assignment.title,
      submittedAt: now,
    };
    setSubmitted({ ...h, responses: current.responses, name: current.name });
    finishAttempt(h);
  }, [assignment, questions, bank.version, finishAttempt]);

  const notices = (
    <>
      {retired + unknown > 0 ? (
        <p className={notice}>
          {retired + unknown} of this assignment&apos;s questions {retired + unknown === 1 ? "has" : "have"} been
          withdrawn since the link was made; you answer the other {questions.length}.
        </p>
      ) : null}
      {assignment.bankVersion !== bank.version ? (
        <p className={notice}>
          The questions have been updated since your teacher made this link, so a few may read differently from what
          your teacher saw.
        </p>
      ) : null}
    </>
  );

  if (questions.length === 0)
    return (
      <div role="alert" className={errorBox}>
        None of this assignment&apos;s questions are available any more. Ask your teacher to send a new link.
      </div>
    );

  if (submitted)
    return (
      <Suspense fallback={<Loading />}>
        <Submitted bank={bank} assignment={assignment} questions={questions} result={submitted} />
      </Suspense>
    );

  if (attempt)
    return (
      <div className="space-y-4">
        <h2 className="text-xl font-semibold">{assignment.title || "Untitled assignment"}</h2>
        {notices}
        <LazyQuizPlayer
          questions={questions}
          prepared={prepared}
          mode={assignment.mode}
          responses={attempt.responses}
          index={Math.min(attempt.index, questions.length - 1)}
          flags={attempt.flags}
          deadline={attempt.deadline}
          onAnswer={(id, r) =>
            updateAttempt(assignment.id, { responses: { ...attempt.responses, [id]: r } }, Date.now())
          }
          onMove={(index) => updateAttempt(assignment.id, { index }, Date.now())}
          onToggleFlag={(id) =>
            updateAttempt(
              assignment.id,
              { flags: attempt.flags.includes(id) ? attempt.flags.filter((f) => f !== id) : [...attempt.flags, id] },
              Date.now(),
            )
          }
          onFinish={submit}
        />
      </div>
    );

  const previous = handedIn.filter((h) => h.assignmentId === assignment.id);
  return (
    <div className="space-y-6">
      {notices}
      <AssignmentIntro
        assignment={assignment}
        questionCount={questions.length}
        onStart={(name) => {
          const now = Date.now();
          startAttempt(
            {
              assignmentId: assignment.id,
              assignmentCode: assignment.code,
              name,
              startedAt: now,
              deadline: assignment.timeLimitMinutes ? now + assignment.timeLimitMinutes * 60_000 : null,
            },
            now,
          );
        }}
      />
      <HandedInList items={previous} />
    </div>
  );
}
