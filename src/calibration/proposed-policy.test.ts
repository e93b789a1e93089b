import type { Policy } from '../domain';
import type { ThresholdProposal } from './calibration-service';
import { policyDiff, proposedPolicy, sharesUnder } from './proposed-policy';

const current: Policy = { defaults: { TOXICITY: { hold: 0.5, reject: 0.97 }, INSULT: { hold: 0.5, reject: 0.95 } }, languages: { de: { TOXICITY: { hold: 0.46, reject: 0.97 } } } };
const proposal = (language: ThresholdProposal['language'], proposed: ThresholdProposal['proposed']): ThresholdProposal => ({
  attribute: 'TOXICITY',
  language,
  current: null,
  support: { total: 0, rejected: 0, approved: 0, decisions: 0, reversals: 0, feedback: 0 },
  reject: null,
  hold: null,
  proposed,
  note: null,
});

describe('proposed policy', () => {
  const next = proposedPolicy(current, [proposal('all', { hold: 0.6, reject: 0.9 }), proposal('fr', { hold: 0.7, reject: 0.85 }), proposal('it', null)]);

  it('When proposals have support, then they go into the defaults and the language overrides, the rest is kept', () => {
    expect(next).toEqual({
      defaults: { TOXICITY: { hold: 0.6, reject: 0.9 }, INSULT: { hold: 0.5, reject: 0.95 } },
      languages: { de: { TOXICITY: { hold: 0.46, reject: 0.97 } }, fr: { TOXICITY: { hold: 0.7, reject: 0.85 } } },
    });
    expect(current.defaults.TOXICITY).toEqual({ hold: 0.5, reject: 0.97 });
  });

  it('When the policies are compared, then each changed bound is listed with both values', () => {
    expect(policyDiff(current, next)).toEqual([
      { path: 'defaults.TOXICITY.hold', from: 0.5, to: 0.6 },
      { path: 'defaults.TOXICITY.reject', from: 0.97, to: 0.9 },
      { path: 'languages.fr.TOXICITY.hold', from: null, to: 0.7 },
      { path: 'languages.fr.TOXICITY.reject', from: null, to: 0.85 },
    ]);
  });

  it('When shares are estimated, then each policy is applied to the stored scores', () => {
    const comments = [
      { language: 'en' as const, scores: { TOXICITY: 0.55 } },
      { language: 'en' as const, scores: { TOXICITY: 0.92 } },
      { language: 'en' as const, scores: { TOXICITY: 0.1 } },
      { language: 'de' as const, scores: { TOXICITY: 0.47 } },
    ];
    expect(sharesUnder(current, comments)).toEqual({ comments: 4, held: 0.75, rejected: 0 });
    expect(sharesUnder(next, comments)).toEqual({ comments: 4, held: 0.25, rejected: 0.25 });
  });
});
