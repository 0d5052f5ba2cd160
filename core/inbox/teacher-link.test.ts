import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeAssignment, type AssignmentSpec } from "../assignment/link/assignment-code";
import { seal } from "../assignment/link/bytes";
import {
  decodeTeacherLink,
  encodeTeacherLink,
  inboxFromLink,
  isTeacherFragment,
  teacherLinkHref,
  teacherLinkProblem,
  type TeacherLink,
} from "./teacher-link";

const spec: AssignmentSpec = {
  title: "Week 3: cooperation",
  instructions: "Read sections 1 and 2 first.",
  questionIds: ["q-001", "q-017", "q-140"],
  mode: "exam",
  timeLimitMinutes: 20,
  showScore: true,
  showKey: false,
  requireName: true,
  teacherEmail: "",
  seed: 123456789,
  bankVersion: "qc92uixmvr",
  attempts: 2,
  keep: "best",
};
const inbox = { id: "inboxAAAAAAAAAAAAAAAAA", url: "https://inbox.school.example" };
const assignment = encodeAssignment({ ...spec, inbox });
const link: TeacherLink = {
  url: inbox.url,
  inboxId: inbox.id,
  key: "k".repeat(43),
  assignmentCode: assignment.code,
};
const code = encodeTeacherLink(link) ?? "";

describe("teacher links", () => {
  it("round-trip the inbox, its key and the assignment, from the whole link, its fragment or the code", () => {
    const href = teacherLinkHref("https://debrief.example", code);
    expect(href).toBe(`https://debrief.example/teach/results/#teacher=${code}`);
    for (const input of [href, `#teacher=${code}`, code, ` <${href}>. `]) {
      const d = decodeTeacherLink(input);
      expect(d).toEqual({ ok: true, value: { ...link, assignment } });
    }
    expect(isTeacherFragment(`#teacher=${code}`)).toBe(true);
    expect(isTeacherFragment(`#${assignment.code}`)).toBe(false);
  });

  it("carry an inbox on this site as an empty address", () => {
    const local = encodeAssignment({ ...spec, inbox: { ...inbox, url: "" } });
    const c = encodeTeacherLink({ ...link, url: "", assignmentCode: local.code }) ?? "";
    expect(decodeTeacherLink(c)).toMatchObject({ ok: true, value: { url: "", inboxId: inbox.id } });
  });

  it("refuse parts that are not valid, rather than make a link that cannot work", () => {
    expect(encodeTeacherLink({ ...link, key: "short" })).toBeNull();
    expect(encodeTeacherLink({ ...link, inboxId: "x" })).toBeNull();
    expect(encodeTeacherLink({ ...link, url: "ftp://x" })).toBeNull();
    expect(encodeTeacherLink({ ...link, assignmentCode: "not a code!" })).toBeNull();
  });

  it("say plainly what is wrong with an empty, cut, changed, foreign or newer link", () => {
    expect(decodeTeacherLink("#teacher=")).toEqual({ ok: false, reason: "empty" });
    expect(decodeTeacherLink(code.slice(0, -6))).toMatchObject({ ok: false });
    expect(decodeTeacherLink(code.slice(0, 40))).toMatchObject({ ok: false });
    expect(decodeTeacherLink(assignment.code)).toEqual({ ok: false, reason: "wrong-kind" });
    expect(decodeTeacherLink("A".repeat(7000))).toEqual({ ok: false, reason: "too-long" });
    expect(decodeTeacherLink(seal(Uint8Array.from([0xc2, 0, 0])))).toEqual({ ok: false, reason: "newer-version" });
    // A student's result code (kind 0xb…) is named as such.
    expect(decodeTeacherLink(seal(Uint8Array.from([0xb2, 1, 2])))).toEqual({ ok: false, reason: "wrong-kind" });
    for (const reason of ["empty", "too-long", "newer-version", "wrong-kind", "malformed", "checksum"] as const)
      expect(teacherLinkProblem(reason)).toMatch(/teacher link/);
  });

  it("refuse a link whose assignment names another inbox", () => {
    const other = encodeTeacherLink({ ...link, inboxId: "inboxBBBBBBBBBBBBBBBBB" }) ?? "";
    expect(decodeTeacherLink(other)).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("decoding mutated teacher links (fuzz)", () => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  it("never throws, and never reads a changed link as a different valid one (1000 mutations)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...alphabet), fc.boolean()), { minLength: 1, maxLength: 3 }),
        (edits) => {
          let mutated = code;
          for (const [at, ch, insert] of edits) {
            const i = at % mutated.length;
            mutated = mutated.slice(0, i) + ch + mutated.slice(insert ? i : i + 1);
          }
          const d = decodeTeacherLink(mutated);
          if (d.ok) expect(d.value).toEqual({ ...link, assignment });
          else expect(typeof d.reason).toBe("string");
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never throws on any sealed body of its kind", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const d = decodeTeacherLink(seal(Uint8Array.from([0xc1, ...bytes])));
        expect(d.ok === true || typeof d.reason === "string").toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the inbox a teacher link adds to this browser", () => {
  const NOW = Date.UTC(2026, 11, 7, 9);
  const link = { url: "", inboxId: "inboxAAAAAAAAAAAAAAAAA", key: "k".repeat(43), assignment: { id: "a-1" } };
  const known = {
    assignmentId: "a-1",
    id: "inboxAAAAAAAAAAAAAAAAA",
    url: "",
    secretKey: "old".repeat(15),
    cursor: 12,
    createdAt: NOW - 1000,
    expiresAt: NOW + 5000,
    closed: false,
  };

  it("keeps how far this browser read the same inbox, with the link's key and the server's dates", () => {
    expect(inboxFromLink(link, known, { expiresAt: NOW + 9000, closed: true }, NOW)).toEqual({
      ...known,
      secretKey: link.key,
      expiresAt: NOW + 9000,
      closed: true,
    });
  });

  it("reads another inbox from the start, and keeps what it knew while the server does not answer", () => {
    const other = { ...known, id: "inboxBBBBBBBBBBBBBBBBB" };
    expect(inboxFromLink(link, other, null, NOW)).toMatchObject({ cursor: 0, createdAt: NOW, expiresAt: NOW + 5000 });
    expect(inboxFromLink(link, undefined, null, NOW)).toMatchObject({ cursor: 0, expiresAt: NOW, closed: false });
  });
});
