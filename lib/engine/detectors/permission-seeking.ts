/**
 * Permission-seeking and ritual apologies: asking leave to do one's own job ("Would it be ok if I
 * sent the draft tomorrow?", "Is it alright if I join late?", "Do you mind if I share the deck?",
 * "I hope you don't mind me asking, but"), and apologising for ordinary communication ("Sorry
 * for the long email", "Sorry, one more thing:", "Sorry to chase", "Apologies for the noise",
 * "Sorry if this is obvious"). A results-first reader hears a writer who doubts they may act.
 *
 * Left alone: real apologies for a real problem ("Sorry for the outage yesterday, it was our
 * mistake"; sympathy: "sorry to hear"), permission that is not the writer's to take ("Would it be
 * ok if the client saw the draft?"), and "Sorry to bother you" / "Sorry for asking", which an
 * existing rule takes.
 *
 * Groups: `act` (what the writer wants to do, for the permission shape: "sent the draft
 * tomorrow"); `body` (what follows a ritual apology, final punctuation included).
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';

/** Would it be ok if I ... / Is it alright for me to ... / Do you mind if I ... */
const PERMISSION =
  /^\W*(?:(?:hi|hello|hey|so|also|and|sorry),?\s+)*(?:(?:would|will|is|would it be|is it|will it be|would that be|is that) (?:it |that )?(?:be )?(?:ok|okay|alright|all right|fine|acceptable|a problem|an issue)(?: with you| for you)? (?:if i|for me to)|(?:do|would) you mind if i|(?:am i|would i be) allowed to|would you (?:be ok|be okay|be alright|be fine|object) (?:if i|with me)|(?:i )?hope (?:it's|that's|it is) (?:ok|okay|alright|fine) if i|would it be possible for me to|could i (?:possibly |perhaps |maybe )?(?:be allowed|have permission) to)\s+(?<act>[a-z][^?]*?)\s*(?<end>[?.!]*)\s*$/;
/** Sorry for the long email / Sorry, one more thing: ... / Apologies for the noise. */
const RITUAL =
  /^(?<lead>\W*)(?<apology>(?:i )?hate to (?:be a (?:pain|bother|nuisance|nag)|bother you|ask(?: again)?|chase(?: again)?|nag|keep asking)|(?:i )?hope you (?:don't|do not) mind (?:me |my )?(?:asking|bothering you|jumping in|chasing)|forgive me for (?:asking|bothering you|the interruption|jumping in|chasing)|(?:(?:i'm |i am |so |really |very )*sorry|apologies|my apologies|i apologi[sz]e|forgive me)(?: in advance)?(?:,? (?:for (?:the|this|my|all the|another|yet another) (?:long|lengthy|late|short|brief|quick|multiple|many|several|(?:barrage|flood|string|wall) of|repeated)? ?(?:email|emails|message|messages|mail|note|text|questions?|ping|pings|noise|spam|essay|novel|ramble|rambling|follow-up|follow-ups|reminders?|interruption|intrusion|nagging|chasing|bother)\b|for (?:the |my )?(?:(?:repeated |multiple )?(?:pinging|nagging|chasing|pestering|spamming|rambling|interrupting))|to (?:chase|nag|ping|pester|spam|be a (?:pain|bother|nuisance|nag)|keep asking|ask again|follow up again|jump in|butt in|interrupt)|if (?:this|that|it) (?:is|sounds|seems) (?:obvious|silly|basic|dumb|stupid|naive|a bit much)|(?:, )?(?:one|just one|a) (?:more|last|quick|small) (?:thing|question|request)|(?:, )?quick question)))(?<sep>\s*(?:[,;:—–-]+|\.\.\.|!|\.)?\s*(?:but\s*,?\s*)?)(?<body>.*)$/;

/** A real apology: for a failure, a loss, a mistake; or sympathy. */
const REAL = /\b(?:outage|mistake|error|bug|incident|inconvenience|confusion|mix-?up|delay in|our fault|my fault|loss|to hear|for your|that happened|damage|downtime|wrong)\b/;

export const permissionSeeking: CompiledMatcher = {
  groups: ['act', 'body'],
  find(ctx: SentenceContext): RawMatch[] {
    const w = ctx.words;
    const lower = ctx.lower;
    const asks = ['ok', 'okay', 'alright', 'all', 'fine', 'acceptable', 'problem', 'issue', 'mind', 'allowed', 'possible', 'permission', 'object'].some((x) => w.has(x));
    if (asks && (w.has('i') || w.has('me'))) {
      const m = PERMISSION.exec(lower);
      if (m && !/^(?:the|a|an|my|our|it|this|that|they|he|she|we|you|someone|anyone)\b/.test(m.groups!.act)) {
        const act = m.groups!.act;
        const at = lower.length - m.groups!.end.length - (/\s*$/.exec(lower)![0].length) - act.length;
        const start = /^\W*(?:(?:hi|hello|hey|so|also|and|sorry),?\s+)*/.exec(lower)![0].length;
        return [{ start, end: lower.length, groups: { act: { start: at, end: at + act.length } } }];
      }
    }
    if (w.has('sorry') || w.has('apologies') || w.has('apologise') || w.has('apologize') || w.has('forgive') || w.has('mind') || w.has('hate')) {
      const m = RITUAL.exec(lower);
      if (m && !REAL.test(m.groups!.apology)) {
        const body = m.groups!.body;
        const start = m.groups!.lead.length;
        const bodyAt = lower.length - body.length;
        // With a point after it, the rewrite is the point; alone, the apology is the span. Words
        // that run on with no separator ("Sorry for the emails today") are still the apology.
        if (/\p{L}/u.test(body) && /\S/.test(m.groups!.sep)) return [{ start, end: lower.length, groups: { body: { start: bodyAt, end: lower.length } } }];
        if (/\p{L}/u.test(body)) return [{ start, end: lower.length - (/[\s.!?…]*$/.exec(lower)![0].length), groups: {} }];
        return [{ start, end: start + m.groups!.apology.length, groups: {} }];
      }
    }
    return [];
  },
};
