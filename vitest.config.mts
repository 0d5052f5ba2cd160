import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["{core,stores,components,scripts,questions,lib,server}/**/*.test.{ts,tsx}"],
    exclude: ["e2e/**", "node_modules/**"],
    environment: "node",
    // Property tests over the real bank and the server suites run for seconds on a busy 2-core machine: a slow test is
    // not a failed one (speed is measured by npm run bench, never asserted here).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
