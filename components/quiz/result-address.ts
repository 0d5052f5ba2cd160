// The finished quiz on screen is named in the page address (`#result=<attempt id>`), so reloading the results page
// shows the same results; the attempt itself is kept by the quiz store.

/** The attempt id in an address hash, or null. */
export function readResultAddress(hash: string): string | null {
  const id = new URLSearchParams(hash.replace(/^#/, "")).get("result");
  return id && /^[\w-]{1,64}$/.test(id) ? id : null;
}

/** Puts the attempt id in the address (or takes it out) without a new history entry. */
export function writeResultAddress(id: string | null): void {
  const { pathname, search } = window.location;
  window.history.replaceState(
    window.history.state,
    "",
    id ? `${pathname}${search}#result=${id}` : `${pathname}${search}`,
  );
}
