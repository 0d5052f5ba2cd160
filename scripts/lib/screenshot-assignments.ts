// Assignment links for `npm run screenshots` (the student's screens), made by the app's own encoder. Prints JSON:
// { plain, collecting, timed } codes. Run with tsx: the screenshot script is plain Node.
import { readFileSync } from "node:fs";
import { encodeAssignment } from "@/core/assignment/link/assignment-code";

type Q = { id: string; type: string; retired?: boolean };
const bank = JSON.parse(readFileSync("public/data/bank.json", "utf8")) as { version: string; questions: Q[] };
const ids = bank.questions
  .filter((q) => !q.retired && q.type === "single")
  .slice(0, 3)
  .map((q) => q.id);
const base = {
  title: "Week 3: cooperation",
  instructions: "Answer on your own. You have one attempt.",
  questionIds: ids,
  mode: "exam" as const,
  timeLimitMinutes: null,
  showScore: true,
  showKey: true,
  requireName: true,
  teacherEmail: "",
  seed: 7,
  bankVersion: bank.version,
  attempts: 1,
};
console.log(
  JSON.stringify({
    plain: encodeAssignment(base).code,
    // The inbox answers from the screenshot script's routes: no server is needed.
    collecting: encodeAssignment({
      ...base,
      inbox: { id: "ScreenshotInbox00001", url: "https://inbox.school.example" },
    }).code,
    timed: encodeAssignment({ ...base, timeLimitMinutes: 1 }).code,
  }),
);
