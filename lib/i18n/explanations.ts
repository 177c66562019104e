/**
 * Why a practice goal is met or not, per language (the English templates live with the scoring,
 * lib/practice/score.ts; every language gives every one, or it is a type error).
 */
import type { ExplanationWords } from '../practice/score';
import type { Locale } from './index';

const ja: ExplanationWords = {
  harmonyMet: '調和は {harmony} で、求められた {least} 以上です。',
  harmonyMissed: '調和は {harmony} で、求められた {least} に届いていません。',
  noneLeft: '残っている指摘はありません。',
  stillFlagged: 'まだ指摘があります：{where}：{message}{more}',
  wholeDraft: '下書き全体',
  more: '（ほか {count} 件）',
  askClear: '依頼ははっきりしています：{sentence}（{action}、{when}）。',
  anyAction: '何らかの行動',
  anyWhen: '日付か時刻',
  noAsk: '{action}の依頼が残っていません。何をいつまでにお願いしたいのかを書きましょう。',
  noWhen: '{sentence} は依頼していますが、{when}がありません。',
  noAction: '{sentence} は依頼ですが、{action}が書かれていません。',
  notAsked: '{sentence} は触れていますが、依頼になっていません。',
  words: '{count} 語。',
  tooMany: '{count} 語：{over} 語多すぎます。',
  allMentioned: 'すべてに触れています。',
  missing: '足りないもの：{list}。',
  noneThere: 'どれも書かれていません。',
  stillThere: 'まだ書かれています：{list}。',
  quote: '「{text}」',
  comma: '、',
  or: 'または',
  and: 'と',
  semicolon: '／',
};

/** The explanations in a language other than English (English: the scoring's own). */
export const EXPLANATIONS_BY_LOCALE: Partial<Record<Locale, ExplanationWords>> = { ja };
