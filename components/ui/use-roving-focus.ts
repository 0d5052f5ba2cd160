"use client";

import { useEffect, type RefObject } from "react";

const ITEM = "[data-roving]";

/**
 * One Tab stop for a long list of controls: Tab enters at the last one used and leaves the list; the arrow keys,
 * Home and End move between them. Pass the list's ref and mark each control with `data-roving`.
 */
export function useRovingFocus(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const list = ref.current;
    if (!list) return;
    let current = 0;
    const items = () => [...list.querySelectorAll<HTMLElement>(ITEM)].filter((el) => !el.hasAttribute("disabled"));
    // The list changes as filters and choices change: keep exactly one control reachable by Tab.
    const sync = () => {
      const all = items();
      if (all.length === 0) return;
      current = Math.min(current, all.length - 1);
      all.forEach((el, i) => {
        const tabIndex = i === current ? 0 : -1;
        if (el.tabIndex !== tabIndex) el.tabIndex = tabIndex;
      });
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const all = items();
      const at = all.indexOf(document.activeElement as HTMLElement);
      if (at < 0) return;
      const next =
        e.key === "ArrowDown" || e.key === "ArrowRight"
          ? Math.min(at + 1, all.length - 1)
          : e.key === "ArrowUp" || e.key === "ArrowLeft"
            ? Math.max(at - 1, 0)
            : e.key === "Home"
              ? 0
              : e.key === "End"
                ? all.length - 1
                : null;
      if (next === null) return;
      e.preventDefault();
      current = next;
      sync();
      all[next]?.focus();
    };
    const onFocusIn = (e: FocusEvent) => {
      const at = items().indexOf(e.target as HTMLElement);
      if (at >= 0 && at !== current) {
        current = at;
        sync();
      }
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(list, { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled"] });
    list.addEventListener("keydown", onKeyDown);
    list.addEventListener("focusin", onFocusIn);
    return () => {
      observer.disconnect();
      list.removeEventListener("keydown", onKeyDown);
      list.removeEventListener("focusin", onFocusIn);
    };
  }, [ref]);
}
