export const BUILD_INPUTS: readonly string[];
export function newestMtime(root: string, rel: string): number;
export function staleInputs(builtAt: number, root?: string): string[];
export const SERVER_INPUTS: readonly string[];
export function staleServerInputs(builtAt: number, root?: string): string[];
