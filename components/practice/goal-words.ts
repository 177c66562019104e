/**
 * Goals and situations in the interface's language. An assignment's own label for a goal (the
 * coach's words) wins; otherwise the goal is described from its data, as lib/practice/score.ts
 * does in English.
 */
import type { I18n } from '../../lib/i18n';
import type { Goal } from '../../lib/practice/schema';
import { EXPLANATIONS_BY_LOCALE } from '../../lib/i18n/explanations';
import { describeGoal, EXPLANATIONS, type ExplanationWords } from '../../lib/practice/score';

/** The words scoring explains a goal in, in the page's language. */
export function explanationWords(i18n: I18n): ExplanationWords {
  return EXPLANATIONS_BY_LOCALE[i18n.locale] ?? EXPLANATIONS;
}

function quoted(items: readonly string[], t: I18n['t']): string {
  return items.map((i) => t('pr.quoted', { title: i })).join(t('goal.or'));
}

export function describeGoalIn(goal: Goal, i18n: I18n): string {
  const { t } = i18n;
  if (goal.label || i18n.locale === 'en') return describeGoal(goal);
  switch (goal.kind) {
    case 'max-friction':
      return t('goal.maxFriction', { harmony: 100 - goal.max });
    case 'no-findings': {
      const about = goal.categories ? t('goal.about', { categories: goal.categories.map(i18n.category).join(t('goal.or')) }) : '';
      const key = goal.atOrAbove === 'warning' ? 'goal.noFindings.warning' : goal.atOrAbove === 'suggestion' ? 'goal.noFindings.suggestion' : 'goal.noFindings';
      return t(key, { about });
    }
    case 'ask':
      return t('goal.ask', {
        action: goal.action ? t('goal.ask.action', { action: goal.action[0] }) : t('goal.ask.anyAction'),
        when: goal.when ? t('goal.ask.when', { when: goal.when[0] }) : t('goal.ask.anyWhen'),
      });
    case 'max-words':
      return t('goal.maxWords', { count: goal.max });
    case 'must-mention':
      return t('goal.mentions', { phrases: goal.phrases.map((p) => quoted(typeof p === 'string' ? [p] : p, t)).join(', ') });
    case 'must-not-mention':
      return t('goal.notSay', { phrases: quoted(goal.phrases, t) });
  }
}
