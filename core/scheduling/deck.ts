// The saved deck (what stores/cards-store.ts persists): its shape, a validator for data read back, and the merge of two tabs.
import { clampNewPerDay, clampRetention } from "./settings";
import type { SessionAnswer, StudySession } from "./session";
import {
  DEFAULT_SETTINGS,
  type CardSchedule,
  type CardStates,
  type ReviewLogEntry,
  type SchedulerSettings,
} from "./types";

export type DeckData = {
  cards: CardStates;
  logs: ReviewLogEntry[];
  settings: SchedulerSettings & { updatedAt: number };
  session: StudySession | null;
  /** When the session last changed (started, graded, cleared): the later one wins between tabs. */
  sessionUpdatedAt: number;
};

export const EMPTY_DECK: DeckData = {
  cards: {},
  logs: [],
  settings: { ...DEFAULT_SETTINGS, updatedAt: 0 },
  session: null,
  sessionUpdatedAt: 0,
};

/**
 * Combines what another tab saved with this tab's deck so no review is lost: logs are a union by id (an undo in either
 * tab wins), each card keeps the schedule produced by its latest review that was not undone, the newer settings and
 * the newer session win. If neither tab holds that schedule, the most recent one stands until `repairSchedules`
 * (in ./fsrs) replays the logs: this file stays free of ts-fsrs so pages that only read the deck stay small.
 */
export function combineDecks(saved: DeckData, mine: DeckData): DeckData {
  const byId = new Map<string, ReviewLogEntry>();
  for (const log of [...saved.logs, ...mine.logs]) {
    const seen = byId.get(log.id);
    if (!seen || (seen.undoneAt === undefined && log.undoneAt !== undefined)) byId.set(log.id, log);
  }
  const logs = [...byId.values()].sort((a, b) => a.review - b.review || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const latest = new Map<string, ReviewLogEntry>();
  for (const log of logs) if (log.undoneAt === undefined) latest.set(log.cardId, log);
  const undone = new Set(logs.filter((l) => l.undoneAt !== undefined).map((l) => l.id));

  const settings = saved.settings.updatedAt > mine.settings.updatedAt ? saved.settings : mine.settings;
  const cards: CardStates = {};
  for (const id of new Set([...Object.keys(saved.cards), ...Object.keys(mine.cards), ...latest.keys()])) {
    const target = latest.get(id)?.id ?? null;
    const candidates = [mine.cards[id], saved.cards[id]].filter((c) => c !== undefined);
    const match = candidates.find((c) => c.lastLogId === target);
    const live = candidates.filter((c) => c.lastLogId !== null && !undone.has(c.lastLogId));
    const fallback = live.sort((a, b) => (b.lastReview ?? 0) - (a.lastReview ?? 0))[0];
    const card = match ?? (target === null ? undefined : fallback);
    if (card) cards[id] = card;
  }
  const sessionFromSaved = saved.sessionUpdatedAt > mine.sessionUpdatedAt;
  return {
    cards,
    logs,
    settings,
    session: sessionFromSaved ? saved.session : mine.session,
    sessionUpdatedAt: Math.max(saved.sessionUpdatedAt, mine.sessionUpdatedAt),
  };
}

// ---- Validation of data read back from storage: anything that is not exactly this shape is rejected. ----

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const isGrade = (v: unknown) => v === 1 || v === 2 || v === 3 || v === 4;
const STATE_NAMES = new Set(["new", "learning", "review", "relearning"]);
const CARD_NUMBERS = [
  "due",
  "stability",
  "difficulty",
  "elapsedDays",
  "scheduledDays",
  "learningSteps",
  "reps",
  "lapses",
];
const LOG_NUMBERS = [
  "due",
  "stability",
  "difficulty",
  "elapsedDays",
  "lastElapsedDays",
  "scheduledDays",
  "learningSteps",
  "review",
  "durationMs",
];

function isSchedule(v: unknown): v is CardSchedule {
  return (
    isObj(v) &&
    CARD_NUMBERS.every((k) => isNum(v[k])) &&
    STATE_NAMES.has(v.state as string) &&
    (v.lastReview === null || isNum(v.lastReview)) &&
    (v.lastLogId === null || isStr(v.lastLogId))
  );
}

function isLog(v: unknown): v is ReviewLogEntry {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isStr(v.cardId) &&
    isGrade(v.rating) &&
    STATE_NAMES.has(v.state as string) &&
    LOG_NUMBERS.every((k) => isNum(v[k])) &&
    (v.undoneAt === undefined || isNum(v.undoneAt))
  );
}

const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

function isAnswer(v: unknown): v is SessionAnswer {
  return (
    isObj(v) &&
    isStr(v.cardId) &&
    isGrade(v.grade) &&
    (v.logId === null || isStr(v.logId)) &&
    isNum(v.durationMs) &&
    (v.before === null || isSchedule(v.before)) &&
    isIdList(v.queueBefore)
  );
}

function isSession(v: unknown): v is StudySession {
  return (
    isObj(v) &&
    isStr(v.id) &&
    (v.mode === "review" || v.mode === "cram") &&
    (v.direction === "front" || v.direction === "back") &&
    (v.topic === null || isStr(v.topic)) &&
    isIdList(v.queue) &&
    typeof v.flipped === "boolean" &&
    isNum(v.shownAt) &&
    isNum(v.startedAt) &&
    Array.isArray(v.answers) &&
    v.answers.every(isAnswer) &&
    (v.endedAt === null || isNum(v.endedAt))
  );
}

/** The saved deck if `data` has its shape, else null (the store then sets the data aside and starts afresh). */
export function parseDeckData(data: unknown): DeckData | null {
  if (!isObj(data) || !isObj(data.cards) || !Array.isArray(data.logs) || !isObj(data.settings)) return null;
  if (!Object.values(data.cards).every(isSchedule) || !data.logs.every(isLog)) return null;
  const s = data.settings;
  if (!isNum(s.retention) || !isNum(s.newPerDay) || !isNum(s.updatedAt)) return null;
  if (!(data.session === null || isSession(data.session)) || !isNum(data.sessionUpdatedAt)) return null;
  return {
    cards: data.cards as CardStates,
    logs: data.logs as ReviewLogEntry[],
    settings: {
      retention: clampRetention(s.retention),
      newPerDay: clampNewPerDay(s.newPerDay),
      updatedAt: s.updatedAt,
    },
    session: data.session as StudySession | null,
    sessionUpdatedAt: data.sessionUpdatedAt,
  };
}
