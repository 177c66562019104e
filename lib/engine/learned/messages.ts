/**
 * What a learned finding says: one message and one "why" per category and reader, in English and
 * Japanese. No rule named the phrase, so the words are about the kind of problem, not the phrase.
 */
import type { LocalizedText } from '../../packs/schema';

interface Text {
  message: LocalizedText;
  why: LocalizedText;
}

const consensusWhy = (en: string, ja: string): LocalizedText => ({ en, ja });

export const LEARNED_MESSAGES: Record<string, Record<string, Text>> = {
  consensus: {
    imposition: {
      message: { en: 'This may read as an order or a decision handed down.', ja: '命令や一方的な決定のように読まれるかもしれません。' },
      why: consensusWhy(
        'A consensus-oriented reader expects to be asked and to have room to respond; an instruction or a decision with no invitation can feel imposed.',
        '合意を重んじる読み手は、相談され意見を言える余地があることを期待します。問いかけのない指示や決定は押しつけに感じられます。',
      ),
    },
    confrontation: {
      message: { en: 'This may read as opposing the person rather than discussing the idea.', ja: '考えではなく相手そのものに反対しているように読まれるかもしれません。' },
      why: consensusWhy(
        'Open confrontation costs face on both sides; framing the disagreement around the shared goal keeps the discussion going.',
        '正面からの対立はお互いの面子を損ないます。共通の目的に沿って意見の違いを示すと、話し合いが続きます。',
      ),
    },
    blame: {
      message: { en: 'This may read as pinning a failure on the reader.', ja: '失敗を相手のせいにしているように読まれるかもしれません。' },
      why: consensusWhy(
        'Blame aimed at a person or their team is felt as a loss of face; describing what happened and what "we" do next keeps people working with you.',
        '個人やチームに向けた非難は面子を失わせます。何が起きたか、次に「私たち」が何をするかを書くと協力が続きます。',
      ),
    },
    pressure: {
      message: { en: 'This may read as pressure or a threat.', ja: '圧力や脅しのように読まれるかもしれません。' },
      why: consensusWhy(
        'Urgency, escalation or consequences used as leverage damage trust; a reason for the timing and an offer of help get the same result.',
        '急かしや上司への報告、罰をちらつかせることは信頼を損ないます。期限の理由と支援の申し出で同じ結果が得られます。',
      ),
    },
    dismissal: {
      message: { en: 'This may read as waving away the reader’s view or effort.', ja: '相手の意見や努力を軽く扱っているように読まれるかもしれません。' },
      why: consensusWhy(
        'A reader who feels unheard stops offering ideas; acknowledge the point before moving on.',
        '聞いてもらえないと感じた人は意見を出さなくなります。先に相手の考えを受け止めてから話を進めましょう。',
      ),
    },
    absolutism: {
      message: { en: 'This sweeping statement may read as an accusation.', ja: 'この断定的な言い方は非難に聞こえるかもしれません。' },
      why: consensusWhy(
        '"Always", "never" and "everyone" turn one event into a verdict on the person; name the instance instead.',
        '「いつも」「絶対に」「みんな」は一度の出来事を人への評価に変えてしまいます。具体的な事例を挙げましょう。',
      ),
    },
    bluntness: {
      message: { en: 'This verdict has no cushion and may land harder than meant.', ja: 'クッションのない評価で、意図より強く伝わるかもしれません。' },
      why: consensusWhy(
        'A consensus-oriented reader expects a judgement to be softened and explained; a bare verdict reads as harsh.',
        '合意を重んじる読み手は、評価がやわらげられ説明されることを期待します。結論だけだと厳しく響きます。',
      ),
    },
    sarcasm: {
      message: { en: 'This may read as sarcasm: praise or thanks that mean the opposite.', ja: '皮肉（反対の意味のほめ言葉や感謝）として読まれるかもしれません。' },
      why: consensusWhy(
        'Sarcasm is read literally or as contempt; either way the real concern gets lost. Say what went wrong and what you need.',
        '皮肉は文字どおりに受け取られるか、軽蔑と受け取られます。何が問題で何が必要かを率直に書きましょう。',
      ),
    },
    shouting: {
      message: { en: 'This may read as a raised voice.', ja: '声を荒げているように読まれるかもしれません。' },
      why: consensusWhy(
        'Capitals and stacked punctuation read as anger or panic to a reader who values calm communication.',
        '大文字や記号の連続は、落ち着いたやり取りを重んじる読み手には怒りや焦りに見えます。',
      ),
    },
    condescension: {
      message: { en: 'This may read as talking down to the reader.', ja: '相手を見下しているように読まれるかもしれません。' },
      why: consensusWhy(
        'Implying the reader is slow or should have known costs face; explain the point as new information.',
        '相手が理解が遅い、知っているべきだったと示すと面子を損ないます。新しい情報として説明しましょう。',
      ),
    },
  },
  'results-first': {
    vagueness: {
      message: { en: 'The ask here has no clear owner, action or date.', ja: '依頼に担当者・行動・期限がはっきりしません。' },
      why: {
        en: 'A results-first reader acts on what is asked, by whom and by when; a vague ask is easy to skip.',
        ja: '結果重視の読み手は「何を・誰が・いつまでに」で動きます。あいまいな依頼は後回しにされがちです。',
      },
    },
    hedging: {
      message: { en: 'Stacked softeners weaken your own point.', ja: '重ねたぼかし表現が自分の主張を弱めています。' },
      why: {
        en: 'A results-first reader reads hedges as doubt; state the point and keep one hedge only where you are truly unsure.',
        ja: '結果重視の読み手はぼかしを自信のなさと受け取ります。主張は言い切り、本当に不確かな所だけに留めましょう。',
      },
    },
    'over-apology': {
      message: { en: 'This apologises for an ordinary request.', ja: '普通の依頼について謝っています。' },
      why: {
        en: 'Apologising for a normal ask signals that it is an imposition; a thank-you lands better.',
        ja: '普通の依頼で謝ると、迷惑なことだと示してしまいます。感謝の言葉の方が伝わります。',
      },
    },
    indirection: {
      message: { en: 'The request is hidden behind background.', ja: '依頼が背景説明の後ろに隠れています。' },
      why: {
        en: 'A results-first reader looks for the ask first; put it at the top and the context after.',
        ja: '結果重視の読み手はまず依頼を探します。依頼を先に書き、背景は後にしましょう。',
      },
    },
  },
};

export function learnedText(reader: string, category: string): Text {
  const r = LEARNED_MESSAGES[reader] ?? LEARNED_MESSAGES.consensus;
  return r[category] ?? Object.values(r)[0];
}
