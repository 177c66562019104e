import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/editors/index';
import { recipientReaderFor } from '../../../lib/recipients/index';
import { SITE_MATCHES, SITE_ORIGINS, SITES, siteById } from '../../../lib/sites/index';
import { BUILTIN_MATCHES, BUILTIN_SITES, isBuiltinSite } from '../../../lib/storage/settings';
import config from '../../../wxt.config';

describe('the site registry', () => {
  it('gives each site a unique id and plain https origins', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    for (const origin of SITE_ORIGINS) expect(new URL(origin).origin, origin).toBe(origin);
    expect(SITE_ORIGINS).toEqual(expect.arrayContaining(['https://mail.google.com', 'https://outlook.live.com']));
    expect(SITE_MATCHES).toEqual(SITE_ORIGINS.map((o) => `${o}/*`));
    expect(siteById('gmail')).toBe(SITES[0]);
    expect(siteById('textarea')).toBeNull();
  });

  it('is where the built-in sites, the manifest and the content script matches come from', async () => {
    expect(BUILTIN_SITES).toEqual(SITE_ORIGINS);
    expect(BUILTIN_MATCHES).toEqual(SITE_MATCHES);
    expect(isBuiltinSite('https://outlook.office365.com')).toBe(true);
    expect(isBuiltinSite('https://example.com')).toBe(false);
    const manifest = await (typeof config.manifest === 'function' ? config.manifest({ browser: 'chrome' } as never) : config.manifest);
    expect(manifest?.host_permissions).toEqual(SITE_MATCHES);
  });

  it('builds one field adapter and one recipient reader per site, ahead of the generic adapters', () => {
    SITES.forEach((site, i) => {
      expect(ADAPTERS[i].kind).toBe(site.id);
      expect(ADAPTERS[i].sendButtonFor).toBeTypeOf('function');
      expect(ADAPTERS[i].isSendShortcut).toBeTypeOf('function');
      expect(recipientReaderFor(site.id)?.read).toBe(site.recipients);
    });
    expect(ADAPTERS.at(-1)?.kind).toBe('contenteditable');
    expect(recipientReaderFor('contenteditable')).toBeNull();
  });
});
