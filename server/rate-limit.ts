// Per-client request limits, counted in fixed windows in this process's memory. With several instances each
// counts on its own, so a client behind a load balancer gets up to (instances x limit): the limits are a brake, not a quota.
export type RateLimiter = {
  /** Counts one request; returns 0 when allowed, else the seconds until the client may try again. */
  hit(client: string, now: number): number;
};

export function rateLimiter(perWindow: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;
  return {
    hit(client, now) {
      if (perWindow <= 0) return 0;
      if (now - lastSweep > windowMs) {
        for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
        lastSweep = now;
      }
      const w = windows.get(client);
      if (!w || now - w.start >= windowMs) {
        windows.set(client, { start: now, count: 1 });
        return 0;
      }
      if (w.count >= perWindow) return Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
      w.count++;
      return 0;
    },
  };
}
