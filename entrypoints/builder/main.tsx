/** The coach's assignment builder (builder.html): write, preview and share assignments; read reports. */
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { BuilderPage } from '../../components/practice/BuilderPage';
import '../../components/overlay.css';
import '../../components/practice/practice.css';

createRoot(document.getElementById('root')!).render(<BuilderPage practiceUrl={browser.runtime.getURL('/practice.html')} />);
