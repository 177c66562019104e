/**
 * The first run: what Nemawashi does, a sample draft to try a card on (checked live, exactly as
 * a compose window is), the reader choice (stored as the default audience), where practice
 * lives, and the privacy promise.
 */
import { useState } from 'react';
import { CheckedEditor } from '../practice/CheckedEditor';
import { useI18n } from '../../lib/i18n/react';
import type { CompiledPack } from '../../lib/packs/compile';
import { audience as audienceItem } from '../../lib/storage/items';
import { useStorageItem } from '../use-storage';

/** A draft for each reader, with something to soften (consensus) or to make clearer (results-first). */
export const SAMPLES: Record<string, string> = {
  consensus:
    'Hi team,\n\nWe have decided to move the launch to September. You need to send me the revised timeline by Friday, and loop in the Osaka team ASAP.\n\nThanks,\nMark',
  'results-first':
    'Hi Tom,\n\nAs you may know, the supplier has changed its delivery schedule. I am writing to inform you that we have moved the launch to September. To give you some background, our team has been reviewing the impact since April.\n\nBest regards,\nKenji',
};

export interface WelcomePageProps {
  packs: readonly CompiledPack[];
  pages: { practice: string; builder: string; options: string };
}

export function WelcomePage({ packs, pages }: WelcomePageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const stored = useStorageItem(audienceItem);
  // The reader just chosen shows at once (storage answers a moment later).
  const [chosen, setChosen] = useState<string | null>(null);
  const current = chosen ?? stored;
  // The readers of the packs in force; a sample draft is written for the built-in ones.
  const readers = i18n.readers.filter((r) => SAMPLES[r.id]);
  const reader = current && SAMPLES[current] ? current : readers[0]?.id ?? 'consensus';
  // The sample follows the reader until the user edits it.
  const [edited, setEdited] = useState<string | null>(null);
  const draft = edited ?? SAMPLES[reader];

  return (
    <main className="wl-page" data-testid="welcome">
      <header className="wl-hero">
        <h1>{t('welcome.title')}</h1>
        <p className="wl-lead">{t('welcome.lead')}</p>
        <ul className="wl-points">
          <li>{t('welcome.point.underline')}</li>
          <li>{t('welcome.point.card')}</li>
          <li>{t('welcome.point.sites')}</li>
        </ul>
      </header>

      <section aria-labelledby="wl-reader">
        <h2 id="wl-reader">{t('welcome.reader.title')}</h2>
        <p className="wl-muted">{t('welcome.reader.help')}</p>
        <div className="wl-readers" role="radiogroup" aria-labelledby="wl-reader">
          {readers.map(({ id: a }) => (
            <label key={a} className={reader === a ? 'wl-reader wl-reader-on' : 'wl-reader'}>
              <input
                type="radio"
                name="reader"
                value={a}
                checked={reader === a}
                disabled={stored === undefined}
                data-testid={`welcome-reader-${a}`}
                onChange={() => {
                  setEdited(null);
                  setChosen(a);
                  void audienceItem.setValue(a);
                }}
              />
              <span>
                <strong>{i18n.audience(a)}</strong>
                {i18n.audienceDescription(a) && <span className="wl-muted"> — {i18n.audienceDescription(a)}</span>}
              </span>
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="wl-try">
        <h2 id="wl-try">{t('welcome.try.title')}</h2>
        <p className="wl-muted">{t('welcome.try.help')}</p>
        <CheckedEditor
          value={draft}
          onChange={setEdited}
          packs={packs}
          audience={reader}
          label={t('welcome.try.label')}
          rows={9}
          testId="welcome-editor"
        />
        <p className="wl-muted">{t('welcome.try.keys')}</p>
      </section>

      <section aria-labelledby="wl-practice">
        <h2 id="wl-practice">{t('welcome.practice.title')}</h2>
        <ul className="wl-links">
          <li>
            <a href={pages.practice} data-testid="welcome-practice">
              {t('pages.practice')}
            </a>{' '}
            <span className="wl-muted">{t('pages.practice.help')}</span>
          </li>
          <li>
            <a href={pages.builder} data-testid="welcome-builder">
              {t('pages.builder')}
            </a>{' '}
            <span className="wl-muted">{t('pages.builder.help')}</span>
          </li>
          <li>
            <a href={pages.options} data-testid="welcome-options">
              {t('welcome.options')}
            </a>{' '}
            <span className="wl-muted">{t('welcome.options.help')}</span>
          </li>
        </ul>
        <p className="wl-muted">{t('welcome.practice.popup')}</p>
      </section>

      <section aria-labelledby="wl-privacy" className="wl-privacy">
        <h2 id="wl-privacy">{t('welcome.privacy.title')}</h2>
        <p>{t('welcome.privacy.text')}</p>
      </section>
    </main>
  );
}
