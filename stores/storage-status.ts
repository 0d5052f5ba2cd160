import { create } from "zustand";

export type StorageProblem =
  /** Unreadable data copied to quarantineKey: the whole store (started clean), or `items` of it (the rest kept). */
  | { kind: "corrupt"; key: string; quarantineKey: string; items?: number }
  | { kind: "newer"; key: string }
  | { kind: "unavailable" }
  | { kind: "quota"; key: string }
  /** The check of saved data did not download (offline on a first visit to a page): it stays saved, untouched. */
  | { kind: "unread"; key: string };

type StorageStatus = {
  problems: StorageProblem[];
  /** Whether the browser agreed to keep this site's data under storage pressure (navigator.storage.persist). */
  persistence: "unknown" | "granted" | "denied" | "unsupported";
  report: (p: StorageProblem) => void;
  dismiss: (p: StorageProblem) => void;
  setPersistence: (p: StorageStatus["persistence"]) => void;
};

const same = (a: StorageProblem, b: StorageProblem) => JSON.stringify(a) === JSON.stringify(b);

/** What went wrong with saving or loading progress, for the banner that tells the user. Not persisted. */
export const useStorageStatus = create<StorageStatus>()((set) => ({
  problems: [],
  persistence: "unknown",
  report: (p) => set((s) => (s.problems.some((q) => same(q, p)) ? s : { problems: [...s.problems, p] })),
  dismiss: (p) =>
    set((s) => (s.problems.some((q) => same(q, p)) ? { problems: s.problems.filter((q) => !same(q, p)) } : s)),
  setPersistence: (persistence) => set({ persistence }),
}));
