/** The welcome page (welcome.html), opened once when the extension is installed. */
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { loadBuiltinPacks } from '../../lib/packs/builtin';
import { LocalizedRoot } from '../../lib/i18n/react';
import '../../components/overlay.css';
import '../../components/practice/practice.css';
import '../../components/welcome/welcome.css';

createRoot(document.getElementById('root')!).render(
  <LocalizedRoot>
    <WelcomePage
      packs={loadBuiltinPacks()}
      pages={{
        practice: browser.runtime.getURL('/practice.html'),
        builder: browser.runtime.getURL('/builder.html'),
        options: browser.runtime.getURL('/options.html'),
      }}
    />
  </LocalizedRoot>,
);
