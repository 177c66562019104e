/** The coach's assignment builder (builder.html): write, preview and share assignments; read reports. */
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { BuilderPage } from '../../components/practice/BuilderPage';
import { LocalizedRoot } from '../../lib/i18n/react';
import '../../components/overlay.css';
import '../../components/practice/practice.css';

createRoot(document.getElementById('root')!).render(
  <LocalizedRoot>
    <BuilderPage practiceUrl={browser.runtime.getURL('/practice.html')} />
  </LocalizedRoot>,
);
