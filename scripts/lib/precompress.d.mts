export const COMPRESSIBLE: Set<string>;
export function precompressDir(dir: string): { files: number; bytes: number; br: number; gz: number };
