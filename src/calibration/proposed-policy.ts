import { ATTRIBUTES, LANGUAGES, type AttributeScores, type Language, type Policy, type Threshold } from '../domain';
import { applyPolicy } from '../moderation/policy';
import type { ThresholdProposal } from './calibration-service';

/** The current policy with every proposal that has enough support: `all` into the defaults, a language into its overrides. */
export function proposedPolicy(current: Policy, proposals: readonly ThresholdProposal[]): Policy {
  const next: Policy = { defaults: { ...current.defaults }, languages: {} };
  for (const language of LANGUAGES) {
    const overrides = current.languages[language];
    if (overrides !== undefined) next.languages[language] = { ...overrides };
  }
  for (const proposal of proposals) {
    if (proposal.proposed === null) continue;
    if (proposal.language === 'all') next.defaults[proposal.attribute] = proposal.proposed;
    else next.languages[proposal.language] = { ...(next.languages[proposal.language] ?? {}), [proposal.attribute]: proposal.proposed };
  }
  return next;
}

/** One threshold that changes: `defaults.TOXICITY.hold` or `languages.de.INSULT.reject`. */
export interface PolicyChange {
  path: string;
  from: number | null;
  to: number | null;
}

export function policyDiff(before: Policy, after: Policy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const compare = (prefix: string, a: Partial<Record<string, Threshold>> | undefined, b: Partial<Record<string, Threshold>> | undefined): void => {
    for (const attribute of ATTRIBUTES) {
      for (const bound of ['hold', 'reject'] as const) {
        const from = a?.[attribute]?.[bound] ?? null;
        const to = b?.[attribute]?.[bound] ?? null;
        if (from !== to) changes.push({ path: `${prefix}.${attribute}.${bound}`, from, to });
      }
    }
  };
  compare('defaults', before.defaults, after.defaults);
  for (const language of LANGUAGES) compare(`languages.${language}`, before.languages[language], after.languages[language]);
  return changes;
}

export interface Shares {
  comments: number;
  held: number;
  rejected: number;
}

/** The shares of comments a policy would hold and reject on their stored scores (word lists and scorer failures aside). */
export function sharesUnder(policy: Policy, comments: readonly { language: Language; scores: AttributeScores }[]): Shares {
  let held = 0;
  let rejected = 0;
  for (const comment of comments) {
    const { status } = applyPolicy(policy, { language: comment.language, scores: comment.scores, spans: [], scorer: 'stored' });
    if (status === 'held') held += 1;
    else if (status === 'rejected') rejected += 1;
  }
  const share = (n: number): number => (comments.length === 0 ? 0 : Math.round((n / comments.length) * 10_000) / 10_000);
  return { comments: comments.length, held: share(held), rejected: share(rejected) };
}
