import { describe, expect, it } from "vitest";
import { combineStudentData, combineTeacherData } from "./merge";
import { EMPTY_STUDENT_DATA, EMPTY_TEACHER_DATA, type AssignmentAttempt } from "./saved";
import { migrateStudentData, parseStudentData, parseTeacherData } from "./schemas";
import { attemptKey } from "../attempt/names";

const NOW = Date.UTC(2026, 0, 15, 12);
const attempt = (over: Partial<AssignmentAttempt> = {}): AssignmentAttempt => ({
  assignmentId: "a-1",
  assignmentCode: "CODE",
  name: "Ana",
  startedAt: NOW,
  deadline: null,
  responses: { "q-001": { type: "true-false", value: true } },
  index: 0,
  flags: [],
  updatedAt: NOW,
  ...over,
});

describe("saved teacher data", () => {
  it("accepts its own shape and checks a student's answers as strictly as a quiz's", () => {
    const good = { ...EMPTY_STUDENT_DATA, attempts: { "a-1": attempt() } };
    expect(parseStudentData(JSON.parse(JSON.stringify(good)))).toEqual(good);
    // An unreadable attempt or result is left out alone (core/validate itemsOf, entriesOf); the rest is kept.
    expect(
      parseStudentData({ ...good, attempts: { "a-1": attempt({ responses: { q: { type: "essay" } } as never }) } })
        ?.attempts,
    ).toEqual({});
    expect(
      parseStudentData({ ...good, attempts: { "a-1": attempt({ responses: { q: { type: "single" } } as never }) } })
        ?.attempts,
    ).toEqual({});
    expect(parseStudentData({ ...good, attempts: [] })).toBeNull();
    expect(parseTeacherData({ ...EMPTY_TEACHER_DATA, results: [{ code: 1, receivedAt: NOW }] })?.results).toEqual([]);
    expect(parseTeacherData(EMPTY_TEACHER_DATA)).toEqual(EMPTY_TEACHER_DATA);
    expect(parseTeacherData(null)).toBeNull();
  });

  it("merges two tabs: removed codes stay removed and a handed-in attempt does not come back", () => {
    const saved = {
      ...EMPTY_TEACHER_DATA,
      results: [
        { code: "R1", receivedAt: NOW },
        { code: "R2", receivedAt: NOW },
      ],
    };
    const merged = combineTeacherData(saved, { ...EMPTY_TEACHER_DATA, removed: ["R2"] });
    expect(merged.results.map((r) => r.code)).toEqual(["R1"]);
    const handIn = (name: string) => ({
      code: `H-${name}`,
      assignmentId: "a-1",
      assignmentCode: "CODE",
      title: "T",
      submittedAt: NOW + 5,
      name,
    });
    const key = attemptKey("a-1", attempt().name);
    const student = combineStudentData(
      { ...EMPTY_STUDENT_DATA, attempts: { [key]: attempt() } },
      { ...EMPTY_STUDENT_DATA, handedIn: [handIn(` ${attempt().name.toUpperCase()}`)] },
    );
    expect(student.attempts).toEqual({});
    expect(student.handedIn).toHaveLength(1);
    // Another student's hand-in on a shared device leaves this one's attempt waiting.
    const other = combineStudentData(
      { ...EMPTY_STUDENT_DATA, attempts: { [key]: attempt() } },
      { ...EMPTY_STUDENT_DATA, handedIn: [handIn("Someone else")] },
    );
    expect(Object.keys(other.attempts)).toEqual([key]);
  });

  it("keeps one attempt in progress per assignment and student, the newer copy of each", () => {
    const ana = attempt();
    const ben = { ...attempt(), name: "Ben", updatedAt: NOW + 1 };
    const anaLater = { ...ana, index: 3, updatedAt: NOW + 9 };
    const merged = combineStudentData(
      { ...EMPTY_STUDENT_DATA, attempts: { [attemptKey("a-1", ana.name)]: ana, [attemptKey("a-1", "Ben")]: ben } },
      { ...EMPTY_STUDENT_DATA, attempts: { [attemptKey("a-1", ana.name)]: anaLater } },
    );
    expect(merged.attempts).toEqual({ [attemptKey("a-1", ana.name)]: anaLater, [attemptKey("a-1", "Ben")]: ben });
  });

  it("reads version-1 data, one attempt per assignment, as kept by assignment and name", () => {
    const old = { ...EMPTY_STUDENT_DATA, attempts: { "a-1": attempt(), "a-2": { ...attempt(), assignmentId: "a-2" } } };
    const read = parseStudentData(migrateStudentData(old, 1));
    expect(read?.attempts).toEqual({
      [attemptKey("a-1", attempt().name)]: attempt(),
      [attemptKey("a-2", attempt().name)]: { ...attempt(), assignmentId: "a-2" },
    });
  });
});
