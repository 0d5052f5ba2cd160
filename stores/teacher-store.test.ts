import { describe, expect, it } from "vitest";
import { combineTeacherData as combineTeacher } from "@/core/assignment/merge";
import { useTeacherStore, type HandedIn } from "./teacher-store";

const NOW = Date.UTC(2026, 10, 30, 9);
const handedIn = (code: string, over: Partial<HandedIn> = {}): HandedIn => ({
  code,
  assignmentId: "a1",
  assignmentCode: "x",
  title: "T",
  submittedAt: NOW,
  ...over,
});
const empty = { assignments: [], results: [], handedIn: [], attempts: {}, removed: [] };

describe("the student's side of the teacher store", () => {
  it("saves no answer from the deadline on (issue 13, point 3)", () => {
    const s = useTeacherStore.getState();
    s.startAttempt(
      { assignmentId: "a1", assignmentCode: "x", name: "Ana", startedAt: NOW, deadline: NOW + 60_000 },
      NOW,
    );
    s.updateAttempt("a1", { responses: { "q-001": { type: "true-false", value: true } } }, NOW + 59_000);
    s.updateAttempt("a1", { responses: { "q-001": { type: "true-false", value: false } } }, NOW + 60_000);
    expect(useTeacherStore.getState().attempts.a1?.responses).toEqual({ "q-001": { type: "true-false", value: true } });
  });

  it("marks a result as sent, and keeps it marked when another tab's copy has not seen it (point 2)", () => {
    const s = useTeacherStore.getState();
    s.finishAttempt(handedIn("c1"));
    expect(useTeacherStore.getState().handedIn[0]?.sentVia).toBeUndefined();
    s.markSent("c1", "email", NOW + 5);
    expect(useTeacherStore.getState().handedIn[0]).toMatchObject({ sentVia: "email", sentAt: NOW + 5 });
    const otherTab = { ...empty, handedIn: [handedIn("c1", { sentVia: "copy", sentAt: NOW + 1 })] };
    const mine = { ...empty, handedIn: [handedIn("c1")] };
    expect(combineTeacher(otherTab, mine).handedIn[0]?.sentVia).toBe("copy");
  });
});

describe("the teacher's class lists", () => {
  it("keeps a class list with the assignment, also when it is saved again, and drops an empty one", () => {
    const s = useTeacherStore.getState();
    s.saveAssignment({ code: "code-1", id: "a9", title: "Week 9" }, NOW);
    s.setRoster("a9", ["Ana", "Ben"]);
    expect(useTeacherStore.getState().assignments[0]?.roster).toEqual(["Ana", "Ben"]);
    s.saveAssignment({ code: "code-1", id: "a9", title: "Week 9" }, NOW + 1);
    expect(useTeacherStore.getState().assignments.filter((a) => a.id === "a9")).toHaveLength(1);
    expect(useTeacherStore.getState().assignments[0]?.roster).toEqual(["Ana", "Ben"]);
    s.setRoster("a9", []);
    expect(useTeacherStore.getState().assignments[0]?.roster).toBeUndefined();
  });
});
