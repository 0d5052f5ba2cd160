"use client";

import { useDeferredValue, useEffect, useRef, useState } from "react";
import type { Assignment } from "@/core/assignment/link/assignment-code";
import { ASSIGNMENT_LIMITS, parseTimeLimit } from "@/core/assignment/link/limits";
import { useBank } from "@/components/bank/use-bank";
import { useHydrated } from "@/stores/persisted";
import { useTeacherStore } from "@/stores/teacher-store";
import type { CollectChoice } from "@/components/inbox/collect-option";
import { DEFAULT_ASSIGNMENT_SETTINGS, type SettingsDraft } from "@/core/assignment/link/settings";
import { AssignmentSettings } from "./assignment-settings";
import { preloadable } from "@/components/ui/preloadable";
import { QuestionPicker } from "./question-picker";
import { SavedAssignments } from "./saved-assignments";
import { SelectedQuestions } from "./selected-questions";
import { errorBox, input, primaryButton } from "@/components/ui/styles";
import { LazyAssignmentExport } from "@/components/export/lazy-assignment-export";

// The link panel (with its QR code) and the print sheets are needed only once a link exists: they load then, and are
// fetched in the background while the teacher builds the assignment.
const ShareAssignment = preloadable(
  () => import("./share-assignment").then((m) => m.ShareAssignment),
  "Making the link…",
);
// "Collecting results" sits below the questions and looks for an inbox as soon as it is on screen: its code is not
// part of the page's first JavaScript.
const CollectOption = preloadable(
  () => import("@/components/inbox/collect-option").then((m) => m.CollectOption),
  "Looking for a result inbox…",
);
const PrintSheet = preloadable(() => import("./print-sheets").then((m) => m.PrintSheet));
// The link codec (and the inbox opener) is needed only to make a link ("Create the link") or open a saved one:
// fetched on that press.
const loadLinks = () => import("./make-link");
// The draft (kept across reloads) loads once the form is on screen.
const loadDraft = () => import("./teach-draft");

const NO_QUESTIONS = "Add at least one question first.";

