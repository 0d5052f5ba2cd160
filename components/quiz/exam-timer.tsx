"use client";

import { useEffect, useRef, useState } from "react";
import { ClockIcon } from "@/components/ui/icons";

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
  // As the clock reads: "1:00" is not yet the last minute, "0:59" is.
  const lastMinute = Math.ceil(left / 1000) < 60;
  return (
    <p
      className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 font-bold tabular-nums ${
        lastMinute ? "bg-wrong-soft text-wrong" : "bg-surface-2 text-fg"
      }`}
    >
      <ClockIcon className="h-4 w-4" />
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
