// How a teacher link is told apart in an address, without its codec: the results page reads this on first paint
// and loads ./teacher-link only when the fragment holds one.

/** The fragment's name: `#teacher=<code>`. */
export const TEACHER_LINK_PARAM = "teacher";
/** The page a teacher link opens. */
export const TEACHER_LINK_PATH = "/teach/results/";

/** True when a URL fragment (with or without its #) holds a teacher link rather than a result link. */
export function isTeacherFragment(hash: string): boolean {
  return hash.replace(/^#/, "").startsWith(`${TEACHER_LINK_PARAM}=`);
}

/** The whole teacher link on `origin` (this site's address). */
export function teacherLinkHref(origin: string, code: string): string {
  return `${origin}${TEACHER_LINK_PATH}#${TEACHER_LINK_PARAM}=${code}`;
}
