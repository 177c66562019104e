import { defineConfig } from 'wxt';

// Host permissions stay minimal: the supported webmail sites; others are requested at run time
// (optional_host_permissions) when the user switches a site on.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Nemawashi',
    description: 'Checks the tone of your drafts for a consensus-oriented audience, locally.',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    host_permissions: [
      'https://mail.google.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
    ],
    optional_host_permissions: ['*://*/*'],
    // The organisation's policy (pack URLs, locked packs, audience): see docs/team-packs.md.
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'nemawashi@nemawashi.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
