// Per-client request limits: rate-limiter-flexible's in-memory fixed windows. With several instances each counts on
// its own, so a client behind a load balancer gets up to (instances x limit): the limits are a brake, not a quota.
// (The library also has a PostgreSQL store that would share the count; not used, so a request costs no extra query.)
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export type RateLimiter = {
  /** Counts one request; resolves to 0 when allowed, else the seconds until the client may try again. */
  hit(client: string): Promise<number>;
};

export function rateLimiter(perWindow: number, windowMs: number): RateLimiter {
  if (perWindow <= 0) return { hit: async () => 0 };
  const limiter = new RateLimiterMemory({ points: perWindow, duration: Math.ceil(windowMs / 1000) });
  return {
    async hit(client) {
      try {
        await limiter.consume(client);
        return 0;
      } catch (res) {
        if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
        throw res;
      }
    },
  };
}
