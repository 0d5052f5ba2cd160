"use client";

import { lazy, Suspense } from "react";

// Next loads the root not-found page's client code with every page (it is the layout's not-found boundary), so the
// check for a link that lost its "#" is fetched only when "Page not found" actually shows.
const LostFragment = lazy(() =>
  import("@/components/assignment/lost-fragment").then((m) => ({ default: m.LostFragment })),
);

/** The lost-"#" notice of the not-found page, loaded on demand (it renders nothing until the browser has run it). */
export function LazyLostFragment() {
  return (
    <Suspense fallback={null}>
      <LostFragment />
    </Suspense>
  );
}
