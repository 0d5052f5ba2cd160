import { describe, expect, it } from "vitest";
import { encodeAssignment } from "../link/assignment-code";
import { describePaste, scanPastedResults } from "./paste";
import { encodeResult } from "../result/result-code";

const NOW = Date.UTC(2026, 10, 30, 9, 0, 0);
const code = (name: string) =>
  encodeResult({
    assignmentId: "abcd1234",
    title: "Week 3",
    name,
    questionIds: ["q-001"],
    answers: [{ kind: "index", value: 0 }],
    startedAt: NOW,
    submittedAt: NOW + 60_000,
    bankVersion: "v1",
  });

describe("finding result codes in pasted text (issue 13, point 6)", () => {
  it("reads the app's own hand-in e-mail as one result", () => {
    const c = code("Ana");
    const mail = `Subject: Result: Week 3 (Ana)\n\nMy result for “Week 3”:\n\nhttps://debrief.example/teach/results/#${c}\n\nResult code: ${c}\n`;
    const scan = scanPastedResults(mail);
    expect(scan.results.map((r) => r.name)).toEqual(["Ana"]);
    expect(scan.failures).toEqual([]);
  });

  it("finds several codes in a chat log, with what chat clients add around links", () => {
    const [a, b, c] = [code("Ana"), code("Ben"), code("Cy")];
    const chat = `[09:01] Ana: here <https://x.example/teach/results/#${a}>.\n[09:02] Ben: ${b}, thanks!\n[09:03] Cy: (https://x.example/teach/results/#${c})`;
    expect(scanPastedResults(chat).results.map((r) => r.name)).toEqual(["Ana", "Ben", "Cy"]);
  });

  it("reports a changed code and an assignment link, and ignores ordinary words", () => {
    const c = code("Ana");
    const changed = c.slice(0, 10) + (c[10] === "A" ? "B" : "A") + c.slice(11);
    const assignment = encodeAssignment({
      title: "T",
      instructions: "",
      questionIds: ["q-001"],
      mode: "exam",
      timeLimitMinutes: null,
      showScore: true,
      showKey: true,
      requireName: false,
      teacherEmail: "",
      seed: 1,
      bankVersion: "v1",
    });
    const scan = scanPastedResults(
      `Hello, how-to-cooperate-against-terrorism is due. ${changed} and https://x/assignment/#${assignment.code}`,
    );
    expect(scan.results).toEqual([]);
    expect(scan.failures.sort()).toEqual(["checksum", "wrong-kind"]);
    // Which ones, so the teacher can find them in what was pasted.
    expect(scan.failedCodes.sort()).toEqual([changed, assignment.code].sort());
  });
});

describe("the one-line report", () => {
  it("says what was added in one line, and why the rest failed below it", () => {
    expect(describePaste({ added: 2, alreadyThere: 0, unsaved: 0, failures: [] })).toEqual(["Added 2 results."]);
    expect(describePaste({ added: 1, alreadyThere: 1, unsaved: 1, failures: ["checksum", "checksum"] })).toEqual([
      "Added 1 result (1 already in the gradebook; 1 for an assignment not saved in this browser; 2 could not be read).",
      "This result code is incomplete or was changed. Ask the student to send it again.",
    ]);
    expect(describePaste({ added: 0, alreadyThere: 0, unsaved: 0, failures: [] })[0]).toMatch(/No result codes/);
  });

  it("names the codes that could not be read by how they begin", () => {
    const lines = describePaste({
      added: 1,
      alreadyThere: 0,
      unsaved: 0,
      failures: ["checksum", "malformed"],
      failedCodes: ["AbCdEfGhIjKlMnOpQrStUv", "short"],
    });
    expect(lines).toContain("Not read: the code beginning “AbCdEfGhIjKl…” and the code “short”.");
  });
});
