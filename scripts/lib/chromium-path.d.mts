export const HEADLESS_SHELL: string;
export function findChromium(options?: { tests?: boolean }): string | undefined;
