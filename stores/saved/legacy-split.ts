import { readItem, STORAGE_KEYS } from "@/lib/storage";

/**
 * Run by the teacher's and the student's saved kinds before either reads (their `prepare`). Only data saved before
 * version 2 of the teacher key holds a student's side, and only it has a "handedIn" field there: on any other device
 * (every new one) this is one string search. Where it is found, the split (./legacy-split-run) is loaded and run
 * before the store reads, so a one-time migration is not in every page's first load.
 */
export function moveStudentData(): Promise<void> | void {
  if (!readItem(STORAGE_KEYS.teacher)?.includes('"handedIn"')) return;
  return import("./legacy-split-run").then((m) => m.moveStudentData());
}
