import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  codeFromInput,
  decodeAssignment,
  encodeAssignment,
  parseTimeLimit,
  type AssignmentSpec,
} from "./assignment-code";
import { encodeResult } from "../result/result-code";
import { assignmentProblem } from "./reasons";

const spec: AssignmentSpec = {
  title: "Week 3: cooperation",
  instructions: "Read sections 1 and 2 first.",
  questionIds: ["q-001", "q-017", "q-140"],
  mode: "exam",
  timeLimitMinutes: 20,
  showScore: true,
  showKey: false,
  requireName: true,
  teacherEmail: "teacher@school.example",
  seed: 123456789,
  bankVersion: "qc92uixmvr",
  attempts: 1,
  keep: "first",
};

const twenty = Array.from({ length: 20 }, (_, i) => `q-${String(100 + i * 7).padStart(3, "0")}`);

describe("assignment codes", () => {
  it("round-trip every setting", () => {
    const a = encodeAssignment(spec);
    const decoded = decodeAssignment(a.code);
    expect(decoded).toEqual({ ok: true, value: a });
    expect(a).toMatchObject(spec);
  });

  it("round-trip arbitrary settings and text (property)", () => {
    fc.assert(
      fc.property(
        fc.record({
          title: fc.string({ maxLength: 120 }),
          instructions: fc.string({ maxLength: 300 }),
          questionIds: fc.uniqueArray(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 100 }),
          mode: fc.constantFrom("exam" as const, "practice" as const),
          timeLimitMinutes: fc.option(fc.integer({ min: 1, max: 600 }), { nil: null }),
          showScore: fc.boolean(),
          showKey: fc.boolean(),
          requireName: fc.boolean(),
          teacherEmail: fc.emailAddress(),
          seed: fc.integer({ min: 0, max: 0xffffffff }),
        }),
        (r) => {
          const input = {
            ...r,
            bankVersion: "v1",
            questionIds: r.questionIds.map((n) => `q-${String(n).padStart(3, "0")}`),
          };
          const a = encodeAssignment(input);
          const d = decodeAssignment(a.code);
          expect(d.ok && d.value).toEqual(a);
          expect(d.ok && d.value.questionIds).toEqual(input.questionIds);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps a 20-question link under 300 characters", () => {
    const a = encodeAssignment({ ...spec, questionIds: twenty });
    const link = `https://debrief.example.org/assignment/#${a.code}`;
    expect(link.length).toBeLessThan(300);
  });

  it("gives the same id to the same settings and another id when anything changes", () => {
    expect(encodeAssignment(spec).id).toBe(encodeAssignment({ ...spec }).id);
    expect(encodeAssignment({ ...spec, showKey: true }).id).not.toBe(encodeAssignment(spec).id);
    expect(encodeAssignment({ ...spec, questionIds: ["q-017", "q-001", "q-140"] }).id).not.toBe(
      encodeAssignment(spec).id,
    );
  });

  it("accepts a whole pasted link, not only the code", () => {
    const a = encodeAssignment(spec);
    expect(decodeAssignment(`  https://x.example/assignment/#${a.code}\n`)).toMatchObject({ ok: true });
  });

  it("keeps names and titles with markup as plain text", () => {
    const a = encodeAssignment({ ...spec, title: "<script>alert(1)</script> & <b>quiz</b>" });
    const d = decodeAssignment(a.code);
    expect(d.ok && d.value.title).toBe("<script>alert(1)</script> & <b>quiz</b>");
  });

  it("explains why a link cannot be opened", () => {
    const { code } = encodeAssignment(spec);
    expect(decodeAssignment("")).toEqual({ ok: false, reason: "empty" });
    expect(decodeAssignment(code.slice(0, -3))).toMatchObject({ ok: false });
    expect(decodeAssignment(code.slice(0, 20))).toMatchObject({ ok: false });
    const flipped = code.slice(0, 10) + (code[10] === "A" ? "B" : "A") + code.slice(11);
    expect(decodeAssignment(flipped)).toEqual({ ok: false, reason: "checksum" });
    expect(decodeAssignment("A".repeat(5000))).toEqual({ ok: false, reason: "too-long" });
    expect(decodeAssignment("hello world!")).toEqual({ ok: false, reason: "malformed" });
    const result = encodeResult({
      assignmentId: "abc",
      name: "Ana",
      questionIds: ["q-001"],
      answers: [null],
      startedAt: 0,
      submittedAt: 1000,
      bankVersion: "v",
    });
    expect(decodeAssignment(result)).toEqual({ ok: false, reason: "wrong-kind" });
    expect(assignmentProblem("checksum")).toBe(
      "This link is incomplete or was changed. Ask your teacher to send it again.",
    );
  });
});

describe("decoding mutated links (fuzz)", () => {
  const codes = [
    encodeAssignment(spec).code,
    encodeAssignment({ ...spec, questionIds: twenty, title: "Ünïcode ✓" }).code,
  ];
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=#%/+ ";
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), ch: fc.constantFrom(...alphabet) }),
    fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), ch: fc.constant("") }),
    fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), ch: fc.constantFrom(...alphabet) }),
    fc.record({ kind: fc.constant("truncate" as const), at: fc.nat(), ch: fc.constant("") }),
  );

  it("never throws and always gives a reason or a valid assignment (1000+ mutations)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.array(mutation, { minLength: 1, maxLength: 4 }), (code, mutations) => {
        let s = code;
        for (const m of mutations) {
          const at = m.at % (s.length + 1);
          if (m.kind === "replace") s = s.slice(0, at) + m.ch + s.slice(at + 1);
          else if (m.kind === "delete") s = s.slice(0, at) + s.slice(at + 1);
          else if (m.kind === "insert") s = s.slice(0, at) + m.ch + s.slice(at);
          else s = s.slice(0, at);
        }
        const d = decodeAssignment(s);
        if (d.ok) expect(d.value.questionIds.length).toBeGreaterThan(0);
        else expect(typeof assignmentProblem(d.reason)).toBe("string");
        // A changed code must not open as the original assignment under another name (punctuation around it aside).
        if (d.ok && s !== code) expect(d.value.code).toBe(codeFromInput(s));
        if (d.ok) expect(s).toContain(d.value.code);
      }),
      { numRuns: 1500 },
    );
  });

  it("never throws on random text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const d = decodeAssignment(s);
        expect(d.ok === true || typeof d.reason === "string").toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("still opens a link made before inboxes existed, with the same id", () => {
    const old =
      "oQoUlZrvOgpxYzkydWl4bXZyAwERjAETV2VlayAzOiBjb29wZXJhdGlvbhxSZWFkIHNlY3Rpb25zIDEgYW5kIDIgZmlyc3QuFnRlYWNoZXJAc2Nob29sLmV4YW1wbGXg_eM_";
    const d = decodeAssignment(old);
    expect(d).toMatchObject({ ok: true, value: { ...spec, id: "1emj0ey6" } });
    expect(d.ok && d.value.inbox).toBeUndefined();
  });

  it("carries an inbox id and address without changing the assignment id", () => {
    const inbox = { id: "AbCdEfGhIjKlMnOpQrStUv", url: "https://inbox.school.example" };
    const a = encodeAssignment({ ...spec, inbox });
    expect(a.id).toBe(encodeAssignment(spec).id);
    expect(a.code).not.toBe(encodeAssignment(spec).code);
    expect(decodeAssignment(a.code)).toEqual({ ok: true, value: a });
    expect(a.inbox).toEqual(inbox);
    const sameOrigin = encodeAssignment({ ...spec, inbox: { id: inbox.id, url: "" } });
    expect(decodeAssignment(sameOrigin.code)).toMatchObject({ ok: true, value: { inbox: { id: inbox.id, url: "" } } });
  });

  it("leaves out an inbox that is not one (bad id or address)", () => {
    expect(encodeAssignment({ ...spec, inbox: { id: "short", url: "" } }).inbox).toBeUndefined();
    expect(
      encodeAssignment({ ...spec, inbox: { id: "AbCdEfGhIjKlMnOpQrStUv", url: "javascript:alert(1)" } }).inbox,
    ).toBeUndefined();
  });
});

