import { createRoot } from 'react-dom/client';
import { LocalizedRoot } from '../../lib/i18n/react';
import { App } from './App';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <LocalizedRoot>
    <App />
  </LocalizedRoot>,
);
