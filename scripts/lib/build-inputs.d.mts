export const BUILD_INPUTS: readonly string[];
export function newestMtime(root: string, rel: string): number;
export function staleInputs(builtAt: number, root?: string): string[];
export const SERVER_INPUTS: readonly string[];
export function staleServerInputs(builtAt: number, root?: string): string[];
export function buildPlan(options: { builtAt: number; serverBuiltAt: number; canBuild: boolean; root?: string }): {
  action: "build" | "server" | "none" | "fail";
  message: string;
};
