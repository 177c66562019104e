/** Types of scripts/build-packs.mjs (a plain Node script, imported by wxt.config.ts and vitest.config.ts). */
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';
import type { ReadyPack } from '../lib/packs/ready';

export const re2Unlimited: EsbuildPlugin;
export function packFormat(): string;
export function prepareBuiltinPacks(options?: { rulesDir?: string }): Promise<{ ok: true; packs: ReadyPack[]; examples: number; cached: boolean } | { ok: false; problems: string[] }>;
export function readyPacks(options?: { rulesDir?: string }): Plugin;
