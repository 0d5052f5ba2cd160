export function findPostgresBin(): string | null;
export function startPostgres(options?: { portFrom?: number; portTo?: number }): Promise<{
  url: string;
  port: number;
  stop(): void;
}>;
