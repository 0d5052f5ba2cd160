// Every setting the operator can change, read once from the environment.
import { parseTrustProxy, type TrustProxy } from "./proxy";

export type ServerConfig = {
  port: number;
  host: string;
  /** postgres://... for a PostgreSQL server; unset for the embedded database. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database. */
  dataDir: string;
  /** The static export to serve; "" serves the API only. */
  staticDir: string;
  inboxDays: number;
  maxResultsPerInbox: number;
  maxInboxes: number;
  /** Bytes of result codes one inbox may hold, and all live inboxes together. */
  maxBytesPerInbox: number;
  maxTotalBytes: number;
  /** When set, creating an inbox needs this token (a server open to the internet). */
  createToken: string | undefined;
  /** Other origins whose pages may call the API (the app's own origin always may). */
  allowedOrigins: string[];
  /** Requests per client per minute; 0 turns a limit off. */
  createPerMinute: number;
  submitPerMinute: number;
  readPerMinute: number;
  /** Behind reverse proxies: how many, or their addresses; then client, scheme and host come from their headers. */
  trustProxy: TrustProxy;
  bodyLimitBytes: number;
  /** Sync spaces: days a space lives after its last write, how many may exist, and their bytes (each, and all). */
  syncDays: number;
  maxSyncSpaces: number;
  maxBytesPerSyncSpace: number;
  maxSyncTotalBytes: number;
  syncPerMinute: number;
  /**
   * How long an idle keep-alive connection stays open. Longer than the idle timeout of the proxies in front (nginx's
   * upstream keepalive and most load balancers use 60 s): a proxy that reuses a connection the server has just closed
   * answers its client 502. Node's own default is 5 s.
   */
  keepAliveMs: number;
};

function num(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of 0 or more (it is "${raw}").`);
  return n;
}

export function configFromEnv(env: Record<string, string | undefined> = process.env): ServerConfig {
  return {
    port: num(env, "PORT", 3000),
    host: env.HOST || "0.0.0.0",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DEBRIEF_DATA_DIR || "./data/inbox",
    staticDir: env.DEBRIEF_STATIC_DIR ?? "out",
    inboxDays: num(env, "INBOX_DAYS", 60),
    maxResultsPerInbox: num(env, "MAX_RESULTS_PER_INBOX", 1000),
    maxInboxes: num(env, "MAX_INBOXES", 10_000),
    maxBytesPerInbox: num(env, "MAX_BYTES_PER_INBOX", 4 * 1024 * 1024),
    maxTotalBytes: num(env, "MAX_TOTAL_BYTES", 1024 * 1024 * 1024),
    createToken: env.CREATE_TOKEN || undefined,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim().replace(/\/+$/, ""))
      .filter(Boolean),
    createPerMinute: num(env, "RATE_LIMIT_CREATE", 10),
    submitPerMinute: num(env, "RATE_LIMIT_SUBMIT", 120),
    readPerMinute: num(env, "RATE_LIMIT_READ", 240),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    bodyLimitBytes: 16 * 1024,
    syncDays: num(env, "SYNC_DAYS", 180),
    maxSyncSpaces: num(env, "MAX_SYNC_SPACES", 10_000),
    // Measured (npm run bench, scripts/bench-sync.mjs): 40,000 review logs are a 2.5 MB copy after compression.
    maxBytesPerSyncSpace: num(env, "MAX_BYTES_PER_SYNC_SPACE", 8 * 1024 * 1024),
    maxSyncTotalBytes: num(env, "MAX_SYNC_TOTAL_BYTES", 1024 * 1024 * 1024),
    syncPerMinute: num(env, "RATE_LIMIT_SYNC", 120),
    keepAliveMs: num(env, "KEEP_ALIVE_SECONDS", 65) * 1000,
  };
}

/** Who may make inboxes, as the start log line says it. */
export function creationRule(config: Pick<ServerConfig, "createToken" | "trustProxy">): string {
  if (config.createToken !== undefined) return "inboxes are made by anyone with CREATE_TOKEN";
  const seen = config.trustProxy.kind === "none" ? "" : " (client address as the trusted proxy forwards it)";
  return `inboxes are made only from loopback and private networks${seen}; set CREATE_TOKEN to allow others`;
}
