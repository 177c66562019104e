/** The learner's rewrite beside the coach's model answer, each with its meters and findings. */
import { useMemo } from 'react';
import { analyze } from '../../lib/engine';
import { useI18n } from '../../lib/i18n/react';
import type { CompiledPack } from '../../lib/packs/compile';
import { Meters } from '../Meters';

export interface ModelAnswerProps {
  mine: string;
  model: string;
  packs: readonly CompiledPack[];
  audience: string;
}

function Column({ title, text, packs, audience, testId }: { title: string; text: string; packs: readonly CompiledPack[]; audience: string; testId: string }) {
  const { t } = useI18n();
  const result = useMemo(() => analyze(text, { packs, audience }), [text, packs, audience]);
  return (
    <div className="pr-compare-col" data-testid={testId}>
      <h4>
        {title}{' '}
        <span className="pr-compare-figures">
          {t('pr.findings', { count: result.findings.length })}
        </span>{' '}
        <Meters friction={result.friction} clarity={result.clarity} />
      </h4>
      <div className="pr-text">{text}</div>
    </div>
  );
}

export function ModelAnswer({ mine, model, packs, audience }: ModelAnswerProps) {
  const { t } = useI18n();
  return (
    <section className="pr-compare" aria-label={t('pr.compare.label')}>
      <Column title={t('pr.rewrite')} text={mine} packs={packs} audience={audience} testId="pr-compare-mine" />
      <Column title={t('pr.compare.model')} text={model} packs={packs} audience={audience} testId="pr-compare-model" />
    </section>
  );
}
