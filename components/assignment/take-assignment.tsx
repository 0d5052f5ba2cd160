"use client";

import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Assignment } from "@/core/assignment/link/assignment-code";
import {
  attemptsBy,
  attemptsUnderWay,
  deadlineFor,
  handedInRecord,
  nextAttemptNumber,
  type CloseReason,
} from "@/core/assignment/attempt/attempt";
import { attemptKey } from "@/core/assignment/attempt/names";
import type { Bank, Question } from "@/core/bank/schema";
import type { PreparedQuestion } from "@/core/quiz/types";
import { plural } from "@/core/counts";
import { LazyAssignmentPlayer, usePreloadAssignmentPlayer } from "./lazy-assignment-player";
import { Loading } from "@/components/ui/loading";
import { errorBox, notice } from "@/components/ui/styles";
import { rememberTabStudent, tabStudent } from "@/lib/tab-student";
import { useStudentStore } from "@/stores/student-store";
import { AssignmentIntro, whose } from "./assignment-intro";
import { HandedInList } from "./handed-in-list";
import type { Submission } from "./submitted";

// The hand-in screen (result code, QR code, score and review) is only needed after finishing: it loads then, and is
// precached for offline use like every file of the export.
const loadSubmitted = () => import("./submitted");
const Submitted = lazy(() => loadSubmitted().then((m) => ({ default: m.Submitted })));
// The options' shuffling (the quiz generator) is needed once the questions show: fetched with the player, in the
// background while the student reads the intro.
const loadGenerate = () => import("@/core/quiz/generate");

