import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeResult, encodeResult, type StudentResult } from "./result-code";
import { rawFromResponse, responseFromRaw } from "./answers";
import { encodeAssignment } from "../link/assignment-code";
import { resultProblem } from "../link/reasons";
import { seal } from "../link/bytes";
import { testBank, testQuestions } from "@/test-fixtures/test-bank";
import type { Response } from "@/core/quiz/types";
import type { Question } from "@/core/bank/schema";

const NOW = Date.UTC(2025, 2, 10, 9, 0, 0);

const responses: Record<string, Response> = {
  "q-001": { type: "single", choice: "Rabat" },
  "q-002": { type: "multiple", choices: ["Morocco", "France"] },
  "q-003": { type: "true-false", value: false },
  "q-004": { type: "typed", text: "alliance base" },
  "q-005": { type: "match", pairs: { A: "1", B: "3", C: "2" } },
  "q-006": { type: "order", items: ["second", "first", "third"] },
};

const q = (id: string) => testQuestions.find((x) => x.id === id) as Question;

const result: StudentResult = {
  assignmentId: "a1b2c3d4",
  title: "Week 3",
  attempt: 2,
  ending: "time-up-away",
  name: "Zoé <b>O'Brien</b>",
  questionIds: Object.keys(responses).concat("q-007"),
  answers: Object.keys(responses)
    .map((id) => rawFromResponse(q(id), responses[id]))
    .concat(null),
  startedAt: NOW,
  submittedAt: NOW + 12 * 60_000 + 5_000,
  bankVersion: testBank.version,
  device: "k3x9q0m2za",
};

describe("result codes", () => {
  it("round-trip the name, answers, times and bank version", () => {
    const code = encodeResult(result);
    const d = decodeResult(code);
    expect(d).toEqual({ ok: true, value: { ...result, code } });
  });

  it("rebuild every response type from the compact answers", () => {
    for (const [id, response] of Object.entries(responses)) {
      const raw = rawFromResponse(q(id), response);
      const back = responseFromRaw(q(id), raw);
      if (response.type === "multiple") expect(back).toEqual({ type: "multiple", choices: ["France", "Morocco"] });
      else expect(back).toEqual(response);
    }
  });

  it("reject answers that do not fit the question instead of guessing", () => {
    expect(responseFromRaw(q("q-001"), { kind: "index", value: 9 })).toBeUndefined();
    expect(responseFromRaw(q("q-001"), { kind: "bool", value: true })).toBeUndefined();
    expect(responseFromRaw(q("q-006"), { kind: "order", values: [0, 0, 1] })).toBeUndefined();
    expect(responseFromRaw(q("q-005"), { kind: "pairs", values: [0, 7, null] })).toBeUndefined();
  });

  it("stay short: 20 answered questions fit in a few hundred characters", () => {
    const ids = Array.from({ length: 20 }, (_, i) => `q-${String(i + 1).padStart(3, "0")}`);
    const code = encodeResult({
      ...result,
      questionIds: ids,
      answers: ids.map((_, i) => ({ kind: "index", value: i % 4 })),
    });
    expect(code.length).toBeLessThan(200);
  });

  it("explain why a code cannot be read", () => {
    const code = encodeResult(result);
    expect(decodeResult(code.slice(0, -2))).toMatchObject({ ok: false });
    expect(decodeResult("x".repeat(13_000))).toEqual({ ok: false, reason: "too-long" });
    expect(
      decodeResult(
        encodeAssignment({
          title: "t",
          instructions: "",
          questionIds: ["q-001"],
          mode: "exam",
          timeLimitMinutes: null,
          showScore: true,
          showKey: true,
          requireName: true,
          teacherEmail: "",
          seed: 1,
          bankVersion: "v",
        }).code,
      ),
    ).toEqual({ ok: false, reason: "wrong-kind" });
    expect(resultProblem("checksum")).toMatch(/incomplete or was changed/);
  });
});

describe("decoding mutated result codes (fuzz)", () => {
  const code = encodeResult(result);
  it("never throws and always gives a reason (1000+ mutations)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            fc.boolean(),
          ),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (edits) => {
          let s = code;
          for (const [at, ch, insert] of edits) {
            const i = at % (s.length + 1);
            s = s.slice(0, i) + ch + s.slice(insert ? i : i + 1);
          }
          const d = decodeResult(s);
          if (!d.ok) expect(resultProblem(d.reason).length).toBeGreaterThan(10);
          else expect(d.value.questionIds.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("never throws on random bytes sealed as a valid code", () => {
    // Random bodies with a correct checksum exercise the reader's bounds checks, not just the checksum.
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const body = Uint8Array.from([[0xb1, 0xb2, 0xb3][bytes.length % 3]!, ...bytes]);
        const d = decodeResult(seal(body));
        expect(d.ok === true || typeof d.reason === "string").toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the device a result was handed in from (version 3, issue 24 point 4)", () => {
  it("travels in the code, so the gradebook can tell two students of one name apart", () => {
    const other = decodeResult(encodeResult({ ...result, device: "0000000001" }));
    expect(other).toMatchObject({ ok: true, value: { device: "0000000001", name: result.name } });
    expect(decodeResult(encodeResult({ ...result, device: "" }))).toMatchObject({ ok: true, value: { device: "" } });
  });

  it("leaves out a device id that is not one (the encoder never writes what the decoder refuses)", () => {
    expect(decodeResult(encodeResult({ ...result, device: "NOT AN ID" }))).toMatchObject({
      ok: true,
      value: { device: "" },
    });
  });

  it("still decodes a version 2 code, with no device", () => {
    const d = decodeResult("sggxdWFqcnhtNgp0ZXN0YmFuazAxA0FuYZDUur4G8AEBAQEBAgEGV2VlayAz5J6d_A");
    expect(d).toMatchObject({
      ok: true,
      value: { assignmentId: "1uajrxm6", name: "Ana", attempt: 2, ending: "time-up", title: "Week 3", device: "" },
    });
  });

  it("refuses a sealed version 3 code whose device id is malformed", () => {
    const good = encodeResult({ ...result, device: "abcdefghij" });
    const d = decodeResult(good);
    if (!d.ok) throw new Error(d.reason);
    // Rewrite the device id's last byte to an upper-case letter and reseal: the checksum passes, the check does not.
    const bytes = Uint8Array.from(atob(good.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
    const body = bytes.slice(0, -4);
    body[body.length - 1] = "J".charCodeAt(0);
    expect(decodeResult(seal(body))).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("result codes made before attempts and endings existed (version 1)", () => {
  it("still decode, as a first attempt that was finished, without a title", () => {
    const d = decodeResult("sQgxdWFqcnhtNgp0ZXN0YmFuazAxA0FuYZDUur4G8AECAQEAAwTc0O70");
    expect(d).toMatchObject({
      ok: true,
      value: {
        assignmentId: "1uajrxm6",
        name: "Ana",
        attempt: 1,
        ending: "finished",
        title: "",
        startedAt: Date.UTC(2025, 2, 10, 9),
        submittedAt: Date.UTC(2025, 2, 10, 9, 4),
      },
    });
  });
});