/** /teach: build an assignment, get its link, and find the ones made before. */
export function TeachPage() {
  // The whole form (picker, settings) first renders when the bank arrives: as a deferred render, which React does in
  // slices that give way to input, instead of one long task while the page is still loading.
  const bankState = useDeferredValue(useBank());
  const hydrated = useHydrated(useTeacherStore);
  const saved = useTeacherStore((s) => s.assignments);
  const saveAssignment = useTeacherStore((s) => s.saveAssignment);
  const removeAssignment = useTeacherStore((s) => s.removeAssignment);
  const [title, setTitle] = useState("");
  const [instructions, setInstructions] = useState("");
  const [ids, setIds] = useState<string[]>([]);
  const [settings, setSettings] = useState<SettingsDraft>(DEFAULT_ASSIGNMENT_SETTINGS);
  const [made, setMade] = useState<Assignment | null>(null);
  // Bumped each time a link is made or opened, so focus moves to it (the panel may already be on screen).
  const [shown, setShown] = useState(0);
  const [problem, setProblem] = useState("");
  const [collect, setCollect] = useState<CollectChoice | null>(null);
  const [printing, setPrinting] = useState<"worksheet" | "key" | null>(null);
  const [drafts, setDrafts] = useState<Awaited<ReturnType<typeof loadDraft>> | null>(null);
  // One link at a time: a second press while the first is being made would make a second assignment and inbox.
  const busy = useRef(false);
  const ready = bankState.status === "ready" ? bankState.bank : null;
  const form = { title, instructions, ids, settings };

  useEffect(() => {
    ShareAssignment.preload().catch(() => undefined);
    PrintSheet.preload().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!ready) return;
    let live = true;
    loadDraft().then(
      (m) => {
        if (!live) return;
        const d = m.readDraft(ready);
        if (d) {
          setTitle(d.title);
          setInstructions(d.instructions);
          setIds(d.ids);
          setSettings(d.settings);
        }
        setDrafts(m);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ready]);

  // Saved from the moment the saved draft has been read back, so an empty form never overwrites it.
  useEffect(
    () => drafts?.saveDraft({ title, instructions, ids, settings }),
    [drafts, title, instructions, ids, settings],
  );

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(null);
    window.addEventListener("afterprint", done, { once: true });
    window.print();
    return () => window.removeEventListener("afterprint", done);
  }, [printing]);

  if (bankState.status !== "ready")
    return bankState.status === "loading" ? (
      <p role="status">Loading the question bank…</p>
    ) : (
      <p className={errorBox}>{bankState.message}</p>
    );
  const bank = bankState.bank;

  const create = async () => {
    if (busy.current) return;
    if (ids.length === 0) {
      setProblem(NO_QUESTIONS);
      return;
    }
    const limit = parseTimeLimit(settings.timeLimitText);
    if (!limit.ok) {
      setProblem(`Check the time limit. ${limit.message}`);
      document.getElementById("time-limit")?.focus();
      return;
    }
    setProblem("");
    busy.current = true;
    let link: Awaited<ReturnType<Awaited<ReturnType<typeof loadLinks>>["makeLink"]>>;
    try {
      const { makeLink } = await loadLinks();
      const { timeLimitText: _text, ...rest } = settings;
      const spec = {
        title,
        instructions,
        questionIds: ids,
        ...rest,
        timeLimitMinutes: limit.value,
        bankVersion: bank.version,
      };
      link = await makeLink(spec, made, collect, Date.now());
    } catch {
      setProblem("The link could not be made: part of the page did not load. Check your connection and try again.");
      return;
    } finally {
      busy.current = false;
    }
    drafts?.clearDraft();
    const a = link.assignment;
    if (link.problem) setProblem(link.problem);
    saveAssignment({ code: a.code, id: a.id, title: a.title }, Date.now());
    setMade(a);
    setShown((n) => n + 1);
  };

  const open = async (code: string) => {
    let saved: ReturnType<Awaited<ReturnType<typeof loadLinks>>["readSaved"]>;
    try {
      saved = (await loadLinks()).readSaved(code);
    } catch {
      setProblem(
        "That saved assignment could not be opened: part of the page did not load. Check your connection and try again.",
      );
      return;
    }
    if (!saved) {
      setProblem("That saved assignment could not be read. Remove it and make it again.");
      return;
    }
    const a = saved.assignment;
    setTitle(a.title);
    setInstructions(a.instructions);
    setIds(a.questionIds);
    setSettings(saved.settings);
    setMade(a);
    setShown((n) => n + 1);
  };

  return (
    <div className="min-w-0 space-y-8">
      {made && printing ? <PrintSheet bank={bank} assignment={made} kind={printing} /> : null}
      <form
        className="no-print min-w-0 space-y-8"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <section aria-labelledby="about-h" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="about-h" className="text-xl font-semibold">
              New assignment
            </h2>
            {drafts ? (
              <drafts.StartOver
                draft={form}
                onStartOver={() => {
                  setTitle("");
                  setInstructions("");
                  setIds([]);
                  setSettings(DEFAULT_ASSIGNMENT_SETTINGS);
                  setMade(null);
                  setProblem("");
                  document.getElementById("teach-title")?.focus();
                }}
              />
            ) : null}
          </div>
          <label className="block">
            Title
            <input
              id="teach-title"
              className={input}
              placeholder="e.g. Week 3: cooperation"
              value={title}
              maxLength={ASSIGNMENT_LIMITS.title}
              onChange={(e) => setTitle(e.target.value)}
            />
          </label>
          <label className="block">
            Instructions (optional)
            <textarea
              className={input}
              rows={3}
              value={instructions}
              maxLength={ASSIGNMENT_LIMITS.instructions}
              onChange={(e) => setInstructions(e.target.value)}
            />
          </label>
        </section>
        <QuestionPicker bank={bank} selected={ids} onChange={setIds} />
        <SelectedQuestions bank={bank} ids={ids} onChange={setIds} />
        <AssignmentSettings value={settings} onChange={setSettings} />
        <CollectOption value={collect} onChange={setCollect} />
        {/* "Add a question first" is over as soon as one is added. */}
        {problem && !(problem === NO_QUESTIONS && ids.length > 0) ? (
          <p role="alert" className={errorBox}>
            {problem}
          </p>
        ) : null}
        {/* A double click's second click (detail 2) does not press again. */}
        <button type="submit" className={primaryButton} onClick={(e) => e.detail > 1 && e.preventDefault()}>
          Create the link
        </button>
      </form>
      {made ? (
        <ShareAssignment
          key={shown}
          assignment={made}
          onPrint={(kind) => {
            // The sheet's code first, so it is on the page when the print dialog opens.
            PrintSheet.preload().then(
              () => setPrinting(kind),
              () => setProblem("The print sheet could not be loaded. Check your connection and try again."),
            );
          }}
        />
      ) : null}
      {made ? <LazyAssignmentExport questionIds={made.questionIds} title={made.title} /> : null}
      {/* The page opens on the new assignment; the ones made before follow it. */}
      {hydrated ? (
        <SavedAssignments items={saved} onOpen={(code) => void open(code)} onRemove={removeAssignment} />
      ) : (
        <p role="status">Loading your assignments…</p>
      )}
    </div>
  );
}
