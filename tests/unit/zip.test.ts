/**
 * `npm run zip`'s settings, checked without building anything: the sources archive Firefox's
 * reviewers get (wxt.config.ts `zip:`) holds what a rebuild needs and none of node_modules, the
 * build output, tests or the corpus; the Firefox manifest carries its gecko id and declares no
 * data collection, the Chrome one carries no Firefox keys. scripts/zip.ts checks the same on the
 * archives it builds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { SOURCES_MUST_HOLD, SOURCES_MUST_NOT_HOLD } from '../../scripts/zip-rules';
import { ROOT } from '../e2e/paths';

const zip = config.zip!;
const include = zip.includeSources ?? [];

/**
 * The patterns used are plain paths and "folder/**"; the test refuses any other shape, so this
 * matcher is as strict as WXT's picomatch for them.
 */
function matches(file: string, pattern: string): boolean {
  if (pattern === '**') return true;
  if (pattern.endsWith('/**')) return file.startsWith(pattern.slice(0, -2));
  return file === pattern;
}

/** WXT's rule: a file is in the archive when an include matches it or no exclude does. */
function inSources(file: string): boolean {
  return include.some((p) => matches(file, p)) || !(zip.excludeSources ?? []).some((p) => matches(file, p));
}

const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
// Files that exist but are not committed yet (another change in progress) count too.
const files = [...new Set([...tracked, ...SOURCES_MUST_HOLD.filter((f) => existsSync(path.join(ROOT, f)))])];

describe('the sources archive (wxt.config.ts zip)', () => {
  it('is an allow-list of plain paths and folders', () => {
    expect(zip.excludeSources).toEqual(['**']);
    for (const pattern of include) expect(pattern, pattern).toMatch(/^[\w.-]+(\/[\w.-]+)*(\/\*\*)?$/);
  });

  it('holds everything a rebuild reads', () => {
    for (const file of SOURCES_MUST_HOLD) {
      expect(existsSync(path.join(ROOT, file)), `${file} exists`).toBe(true);
      expect(inSources(file), file).toBe(true);
    }
    for (const folder of ['entrypoints', 'components', 'lib', 'rules', 'public']) {
      const all = files.filter((f) => f.startsWith(`${folder}/`));
      expect(all.length, folder).toBeGreaterThan(0);
      expect(all.filter((f) => !inSources(f)), folder).toEqual([]);
    }
  });

  it('holds every project file the build config imports', () => {
    const config = readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    const local = [...config.matchAll(/^import[^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => path.posix.normalize(m[1]));
    expect(local.length).toBeGreaterThan(0);
    expect(local.filter((f) => !inSources(f))).toEqual([]);
  });

  it('leaves out node_modules, build output, tests, the corpus and docs', () => {
    for (const prefix of SOURCES_MUST_NOT_HOLD) {
      expect(inSources(`${prefix}x.ts`), prefix).toBe(false);
      expect(files.filter((f) => f.startsWith(prefix) && inSources(f)), prefix).toEqual([]);
    }
    expect(inSources('tests/data/corpus/items.jsonl')).toBe(false);
    // Every include names something that exists (a typo would silently drop it).
    for (const pattern of include) expect(files.some((f) => matches(f, pattern)), pattern).toBe(true);
  });
});

describe('the manifests', () => {
  const manifestFor = (browser: string) => {
    const m = config.manifest;
    return (typeof m === 'function' ? m({ browser, manifestVersion: 3, mode: 'production', command: 'build' } as never) : m) as Record<string, any>;
  };

  it('Firefox: a gecko id, and no data collected', async () => {
    const gecko = (await manifestFor('firefox')).browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('Chrome: no Firefox-only keys', async () => {
    expect((await manifestFor('chrome')).browser_specific_settings).toBeUndefined();
  });
});

describe('the store texts (docs/store)', () => {
  const locale = (lang: string) => JSON.parse(readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));

  it.each(['en', 'ja'])('%s: the manifest description is the store short description (at most 132 characters)', (lang) => {
    const description: string = locale(lang).extDescription.message;
    expect([...description].length).toBeLessThanOrEqual(132);
    // Chrome shows the manifest's description as the summary: the listing text quotes it as is.
    expect(readFileSync(path.join(ROOT, `docs/store/chrome-web-store.${lang}.md`), 'utf8')).toContain(`> ${description}`);
    // Chrome allows 75 characters for the name, AMO 50.
    expect([...locale(lang).extName.message].length).toBeLessThanOrEqual(50);
  });

  it.each(['chrome-web-store.en.md', 'chrome-web-store.ja.md'])('%s justifies every permission the manifest asks for', async (file) => {
    const m = config.manifest;
    const manifest = (typeof m === 'function' ? await m({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' } as never) : m) as Record<string, any>;
    const text = readFileSync(path.join(ROOT, 'docs/store', file), 'utf8');
    const rows = text.split('\n').filter((l) => l.startsWith('| `') || /^\| [^|]*`https?:|^\| [^|]*`\*:/.test(l));
    for (const permission of [...manifest.permissions, ...manifest.host_permissions, ...manifest.optional_host_permissions]) {
      expect(rows.some((row) => row.split('|')[1].includes(`\`${permission}\``)), permission).toBe(true);
    }
  });
});
