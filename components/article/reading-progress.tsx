"use client";

import { useEffect, useRef } from "react";

/**
 * A thin bar along the top of the window that fills as the article is read (how far its end has come up the screen).
 * It follows the scroll position without animating, so it is the same with reduced motion; screen readers skip it
 * (the section list and paragraph numbers say where you are).
 */
export function ReadingProgress({ targetId }: { targetId: string }) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = document.getElementById(targetId);
    if (!target || !bar.current) return;
    const el = bar.current;
    let frame = 0;
    const update = () => {
      frame = 0;
      const box = target.getBoundingClientRect();
      const total = box.height - window.innerHeight;
      const read = total <= 0 ? 1 : Math.min(1, Math.max(0, -box.top / total));
      el.style.transform = `scaleX(${read})`;
      el.dataset.read = String(Math.round(read * 100));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [targetId]);
  return (
    <div aria-hidden="true" className="pointer-events-none fixed inset-x-0 top-0 z-40 h-1 print:hidden">
      <div
        ref={bar}
        data-reading-progress
        className="h-full origin-left bg-accent"
        style={{ transform: "scaleX(0)" }}
      />
    </div>
  );
}
