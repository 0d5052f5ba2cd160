"use client";

import { entropy } from "@/lib/random";
import { useEffect } from "react";
import { retryDelay, submitResult } from "@/lib/inbox-client";
import { useHydrated } from "@/stores/persisted";
import { useInboxStore, type Outgoing } from "@/stores/inbox-store";

// Codes being sent from this tab right now: one request per code at a time.
const inFlight = new Set<string>();

async function send(o: Outgoing) {
  if (inFlight.has(o.code)) return;
  inFlight.add(o.code);
  try {
    const res = await submitResult(o.inbox.url, o.inbox.id, o.code);
    const { recordAttempt } = useInboxStore.getState();
    if (res.ok) {
      recordAttempt(o.code, {
        receipt: { id: res.receipt.id, receivedAt: Date.parse(res.receipt.receivedAt) },
        lastError: null,
      });
    } else if (res.retry) {
      const attempts = o.attempts + 1;
      recordAttempt(o.code, {
        attempts,
        nextAt: Date.now() + retryDelay(attempts, entropy()),
        lastError: res.message,
      });
    } else {
      recordAttempt(o.code, { attempts: o.attempts + 1, refused: res.message, lastError: res.message });
    }
  } finally {
    inFlight.delete(o.code);
  }
}

/**
 * Sends every result waiting in this browser's outbox, retrying with backoff until a receipt comes back; runs while a
 * component using it is mounted (and again on the next visit, since the outbox is saved), and at once when back online.
 */
export function useOutbox() {
  const hydrated = useHydrated(useInboxStore);
  const outbox = useInboxStore((s) => s.outbox);
  useEffect(() => {
    if (!hydrated) return;
    const waiting = Object.values(outbox).filter((o) => !o.receipt && !o.refused);
    if (waiting.length === 0) return;
    const now = Date.now();
    for (const o of waiting) if (o.nextAt <= now) void send(o);
    const next = Math.min(...waiting.map((o) => o.nextAt));
    const due = () => waiting.filter((o) => o.nextAt <= Date.now()).forEach((o) => void send(o));
    const timer = next > now ? window.setTimeout(due, next - now + 50) : undefined;
    const online = () => {
      // Back online: try everything now rather than waiting out the backoff.
      for (const o of waiting) void send({ ...o, nextAt: Date.now() });
    };
    window.addEventListener("online", online);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("online", online);
    };
  }, [hydrated, outbox]);
}
