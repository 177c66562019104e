/**
 * Sarcasm: praise or thanks wrapped around a failure, so that it means the opposite.
 * - praise + a failure in the gerund: "Great job missing the deadline again", "Nice work
 *   breaking the build", "Way to forget the client call";
 * - thanks or praise for what came late: "Thanks for finally replying", "Nice of you to finally
 *   join us", "Glad you could eventually make it";
 * - a cheer before a failure: "Wonderful, another missed handover.", "Great, the build is broken
 *   again.".
 * - faint praise: "Well, at least you tried.", "Not bad for a first attempt.", "It's fine, I guess.",
 *   "On time for once".
 * ("Thanks for nothing" is a fixed idiom: a pack regex takes it.)
 *
 * Left alone: praise for a success ("Great job fixing the build", "Nice work catching that
 * bug"), a failure word that is not the thing praised ("Great work on the broken-link report"),
 * negated failures ("Great job not missing a single deadline"), idioms ("breaking the record",
 * "breaking new ground", "breaking the ice"), "finally" as relief with warmth ("Thanks for
 * finally getting this over the line, what a team!").
 *
 * Groups: `fail` (the failure verb, "missing"), `act` (what was done late, "replying" in "Thanks
 * for finally replying"), `cheer` (the cheering word with its comma, "Wonderful, ").
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';

const PRAISE =
  '(?:(?:great|good|nice|fine|fantastic|brilliant|excellent|amazing|wonderful|awesome|stellar|outstanding|terrific|superb|super|top|real|lovely|impressive|solid|smooth) (?:job|work|going|effort|move|stuff|one|show|call)|well done|bravo|kudos|congrat(?:s|ulations)|way to go|thanks a lot|thanks so much|thank you so much|thanks|thank you|nice|great)';
const FAILURE =
  '(?:missing|breaking|forgetting|ignoring|losing|crashing|skipping|dropping|messing|screwing|blowing|deleting|wrecking|ruining|failing|overlooking|botching|leaking|misreading|misspelling|overwriting|bricking|killing|derailing|delaying|blocking|burying|wasting|double-booking|shipping (?:a|the|another|that) bug)';
/** Praise + failure gerund: "Great job missing the deadline" / "Way to break the build". */
const PRAISE_FAILURE = new RegExp(`\\b${PRAISE}(?: (?:on|with|for))? (?<fail>${FAILURE})\\b`, 'g');
const WAY_TO = /\bway to (?:go )?(?<fail>miss|break|forget|ignore|lose|crash|skip|drop|mess|screw|blow|delete|wreck|ruin|fail|overlook|botch|leak|derail|delay|waste)\b/g;
/** Thanks for finally replying / Nice of you to finally join us / Glad you could eventually make it. */
const FINALLY = new RegExp(
  `\\b(?:thanks|thank you|(?:so |how )?(?:nice|good|kind|great|lovely|glad) (?:of you to|to see you|to hear from you|you could|you (?:decided|managed) to|that you)|glad you|nice to see (?:you|that you))(?: for)? (?:(?:finally|eventually|at last|at long last)) (?<act>[a-z][a-z' -]*)`,
  'g',
);
/** Wonderful, another missed handover. / Great, the build is broken again. */
const FAILED = '(?:missed|late|broken|failed|delayed|lost|skipped|wrong|botched|cancel+ed|forgotten|crashed|down|outage|bug|mistake|error|delay|slip|miss|failure|no-show|excuse|(?:could|should) have been an? (?:email|message|memo)|pointless|waste)';
const CHEER = new RegExp(
  `^\\W*(?<cheer>(?:oh |just |well |how |really )?(?:great|wonderful|fantastic|brilliant|perfect|lovely|awesome|terrific|marvellous|marvelous|super|nice|excellent|splendid|fabulous)[,!.—–-]+\\s*)(?=(?:yet )?(?:another|one more|again|the (?:second|third|fourth|fifth)) [^.!?]*\\b${FAILED}\\b|(?:the|our|this|that|your) [a-z -]{1,40}\\b(?:is|are|was|were|has|have)(?: been)? (?:broken|down|late|missing|gone|lost|delayed|stuck|failing|blocked) again\\b|(?:the|our|this|that|your) [a-z -]{1,40}\\b(?:broke|failed|crashed|slipped|went down) again\\b)`,
  'g',
);