describe("attempts in assignment links (issue 13, point 4)", () => {
  it("round-trip an attempts setting and a keep policy, as version 2", () => {
    const a = encodeAssignment({ ...spec, attempts: 3, keep: "best" });
    const d = decodeAssignment(a.code);
    expect(d.ok && d.value).toMatchObject({ attempts: 3, keep: "best" });
    const none = encodeAssignment({ ...spec, attempts: null, keep: "latest" });
    expect(decodeAssignment(none.code)).toMatchObject({ ok: true, value: { attempts: null, keep: "latest" } });
  });

  it("still open a link made before attempts existed (version 1), as one attempt", () => {
    // Made by the encoder as it was before attempts: the same bytes as one attempt with the first kept.
    const { attempts: _a, keep: _k, ...old } = spec;
    const a = encodeAssignment(old);
    expect(a.code).toBe(encodeAssignment({ ...spec, attempts: 1, keep: "first" }).code);
    expect(decodeAssignment(a.code)).toMatchObject({ ok: true, value: { attempts: 1, keep: "first" } });
    // A link made by the version-1 encoder (before attempts existed), fixed here: it must keep opening.
    const v1 = decodeAssignment("https://debrief.example/assignment/#oQ4KKgp0ZXN0YmFuazAxAgEDCE9sZCBsaW5rAAAOnvcl");
    expect(v1).toMatchObject({
      ok: true,
      value: { title: "Old link", id: "1uajrxm6", questionIds: ["q-001", "q-003"], attempts: 1, keep: "first" },
    });
  });

  it("carry an attempts setting and an inbox together; the inbox never changes the id", () => {
    const inbox = { id: "AbCdEfGhIjKlMnOpQrStUv", url: "https://inbox.school.example" };
    const plain = encodeAssignment({ ...spec, attempts: 2, keep: "latest" });
    const both = encodeAssignment({ ...spec, attempts: 2, keep: "latest", inbox });
    expect(both.id).toBe(plain.id);
    expect(decodeAssignment(both.code)).toEqual({ ok: true, value: both });
    expect(decodeAssignment(plain.code)).toEqual({ ok: true, value: plain });
  });

  it("gives a different id to a different attempts setting", () => {
    expect(encodeAssignment({ ...spec, attempts: 2 }).id).not.toBe(encodeAssignment(spec).id);
  });
});

describe("what mail and chat clients add around a link (issue 13, point 8)", () => {
  const a = encodeAssignment(spec);
  const link = `https://debrief.example/assignment/#${a.code}`;
  it.each([`${link}.`, `<${link}>`, `(${link}),`, `"${link}"`, ` ${link}\n`, `${a.code}.`])("reads %s", (text) => {
    expect(codeFromInput(text)).toBe(a.code);
    expect(decodeAssignment(text).ok).toBe(true);
  });
});

describe("the time-limit box (issue 13, point 9)", () => {
  it("accepts whole minutes and empty for none", () => {
    expect(parseTimeLimit("")).toEqual({ ok: true, value: null });
    expect(parseTimeLimit(" 25 ")).toEqual({ ok: true, value: 25 });
  });
  it.each([
    ["0", /0 minutes would end/],
    ["2.5", /whole minutes/],
    ["601", /longer than the 600-minute maximum/],
    ["ten", /not a number/],
    ["-5", /not a number/],
  ])("explains %s", (text, message) => {
    const r = parseTimeLimit(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
