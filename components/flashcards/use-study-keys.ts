"use client";

import { useEffect, useRef } from "react";
import type { Grade } from "@/core/scheduling/types";

/** Each handler returns false when it had nothing to do, so the key keeps its usual meaning (Space scrolls). */
export type StudyKeyHandlers = {
  flip?: () => boolean;
  grade?: (grade: Grade) => boolean;
  undo?: () => boolean;
};

const TYPING = "input, textarea, select, [contenteditable=''], [contenteditable='true']";
// Space and Enter already activate these; handling them again would act twice (grade, then flip the next card).
const ACTIVATES =
  "button, a[href], summary, [role='button'], [role='link'], [role='checkbox'], [role='radio'], " + TYPING;

/** Study shortcuts on the whole page: Space/Enter flip, 1-4 grade, Z undo; never while typing or on a control. */
export function useStudyKeys(handlers: StudyKeyHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(TYPING)) return;
      const h = ref.current;
      if (e.key === " " || e.key === "Enter") {
        if (target?.closest(ACTIVATES) || !h.flip) return;
        if (h.flip()) e.preventDefault();
      } else if (/^[1-4]$/.test(e.key) && h.grade) {
        if (h.grade(Number(e.key) as Grade)) e.preventDefault();
      } else if ((e.key === "z" || e.key === "Z") && h.undo) {
        if (h.undo()) e.preventDefault();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
