import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The extension as the E2E suite loads it (built by global-setup.ts). */
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3-e2e');
export const PAGES_DIR = path.join(ROOT, '.output/e2e-pages');

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
  return '/usr/bin/chromium';
}