/** Faint praise: "Well, at least you tried.", "Not bad for a first attempt.", "It's fine, I guess.", "On time for once." */
const FAINT =
  /\b(?:(?:well,? )?at least (?:you|it|they|he|she|your team|the team|someone) (?:tried|showed up|turned up|made it|replied|answered|compiles|runs|builds|didn't crash|did not crash|is on time|was on time|got (?:it|something) done)|not (?:too |that |so )?bad for (?:a |an |your )?(?:first|junior|beginner|newbie|intern|new|someone)\b[^,.;!?]*|(?:it's|that's|this is|it is|that is) (?:fine|ok|okay|acceptable|passable),? i (?:guess|suppose)(?=\s*[.!…]*\s*$)|good enough,? i (?:guess|suppose)(?=\s*[.!…]*\s*$)|(?:nice|good) try|(?:on time|right|correct|done|finished|early|ready) for once|(?:good|great|nice) (?:job|work) for once)\b/g;

/** Negation before the failure: praise for avoiding it. */
const NEGATED = /\b(?:not|never|without|no)\s*$/;
/** Idioms where the failure verb is a success. */
const IDIOM_AFTER = /^\s*(?:the (?:record|ice|mold|mould|silence|deadlock|tie|logjam|bank|streak)|new ground|ground|records?|through|even|out|in|free|the news|bread|a sweat|the stigma|down (?:the|silos|barriers|walls|the problem|the work|the task|it)|(?:the )?barriers|silos)\b/;
/** Relief and warmth after "finally": genuine thanks. */
const WARM = /\b(?:what a team|easier|so much better|helps|helped|lifesaver|life saver|relief|appreciate\w*|grateful|love|amazing|awesome|fantastic|brilliant|perfect|really glad|so glad|so happy|relieved|well deserved|congrat\w*|proud|amazing work|great work|great teamwork|thanks to you all|couldn't have|celebrat\w*|love it|no rush|no worries|hope you (?:feel|are)|feeling better|get well|welcome back|recover\w*|after your (?:leave|holiday|vacation|trip))\b/;
/** Being sorry for the reader, or telling of one's own mistake ("Great, I missed the bus"). */
const SELF = /\b(?:i|we|my|our)\b(?:'ve|'m| have| am| just)? ?(?:missed|broke|forgot|lost|crashed|dropped|deleted|messed|am late|was late|'m late)\b|\bmy bad\b/;

const FAIL_WORDS = FAILURE.slice(3, -1).split('|').map((f) => f.split(' ')[0]).concat(['miss', 'break', 'forget', 'ignore', 'lose', 'crash', 'skip', 'drop', 'mess', 'screw', 'blow', 'delete', 'wreck', 'ruin', 'fail', 'overlook', 'botch', 'leak', 'derail', 'delay', 'waste']);
const CUES = ['least', 'bad', 'guess', 'suppose', 'try', 'once', 'job', 'work', 'going', 'done', 'kudos', 'bravo', 'congrats', 'congratulations', 'way', 'thanks', 'thank', 'nice', 'good', 'kind', 'glad', 'lovely', 'great', 'wonderful', 'fantastic', 'brilliant', 'perfect', 'awesome', 'terrific', 'marvellous', 'marvelous', 'super', 'excellent', 'splendid', 'fabulous', 'cheers', 'effort', 'move'];

export const sarcasm: CompiledMatcher = {
  groups: ['fail', 'act', 'cheer'],
  find(ctx: SentenceContext): RawMatch[] {
    const w = ctx.words;
    if (!CUES.some((c) => w.has(c))) return [];
    const lower = ctx.lower;
    const out: RawMatch[] = [];
    const group = (m: RegExpMatchArray, name: string): RawMatch['groups'] => {
      const v = m.groups?.[name];
      if (v === undefined) return {};
      const at = m.index! + m[0].lastIndexOf(v);
      return { [name]: { start: at, end: at + v.length } };
    };
    // Each shape compiles and runs only when its own words are there (a large regex costs
    // milliseconds on first use, and "thanks" or "great" are in most drafts).
    const failing = FAIL_WORDS.some((f) => w.has(f));
    for (const re of failing ? [PRAISE_FAILURE, WAY_TO] : []) {
      re.lastIndex = 0;
      for (const m of lower.matchAll(re)) {
        const end = m.index! + m[0].length;
        if (NEGATED.test(lower.slice(0, m.index! + m[0].lastIndexOf(m.groups!.fail)))) continue;
        const after = lower.slice(end);
        if (IDIOM_AFTER.test(after)) continue;
        const fail = m.groups!.fail;
        if (/^drop/.test(fail) && /^\s*(?:by|in|off|over|round|me|us|a line|a note)\b/.test(after)) continue;
        if (/^kill/.test(fail) && /^\s*(?:it|the (?:bug|bugs|flaky|noise|backlog|old|legacy))\b/.test(after)) continue;
        out.push({ start: m.index!, end, groups: group(m, 'fail') });
      }
    }
    if (!out.length && (w.has('finally') || w.has('eventually') || w.has('last')) && !WARM.test(lower)) {
      FINALLY.lastIndex = 0;
      for (const m of lower.matchAll(FINALLY)) {
        // The late action runs to the end of its clause.
        const act = /^[^,.;:!?—–()]*/.exec(m.groups!.act)![0].replace(/\s+$/, '');
        const at = m.index! + m[0].lastIndexOf(m.groups!.act);
        out.push({ start: m.index!, end: at + act.length, groups: { act: { start: at, end: at + act.length } } });
      }
    }
    if (!out.length && (w.has('least') || w.has('bad') || w.has('guess') || w.has('suppose') || w.has('try') || w.has('once'))) {
      FAINT.lastIndex = 0;
      // "Nice try" among friends after a real attempt that worked ("Nice try, and it worked!") is warmth.
      if (!/\b(?:thank|thanks|worked|proud|love|amazing|congrat\w*|well done|brilliant|awesome)\b/.test(lower)) {
        for (const m of lower.matchAll(FAINT)) out.push({ start: m.index!, end: m.index! + m[0].length, groups: {} });
      }
    }
    if (!out.length && (w.has('another') || w.has('again') || w.has('more') || w.has('email') || w.has('second') || w.has('third') || w.has('fourth') || w.has('fifth')) && !SELF.test(lower)) {
      CHEER.lastIndex = 0;
      for (const m of lower.matchAll(CHEER)) {
        const g = group(m, 'cheer');
        out.push({ start: g.cheer.start, end: g.cheer.end, groups: g });
      }
    }
    return out;
  },
};
