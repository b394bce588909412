import type { Plugin } from 'esbuild';

export const noNodeBuiltins: Plugin;
export function buildWeb(options?: { outdir?: string; production?: boolean }): Promise<void>;
