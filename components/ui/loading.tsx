/** What shows while a part of the page that is loaded on demand (a lazy chunk) arrives: announced politely. */
export function Loading({ text = "Loading…" }: { text?: string }) {
  return <p role="status">{text}</p>;
}
