/**
 * npx tsx scripts/dev-report.ts
 *
 * The corpus DEV split only (never the test split), both readers, rules only and rules + learned:
 * the same figures as the corpus section of `npm run eval` (scripts/lib/corpus-eval.ts), without
 * the Stanford Politeness and dev-set sections. For quick before/after comparisons while tuning.
 */
import { loadSplit } from './lib/corpus';
import { report } from './lib/corpus-eval';

const dev = loadSplit('dev');
report('Corpus dev split (tuning allowed)', dev, (s) => console.log(s));
