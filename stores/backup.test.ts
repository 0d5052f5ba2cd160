import { beforeEach, describe, expect, it } from "vitest";
import { EMPTY_TEACHER_DATA, type TeacherData } from "@/core/assignment/saved/saved";
import { EMPTY_QUIZ_DATA, type QuizData } from "@/core/quiz/saved";
import { EMPTY_DECK, type DeckData } from "@/core/scheduling/deck";
import { STORAGE_KEYS } from "@/lib/storage";
import { FakeStorage } from "@/test-fixtures/fake-storage";
import { applyRestore, buildBackup, PLAIN_KEYS, readBackup, resetProgress } from "./backup";
import { SAVED_KINDS } from "./saved-kinds";

// No store is loaded in this file: as on /progress, backup, restore and reset must still cover every saved key.
const NOW = Date.UTC(2026, 0, 15, 12);
let storage: FakeStorage;

const QUIZ: QuizData = {
  ...EMPTY_QUIZ_DATA,
  history: { "q-001": { seen: 2, right: 1, lastAnsweredAt: NOW - 1000, lastCorrect: true } },
};
const DECK: DeckData = { ...EMPTY_DECK, settings: { retention: 0.85, newPerDay: 10, updatedAt: NOW - 5000 } };
const TEACHER: TeacherData = {
  ...EMPTY_TEACHER_DATA,
  assignments: [{ code: "A1", id: "a-1", title: "Week 1", savedAt: NOW - 2000 }],
  results: [{ code: "R1", receivedAt: NOW - 1500 }],
};

const put = (key: string, state: unknown) => storage.setItem(key, JSON.stringify({ state, version: 1 }));
const stateOf = (key: string) => JSON.parse(storage.getItem(key) ?? "null")?.state;

beforeEach(() => {
  storage = new FakeStorage();
  (globalThis as { window?: unknown }).window = { localStorage: storage, dispatchEvent: () => true };
  (globalThis as { StorageEvent?: unknown }).StorageEvent = class {
    constructor(
      public type: string,
      public init: unknown,
    ) {}
  };
  put(STORAGE_KEYS.quiz, QUIZ);
  put(STORAGE_KEYS.cards, DECK);
  put(STORAGE_KEYS.teacher, TEACHER);
  storage.setItem(STORAGE_KEYS.theme, "dark");
});

