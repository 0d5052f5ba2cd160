"use client";

import { useEffect, useState } from "react";

// A pointer moved or pressed, a key, a focus, a scroll (of the page or of any box in it), a wheel or a touch.
const FIRST_USE = ["pointermove", "pointerdown", "keydown", "focusin", "scroll", "wheel", "touchstart"] as const;

/**
 * False until the reader first uses the page, then true. Work the first screen does not show (the rest of a long
 * list below the fold, say) can wait for it: a page that is only loaded is not made to do it.
 */
export function usePageUsed(): boolean {
  const [used, setUsed] = useState(false);
  useEffect(() => {
    if (used) return;
    const onUse = () => setUsed(true);
    const options = { capture: true, passive: true } as const;
    for (const type of FIRST_USE) window.addEventListener(type, onUse, options);
    return () => {
      for (const type of FIRST_USE) window.removeEventListener(type, onUse, options);
    };
  }, [used]);
  return used;
}
