/**
 * Bring an assignment or a course in: a file (YAML or JSON), a share link, or pasted text. Errors
 * come back with their line and column, as for packs. Nothing is fetched: a link carries its
 * assignment in its fragment.
 */
import { useState } from 'react';
import { formatPracticeError, loadPractice, type PracticeLoadResult } from '../../lib/practice/load';
import type { PracticeFile } from '../../lib/practice/schema';
import { readPracticeText } from '../../lib/practice/share';
import { useI18n } from '../../lib/i18n/react';

export interface ImportPanelProps {
  onImport: (file: PracticeFile, from: string) => void | Promise<void>;
}

export function ImportPanel({ onImport }: ImportPanelProps) {
  const [pasted, setPasted] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const { t } = useI18n();

  const take = async (result: PracticeLoadResult, from: string) => {
    if (!result.ok) {
      setErrors(result.errors.map(formatPracticeError));
      return;
    }
    setErrors([]);
    await onImport(result.type === 'course' ? { type: 'course', course: result.course } : { type: 'assignment', assignment: result.assignment }, from);
  };

  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      await take(loadPractice(await file.text(), file.name), file.name);
    } finally {
      setBusy(false);
      e.target.value = '';
    }
  };

  const onPaste = async () => {
    setBusy(true);
    try {
      await take(await readPracticeText(pasted), t('pr.from.pasted'));
      setPasted('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="pr-import" aria-label={t('pr.import.label')} data-testid="pr-import">
      <h2>{t('pr.import.title')}</h2>
      <p>{t('pr.import.intro')}</p>
      <label className="pr-file">
        <span>{t('pr.import.file')}</span>
        <input type="file" accept=".yaml,.yml,.json,application/json,text/yaml" onChange={(e) => void onFile(e)} data-testid="pr-import-file" disabled={busy} />
      </label>
      <label className="pr-paste">
        <span>{t('pr.import.paste')}</span>
        <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} rows={6} data-testid="pr-import-text" />
      </label>
      <button type="button" onClick={() => void onPaste()} disabled={busy || !pasted.trim()} data-testid="pr-import-button">
        {t('pr.import.button')}
      </button>
      {errors.length > 0 && (
        <ul className="pr-errors" role="alert" data-testid="pr-import-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
