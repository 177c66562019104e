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

/**
 * Chromium's flags for a headless run with the extension at `extensionDir` loaded (none when null):
 * no first-run, background networking, updates or sync, so nothing but the page and the extension
 * talks or runs (shared by the E2E harness, bench:page and the screenshots).
 */
export function chromiumArgs(extensionDir: string | null, extra: readonly string[] = []): string[] {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...extra,
  ];
}
