/**
 * Audience by recipient: rules such as "*.co.jp -> consensus" or "hq.example.com ->
 * results-first" choose the audience of a draft from the addresses in its To and Cc fields.
 * Pure: no DOM, no storage. The addresses never leave the browser; they are only compared here.
 *
 * Patterns (case-insensitive):
 *   `*`                  any address
 *   `*.co.jp`            any domain that ends in .co.jp (not co.jp itself)
 *   `example.com`        that domain exactly (also written `@example.com`)
 *   `kenji@example.jp`   that one address
 */

export interface AudienceRule {
  pattern: string;
  audience: string;
}

export interface Recipients {
  to: string[];
  cc: string[];
}

export interface AudienceChoice {
  audience: string;
  /** What decided it: a recipient rule, the per-draft override, the default, or the organisation's lock. */
  source: 'rule' | 'override' | 'default' | 'locked';
  /** For `rule`: the recipients that matched the winning audience, and the first rule that did. */
  recipients?: string[];
  rule?: AudienceRule;
}

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const LOCAL = /^[^\s@]+$/;

export function normalizePattern(pattern: string): string {
  return pattern.trim().toLowerCase().replace(/^@/, '');
}

/** Whether a pattern is one of the forms above (the options page says so before saving). */
export function isValidPattern(pattern: string): boolean {
  const p = normalizePattern(pattern);
  if (p === '*') return true;
  if (p.startsWith('*.')) return DOMAIN.test(p.slice(2)) || /^[a-z]{2,}$/.test(p.slice(2));
  const at = p.lastIndexOf('@');
  if (at >= 0) return LOCAL.test(p.slice(0, at)) && DOMAIN.test(p.slice(at + 1));
  return DOMAIN.test(p);
}

/** The address part of "Kenji Sato <kenji@example.jp>", lower-cased; null when there is none. */
export function normalizeAddress(raw: string): string | null {
  const m = /<([^<>\s]+@[^<>\s]+)>/.exec(raw) ?? /([^\s<>(),;:"']+@[^\s<>(),;:"']+)/.exec(raw);
  if (!m) return null;
  const address = m[1].toLowerCase().replace(/^mailto:/, '').replace(/\.$/, '');
  const at = address.lastIndexOf('@');
  return at > 0 && DOMAIN.test(address.slice(at + 1)) ? address : null;
}

/** Every address in a piece of text ("Kenji Sato <kenji@acme.co.jp>; dana@hq.example.com"). */
export function extractAddresses(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[^\s<>(),;:"'\[\]]+@[^\s<>(),;:"'\[\]]+/g)) {
    const address = normalizeAddress(m[0]);
    if (address && !out.includes(address)) out.push(address);
  }
  return out;
}

export function patternMatches(pattern: string, address: string): boolean {
  const p = normalizePattern(pattern);
  const a = address.toLowerCase();
  const domain = a.slice(a.lastIndexOf('@') + 1);
  if (p === '*') return true;
  if (p.startsWith('*.')) return domain.endsWith(p.slice(1));
  if (p.includes('@')) return a === p;
  return domain === p;
}

/** The first rule (in the user's order) that matches an address. */
export function ruleFor(rules: readonly AudienceRule[], address: string): AudienceRule | null {
  for (const rule of rules) if (isValidPattern(rule.pattern) && patternMatches(rule.pattern, address)) return rule;
  return null;
}

/**
 * The audience for a draft. Each recipient takes the audience of the first rule that matches it;
 * recipients no rule matches do not vote. A To recipient counts twice, a Cc recipient once; the
 * audience with most votes wins, a tie goes to the audience whose rule comes first. With no
 * match (or no recipients yet) the default holds.
 */
export function chooseAudience(recipients: Recipients, rules: readonly AudienceRule[], fallback: string): AudienceChoice {
  const votes = new Map<string, { weight: number; order: number; recipients: string[]; rule: AudienceRule }>();
  const seen = new Set<string>();
  const count = (raw: string, weight: number) => {
    const address = normalizeAddress(raw);
    if (!address || seen.has(address)) return;
    seen.add(address);
    const rule = ruleFor(rules, address);
    if (!rule) return;
    const vote = votes.get(rule.audience);
    const order = rules.indexOf(rule);
    if (vote) {
      vote.weight += weight;
      vote.recipients.push(address);
      if (order < vote.order) Object.assign(vote, { order, rule });
    } else votes.set(rule.audience, { weight, order, recipients: [address], rule });
  };
  for (const r of recipients.to) count(r, 2);
  for (const r of recipients.cc) count(r, 1);
  const best = [...votes].sort((a, b) => b[1].weight - a[1].weight || a[1].order - b[1].order)[0];
  if (!best) return { audience: fallback, source: 'default' };
  return { audience: best[0], source: 'rule', recipients: best[1].recipients, rule: best[1].rule };
}

/** The audience in force: the organisation's lock, else the draft's override, else the recipients. */
export function resolveAudience(input: {
  recipients: Recipients;
  rules: readonly AudienceRule[];
  fallback: string;
  override?: string | null;
  locked?: boolean;
}): AudienceChoice {
  if (input.locked) return { audience: input.fallback, source: 'locked' };
  if (input.override) return { audience: input.override, source: 'override' };
  return chooseAudience(input.recipients, input.rules, input.fallback);
}

/** "*.co.jp -> consensus" lines (for import and for the docs); blank lines and # comments skipped. */
export function parseRuleLines(text: string): { rules: AudienceRule[]; errors: { line: number; text: string }[] } {
  const rules: AudienceRule[] = [];
  const errors: { line: number; text: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const m = /^(\S+)\s*(?:->|→|=>|:)\s*([a-z][a-z-]*)$/.exec(line);
    if (!m || !isValidPattern(m[1])) errors.push({ line: i + 1, text: raw });
    else rules.push({ pattern: normalizePattern(m[1]), audience: m[2] });
  });
  return { rules, errors };
}

export function formatRuleLines(rules: readonly AudienceRule[]): string {
  return rules.map((r) => `${r.pattern} -> ${r.audience}`).join('\n');
}
