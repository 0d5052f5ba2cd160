// `npm start`: opens the database (embedded unless DATABASE_URL is set), applies migrations, serves the app and the API.
import type { Server } from "node:http";
import { inspect } from "node:util";
import { serve } from "@hono/node-server";
import { createApp } from "./app";
import { configFromEnv, creationRule } from "./config";
import { openDatabase } from "./db";

const HOUR_MS = 3_600_000;

async function main() {
  const config = configFromEnv();
  const db = await openDatabase(config);
  const sweep = () =>
    db.deleteExpired(new Date()).catch((err: Error) => console.error(`[debrief] expiry sweep: ${err.name}`));
  await sweep();
  const timer = setInterval(sweep, HOUR_MS);
  timer.unref();

  const app = createApp({ config, db });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `embedded PostgreSQL in ${config.dataDir}`;
    const shown = config.host === "0.0.0.0" ? "localhost" : config.host;
    console.log(`Debrief on http://${shown}:${info.port} with the result inbox on ${where}; ${creationRule(config)}`);
  });

  // Idle connections outlive the proxy's, and a request's headers get a second more (Node needs it longer).
  const http1 = server as Server; // serve() makes an HTTP/1.1 server unless told to make another
  http1.keepAliveTimeout = config.keepAliveMs;
  http1.headersTimeout = config.keepAliveMs + 1000;

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close();
    // Idle keep-alive connections would hold the close open: they carry no request, so they end now.
    http1.closeIdleConnections();
    // Let requests in flight finish their transactions, then close the database cleanly.
    setTimeout(() => void db.close().finally(() => process.exit(0)), 200);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err: unknown) => {
  // Not every throw is an Error with a message (PGlite's file-system errors are plain objects): never "undefined".
  const why = err instanceof Error && err.message ? err.message : inspect(err, { depth: 2, breakLength: Infinity });
  console.error(`Debrief could not start: ${why}`);
  process.exit(1);
});
