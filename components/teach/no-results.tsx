/** What the gradebook says before any result could be read. */
export function NoResults() {
  return <p>No results yet. When students hand in, open their links or paste their codes below.</p>;
}
