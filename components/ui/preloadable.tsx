"use client";

import { lazy, Suspense, useState, type ComponentType } from "react";
import { Loading } from "./loading";

/**
 * A component whose code is split from the page's first JavaScript and can be fetched ahead of use with `preload()`.
 * Once fetched it renders at once, in the same update as the click that shows it, so keys pressed straight after
 * still reach it; before that it shows `loadingText` in a role=status while its code arrives. Every split file is
 * precached by the service worker (scripts/build-sw.mjs), so this works offline too.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>, loadingText?: string) {
  let Loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (c) => (Loaded = c),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function Preloadable(props: P) {
    // Chosen once per mount, so the component type never changes under a mounted instance (that would remount it).
    const [Component] = useState<ComponentType<P>>(() => Loaded ?? Lazy);
    return (
      <Suspense fallback={<Loading text={loadingText} />}>
        <Component {...props} />
      </Suspense>
    );
  }
  return Object.assign(Preloadable, { preload });
}
