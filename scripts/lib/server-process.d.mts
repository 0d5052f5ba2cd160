import type { ChildProcess } from "node:child_process";
export type ServerProcess = {
  url: string;
  startMs: number;
  pid: number;
  process: ChildProcess;
  log(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
};
export function startServer(
  env?: Record<string, string>,
  options?: { compiled?: boolean; timeoutMs?: number },
): Promise<ServerProcess>;
