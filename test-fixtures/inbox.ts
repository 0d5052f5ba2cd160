import type { TeacherInbox } from "@/core/inbox/saved";

/** A teacher's saved inbox for tests, with `over` replacing any field. */
export const teacherInbox = (over: Partial<TeacherInbox> = {}): TeacherInbox => ({
  assignmentId: "a1",
  id: "inbox-aaaaaaaaaaaaaaaa",
  url: "",
  secretKey: "k".repeat(43),
  cursor: 0,
  createdAt: 1,
  expiresAt: 100,
  closed: false,
  ...over,
});
