"use client";

import { useEffect, useRef, useState } from "react";

const fmt = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

/** Time left before an exam's deadline; calls onExpire once when it passes (also right away on a late resume). */
export function ExamTimer({ deadline, onExpire }: { deadline: number; onExpire: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const expired = useRef(false);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    const tick = () => {
      const t = Date.now();
      setNow(t);
      if (t >= deadline && !expired.current) {
        expired.current = true;
        expire.current();
      }
    };
    tick();
    const id = window.setInterval(tick, 1000);
    return () => window.clearInterval(id);
  }, [deadline]);

  const left = deadline - now;
  const lastMinute = left <= 60_000;
  return (
    <p className={`font-semibold tabular-nums ${lastMinute ? "text-red-700 dark:text-red-300" : ""}`}>
      <span className="sr-only">Time left: </span>
      <span role="timer" aria-label={`Time left ${fmt(left)}`}>
        {fmt(left)}
      </span>
      {/* Announce only the last minute, not every second. */}
      <span aria-live="polite" className="sr-only">
        {lastMinute ? "Less than one minute left." : ""}
      </span>
    </p>
  );
}
