/** The leader's practice page (practice.html); a share link opens it with `#share=...`. */
import { createRoot } from 'react-dom/client';
import { PracticePage } from '../../components/practice/PracticePage';
import { LocalizedRoot } from '../../lib/i18n/react';
import exampleCourse from '../../examples/assignments/course.yaml?raw';
import '../../components/overlay.css';
import '../../components/practice/practice.css';

createRoot(document.getElementById('root')!).render(
  <LocalizedRoot>
    <PracticePage exampleCourse={exampleCourse} />
  </LocalizedRoot>,
);
