// Runs Debrief behind a real TLS-terminating nginx, for e2e/proxy*.spec.ts: a self-signed certificate made now by
// openssl, nginx in the foreground with everything (pid, logs, temp files) in a temporary folder, and the Debrief
// server on loopback with TRUST_PROXY=1. Runs until stopped (SIGTERM/SIGINT), then removes the folder.
// Usage: node scripts/proxy/start-proxy.mjs <https port> <debrief port>
import { execFileSync, execSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../lib/server-process.mjs";

const [httpsPort, serverPort] = process.argv.slice(2).map(Number);
if (!httpsPort || !serverPort) {
  console.error("Usage: node scripts/proxy/start-proxy.mjs <https port> <debrief port>");
  process.exit(2);
}

function findNginx() {
  for (const p of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"]) if (existsSync(p)) return p;
  try {
    return execSync("command -v nginx", { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

let nginx = findNginx();
if (!nginx && process.getuid?.() === 0) {
  console.log("nginx is not installed: installing Debian's nginx package for the proxy test...");
  try {
    execSync(
      "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx",
      {
        stdio: "inherit",
      },
    );
  } catch {
    // Reported below.
  }
  nginx = findNginx();
}
if (!nginx) {
  console.error(
    "The proxy test needs nginx. Install it (Debian/Ubuntu: `sudo apt-get install nginx`) and run the tests again.",
  );
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), "debrief-proxy-"));
// nginx's workers run as an unprivileged user when started as root: they must reach their temp folders.
chmodSync(dir, 0o755);
const cert = join(dir, "cert.pem");
const key = join(dir, "key.pem");
execFileSync(
  "openssl",
  ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"].concat([
    "-addext",
    "subjectAltName=IP:127.0.0.1,DNS:localhost",
    "-keyout",
    key,
    "-out",
    cert,
  ]),
  { stdio: ["ignore", "ignore", "pipe"] },
);
const template = readFileSync(fileURLToPath(new URL("nginx.conf.template", import.meta.url)), "utf8");
const conf = join(dir, "nginx.conf");
writeFileSync(
  conf,
  template
    .replaceAll("@@PREFIX@@", dir)
    .replaceAll("@@PORT@@", String(httpsPort))
    .replaceAll("@@UPSTREAM@@", `127.0.0.1:${serverPort}`)
    .replaceAll("@@CERT@@", cert)
    .replaceAll("@@KEY@@", key),
);

let server;
let proxy;
let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  proxy?.kill("SIGQUIT");
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
  process.exit(code);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());

try {
  server = await startServer(
    {
      PORT: String(serverPort),
      HOST: "127.0.0.1",
      TRUST_PROXY: "1",
      DEBRIEF_STATIC_DIR: "out",
      DEBRIEF_DATA_DIR: join(dir, "inbox"),
    },
    { timeoutMs: 140_000, compiled: true },
  );
} catch (err) {
  console.error(err.message);
  await stop(1);
}
proxy = spawn(nginx, ["-p", dir, "-c", conf, "-e", join(dir, "error.log"), "-g", "daemon off;"], {
  stdio: ["ignore", "inherit", "inherit"],
});
proxy.once("exit", (code) => {
  if (stopping) return;
  let log = "";
  try {
    log = readFileSync(join(dir, "error.log"), "utf8");
  } catch {
    // No log written.
  }
  console.error(`nginx stopped (${code}):\n${log}`);
  void stop(1);
});
server.process.once("exit", (code) => {
  if (!stopping) console.error(`The Debrief server stopped (${code}):\n${server.log()}`);
  void stop(1);
});
console.log(`Debrief behind nginx on https://127.0.0.1:${httpsPort} (server on 127.0.0.1:${serverPort})`);
