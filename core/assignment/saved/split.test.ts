import { describe, expect, it } from "vitest";
import { splitLegacyEnvelope, splitTeacherV1, teacherV1toV2 } from "./split";

const V1 = {
  assignments: [{ code: "A", id: "a", title: "T", savedAt: 1 }],
  results: [{ code: "R", receivedAt: 2 }],
  handedIn: [{ code: "H" }],
  attempts: { a: { assignmentId: "a" } },
  removed: [],
};

describe("splitting the version-1 shared teacher key", () => {
  it("puts every field on one side or the other, none lost", () => {
    const split = splitTeacherV1(V1);
    expect(split?.teacher).toEqual({ assignments: V1.assignments, results: V1.results, removed: [] });
    expect(split?.student).toEqual({ handedIn: V1.handedIn, attempts: V1.attempts });
    expect({ ...split?.teacher, ...split?.student }).toEqual(V1);
    expect(teacherV1toV2(V1)).toEqual(split?.teacher);
  });

  it("splits a stored envelope only at version 1, keeping its epoch; no student key when there is nothing", () => {
    expect(splitLegacyEnvelope({ state: V1, version: 1, epoch: "e" })).toEqual({
      teacher: { state: { assignments: V1.assignments, results: V1.results, removed: [] }, version: 2, epoch: "e" },
      student: { state: { handedIn: V1.handedIn, attempts: V1.attempts }, version: 1 },
    });
    expect(splitLegacyEnvelope({ state: { ...V1, handedIn: [], attempts: {} }, version: 1 })?.student).toBeNull();
    expect(splitLegacyEnvelope({ state: V1, version: 2 })).toBeNull();
    expect(splitLegacyEnvelope("x")).toBeNull();
    expect(splitLegacyEnvelope({ state: [], version: 1 })).toBeNull();
  });
});