describe("backup, restore and reset", () => {
  it("know every storage key: each is a kind of saved data, a plain key, or the set-aside prefix", () => {
    // The sync link is this device's key to its synced copy: a backup file must not carry it (stores/sync.ts).
    const known = new Set([
      ...SAVED_KINDS.map((k) => k.name),
      ...PLAIN_KEYS,
      STORAGE_KEYS.quarantine,
      STORAGE_KEYS.sync,
    ]);
    expect(PLAIN_KEYS).toContain(STORAGE_KEYS.theme);
    expect(Object.values(STORAGE_KEYS).filter((k) => !known.has(k))).toEqual([]);
  });

  it("back up every key, the teacher's data included, without loading its store", async () => {
    const file = await buildBackup(NOW);
    expect(Object.keys(file.data).sort()).toEqual(
      [STORAGE_KEYS.cards, STORAGE_KEYS.quiz, STORAGE_KEYS.teacher, STORAGE_KEYS.theme].sort(),
    );
    expect((file.data[STORAGE_KEYS.teacher] as { state: TeacherData }).state).toEqual(TEACHER);
  });

  it("reset empties the learner's own data, keeps the teacher's and the theme; a replace restore brings all back", async () => {
    const handedIn = [{ code: "H1", assignmentId: "a-9", assignmentCode: "A9", title: "Quiz", submittedAt: NOW }];
    put(STORAGE_KEYS.student, { handedIn, attempts: {} });
    const inbox = { server: "", inboxes: {}, outbox: {}, deleted: ["inbox-x"] };
    put(STORAGE_KEYS.inbox, inbox);
    const text = JSON.stringify(await buildBackup(NOW));
    expect(await resetProgress(NOW)).toBe(true);
    expect(stateOf(STORAGE_KEYS.quiz)).toEqual(EMPTY_QUIZ_DATA);
    expect(stateOf(STORAGE_KEYS.cards)).toEqual(EMPTY_DECK);
    expect(stateOf(STORAGE_KEYS.student)).toEqual({ handedIn: [], attempts: {} });
    // The teacher's gradebook and inbox keys are not the learner's progress (issue 24, item 2).
    expect(stateOf(STORAGE_KEYS.teacher)).toEqual(TEACHER);
    expect(stateOf(STORAGE_KEYS.inbox)).toEqual(inbox);
    expect(storage.getItem(STORAGE_KEYS.theme)).toBe("dark");

    const parsed = await readBackup(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(await applyRestore(parsed.value.entries, "replace", NOW + 1)).toBe(true);
    expect(stateOf(STORAGE_KEYS.quiz)).toEqual(QUIZ);
    expect(stateOf(STORAGE_KEYS.cards)).toEqual(DECK);
    expect(stateOf(STORAGE_KEYS.teacher)).toEqual(TEACHER);
    expect(stateOf(STORAGE_KEYS.student)).toEqual({ handedIn, attempts: {} });
  });

  it("a merge restore unions the teacher's codes with what is here", async () => {
    const text = JSON.stringify(await buildBackup(NOW));
    put(STORAGE_KEYS.teacher, { ...EMPTY_TEACHER_DATA, results: [{ code: "R2", receivedAt: NOW }] });
    const parsed = await readBackup(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(await applyRestore(parsed.value.entries, "merge", NOW + 1)).toBe(true);
    expect((stateOf(STORAGE_KEYS.teacher) as TeacherData).results.map((r) => r.code).sort()).toEqual(["R1", "R2"]);
  });

  it("restores a backup made before the split: the student's hand-ins from its teacher entry go to their own key", async () => {
    const handedIn = [{ code: "H1", assignmentId: "a-1", assignmentCode: "A1", title: "Week 1", submittedAt: NOW }];
    const old = { [STORAGE_KEYS.teacher]: { state: { ...TEACHER, handedIn, attempts: {} }, version: 1 } };
    const { createBackup } = await import("@/core/progress/backup");
    const parsed = await readBackup(JSON.stringify(createBackup(old, NOW)));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(await applyRestore(parsed.value.entries, "replace", NOW + 1)).toBe(true);
    expect(stateOf(STORAGE_KEYS.teacher)).toEqual(TEACHER);
    expect(stateOf(STORAGE_KEYS.student)).toEqual({ handedIn, attempts: {} });
  });

  it("removing the teacher's data takes assignments, gradebook and inbox keys, and keeps results waiting to be sent", async () => {
    const waiting = {
      code: "C",
      assignmentId: "a-2",
      inbox: { id: "inbox-aaaaaaaaaaaaaaaa", url: "" },
      queuedAt: NOW,
      attempts: 0,
      nextAt: NOW,
      receipt: null,
      refused: null,
      lastError: null,
    };
    const inbox = {
      assignmentId: "a-1",
      id: "inbox-bbbbbbbbbbbbbbbb",
      url: "",
      secretKey: "k".repeat(43),
      cursor: 0,
      createdAt: NOW,
      expiresAt: NOW + 1,
      closed: false,
    };
    put(STORAGE_KEYS.inbox, { server: "", inboxes: { "a-1": inbox }, outbox: { C: waiting }, deleted: [] });
    const { resetTeacherData } = await import("./backup");
    expect(await resetTeacherData(NOW)).toBe(true);
    expect(stateOf(STORAGE_KEYS.teacher)).toEqual(EMPTY_TEACHER_DATA);
    expect(stateOf(STORAGE_KEYS.inbox)).toEqual({ server: "", inboxes: {}, outbox: { C: waiting }, deleted: [] });
    expect(stateOf(STORAGE_KEYS.quiz)).toEqual(QUIZ);
  });

  it("never writes over data saved by a newer version", async () => {
    const newer = JSON.stringify({ state: { future: true }, version: 99 });
    storage.setItem(STORAGE_KEYS.student, newer);
    expect(await resetProgress(NOW)).toBe(false);
    expect(storage.getItem(STORAGE_KEYS.student)).toBe(newer);
    expect(stateOf(STORAGE_KEYS.quiz)).toEqual(EMPTY_QUIZ_DATA);
  });
});