/** Every student's options shuffled the same way (the assignment's seed); null until the shuffling code is here. */
function usePrepared(bank: Bank, assignment: Assignment, questions: readonly Question[]) {
  const [prepared, setPrepared] = useState<{ for: readonly Question[]; value: PreparedQuestion[] } | null>(null);
  useEffect(() => {
    let live = true;
    loadGenerate().then(
      ({ prepareQuestions }) => {
        if (live)
          setPrepared({
            for: questions,
            value: prepareQuestions(
              bank,
              questions.map((q) => q.id),
              assignment.seed,
            ),
          });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [bank, assignment.seed, questions]);
  return prepared?.for === questions ? prepared.value : null;
}
// Stamping the result (the result codec) is needed only to finish: fetched once an attempt is under way.
// With it, this browser's device id (read or made once), which the result carries.
const loadStamp = () =>
  Promise.all([import("@/core/assignment/attempt/stamp"), import("@/lib/device")]).then(([stamp, device]) => ({
    stampResult: stamp.stampResult,
    thisDeviceId: device.thisDeviceId,
  }));

/** The assignment's questions in this bank: retired ones and unknown ids (a newer link on an older app) left out. */
function useAvailableQuestions(bank: Bank, assignment: Assignment) {
  return useMemo(() => {
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    const found = assignment.questionIds.map((id) => byId.get(id));
    const questions = found.filter((q) => q !== undefined && !q.retired).map((q) => q!);
    return {
      questions,
      missing: found.length - questions.length,
    };
  }, [bank, assignment]);
}

/**
 * One assignment from intro to hand-in: starts, saves and stamps attempts through the store and core. Each student's
 * attempt in progress is kept under their name: a reload in the same tab goes straight back to it; the link opened
 * anew (the next student at a shared device) shows the intro, where each student continues their own or starts.
 */
export function TakeAssignment({ bank, assignment }: { bank: Bank; assignment: Assignment }) {
  // The student this tab serves, whose attempt it shows (null: nobody yet, the intro asks). Kept for the tab through
  // reloads and hand-ins, so a retake starts with the name; a new tab (the next student at a shared device) asks.
  const [activeName, setActiveName] = useState(() => tabStudent(assignment.id));
  const open = (name: string) => {
    rememberTabStudent(assignment.id, name);
    setActiveName(name);
  };
  const activeKey = activeName === null ? "" : attemptKey(assignment.id, activeName);
  const attempt = useStudentStore((s) => s.attempts[activeKey]);
  const allAttempts = useStudentStore((s) => s.attempts);
  const inProgress = useMemo(() => attemptsUnderWay(allAttempts, assignment.id), [allAttempts, assignment.id]);
  const handedIn = useStudentStore((s) => s.handedIn);
  const startAttempt = useStudentStore((s) => s.startAttempt);
  const updateAttempt = useStudentStore((s) => s.updateAttempt);
  const finishAttempt = useStudentStore((s) => s.finishAttempt);
  const [submitted, setSubmitted] = useState<Submission | null>(null);
  // When this page was opened: an attempt whose deadline had passed by then ran out while the student was away.
  const [openedAt] = useState(() => Date.now());
  const { questions, missing } = useAvailableQuestions(bank, assignment);
  const previous = handedIn.filter((h) => h.assignmentId === assignment.id);
  usePreloadAssignmentPlayer();
  const prepared = usePrepared(bank, assignment, questions);

  const [stampProblem, setStampProblem] = useState(false);
  // Students whose time ran out while the page was closed, their attempts stamped here but not this tab's own.
  const [away, setAway] = useState<string[]>([]);
  const finish = useCallback(
    async (reason: CloseReason, name: string, show = true) => {
      let stampResult: Awaited<ReturnType<typeof loadStamp>>["stampResult"];
      let thisDeviceId: Awaited<ReturnType<typeof loadStamp>>["thisDeviceId"];
      try {
        ({ stampResult, thisDeviceId } = await loadStamp());
      } catch {
        setStampProblem(true);
        return;
      }
      setStampProblem(false);
      const state = useStudentStore.getState();
      const key = attemptKey(assignment.id, name);
      const current = state.attempts[key];
      if (!current) return;
      const { result, code } = stampResult(
        {
          assignment,
          questions,
          attempt: current,
          attemptNumber: nextAttemptNumber(state.handedIn, assignment.id, current.name),
          bankVersion: bank.version,
          device: thisDeviceId(),
        },
        Date.now(),
        reason,
      );
      const h = handedInRecord(assignment, result, code);
      if (show) setSubmitted({ ...h, responses: current.responses, name: current.name });
      else setAway((names) => [...names, current.name]);
      finishAttempt(key, h);
    },
    [assignment, questions, bank.version, finishAttempt],
  );

  const ranOut = (a: { deadline: number | null }) => a.deadline !== null && a.deadline <= openedAt;
  const ranOutAway = attempt !== undefined && ranOut(attempt);
  // Time ran out while the page was closed: each such attempt is stamped at its deadline, once, when found. The hand-in
  // screen shows this tab's own attempt; another's (the last student at a shared device) is said by name and waits
  // in the list to be sent, so the next student never sees another's result.
  const ranOutNow = inProgress.filter(ranOut);
  const stamping = useRef(new Set<string>());
  useEffect(() => {
    for (const a of inProgress)
      if (a.deadline !== null && a.deadline <= openedAt && !stamping.current.has(a.name)) {
        stamping.current.add(a.name);
        void finish("reopened", a.name, a === attempt);
      }
  }, [inProgress, openedAt, attempt, finish]);
  const underWay = inProgress.length > 0;
  // With an attempt under way, what finishing needs is fetched now: the network (or the server that serves the
  // pages) may be gone when the student presses Finish, and the result must still show, with its hand-in link.
  useEffect(() => {
    if (!underWay) return;
    loadStamp().catch(() => undefined);
    loadSubmitted().catch(() => undefined);
  }, [underWay]);

  const stampAlert = stampProblem ? (
    <p role="alert" className={errorBox}>
      Your answers are saved, but your result could not be made: part of the page did not load. Check your connection
      and reload the page.
    </p>
  ) : null;
  const notices = (
    <>
      {away.length ? (
        <p className={notice}>
          Time ran out while the page was closed on {away.map(whose).join(" and ")}{" "}
          {away.length === 1 ? "attempt: it was" : "attempts: they were"} handed in as the answers stood; see Results
          you finished below.
        </p>
      ) : null}
      {missing > 0 ? (
        <p className={notice}>
          {missing} of this assignment&apos;s questions {plural(missing, "has", "have")} been withdrawn since the link
          was made; you answer the other {questions.length}.
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
        <Submitted
          bank={bank}
          assignment={assignment}
          questions={questions}
          result={submitted}
          attemptsUsed={attemptsBy(previous, assignment.id, submitted.name).length}
          onAgain={() => setSubmitted(null)}
        />
      </Suspense>
    );

  if (attempt && !ranOutAway) {
    const number = nextAttemptNumber(previous, assignment.id, attempt.name);
    return (
      <div className="min-w-0 space-y-4">
        {/* The quiz's own bar heads the screen while the student answers: the title is for screen readers. */}
        <h2 className="sr-only">
          {assignment.title || "Untitled assignment"}
          {number > 1 ? <span className="font-normal">, attempt {number}</span> : null}
        </h2>
        {notices}
        {stampAlert}
        {prepared === null ? (
          <Loading text="Loading the questions…" />
        ) : (
          <LazyAssignmentPlayer
            questions={questions}
            prepared={prepared}
            mode={assignment.mode}
            responses={attempt.responses}
            index={Math.min(attempt.index, questions.length - 1)}
            flags={attempt.flags}
            deadline={attempt.deadline}
            onAnswer={(id, r) => updateAttempt(activeKey, { responses: { ...attempt.responses, [id]: r } }, Date.now())}
            onMove={(index) => updateAttempt(activeKey, { index }, Date.now())}
            onToggleFlag={(id) =>
              updateAttempt(
                activeKey,
                { flags: attempt.flags.includes(id) ? attempt.flags.filter((f) => f !== id) : [...attempt.flags, id] },
                Date.now(),
              )
            }
            // Leaving on purpose: whoever opens the link next is asked whose attempt it is (a shared device).
            onLeave={() => rememberTabStudent(assignment.id, null)}
            onFinish={(reason) => void finish(reason === "time" ? "timer" : "finished", attempt.name)}
          />
        )}
      </div>
    );
  }
  if (attempt || ranOutNow.length > 0) return stampAlert ?? <Loading />;

  return (
    <div className="min-w-0 space-y-6">
      {notices}
      <AssignmentIntro
        assignment={assignment}
        questionCount={questions.length}
        handedIn={previous}
        waiting={inProgress}
        student={activeName}
        onContinue={open}
        onStart={(name) => {
          open(name);
          const now = Date.now();
          startAttempt(
            {
              assignmentId: assignment.id,
              assignmentCode: assignment.code,
              name,
              startedAt: now,
              deadline: deadlineFor(now, assignment.timeLimitMinutes),
            },
            now,
          );
        }}
      />
      <HandedInList items={previous} />
    </div>
  );
}
