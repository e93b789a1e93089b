import type { DecisionReason, Policy } from '../../domain';
import { applyThresholdsPhase } from './apply-thresholds';
import { initialState, type ModerationState } from './phase';

const policy: Policy = { defaults: { TOXICITY: { hold: 0.5, reject: 0.8 } }, languages: { de: { TOXICITY: { hold: 0.4, reject: 0.7 } } } };
const watched: DecisionReason = { rule: 'word_list.watched', language: 'de', note: 'term' };
const state = (overrides: Partial<ModerationState>): ModerationState => ({
  ...initialState({ text: 't', givenLanguage: null, now: new Date(), createdAt: new Date(), finalAttempt: false }),
  language: 'de',
  scoring: { scorer: 'local', model: 'm', failures: [] },
  ...overrides,
});

describe('apply-thresholds phase', () => {
  const phase = applyThresholdsPhase({ policy });

  it('When a score is below the hold threshold of its language, then the comment is approved, with the reason', async () => {
    expect(await phase.run(state({ scores: { TOXICITY: 0.3 } }))).toMatchObject({ verdict: { status: 'approved', reasons: [{ rule: 'below_thresholds', attribute: 'TOXICITY', score: 0.3 }] } });
  });

  it('When a score reaches the language’s own threshold, then that threshold decides, and the reason names it', async () => {
    const output = await phase.run(state({ scores: { TOXICITY: 0.45 } }));
    expect(output.verdict?.status).toBe('held');
    expect(output.verdict?.reasons[0]).toMatchObject({ rule: 'threshold.hold', attribute: 'TOXICITY', score: 0.45, threshold: 0.4, scorer: 'local', language: 'de' });
    expect((await phase.run(state({ language: 'fr', scores: { TOXICITY: 0.45 } }))).verdict?.status).toBe('approved');
  });

  it('When a watched term was found and the scores would approve, then it is held for the watched term alone', async () => {
    expect(await phase.run(state({ scores: { TOXICITY: 0.1 }, watched: [watched] }))).toEqual({ verdict: { status: 'held', reasons: [watched] } });
  });

  it('When a watched term was found and the scores hold, then both reasons are named', async () => {
    const output = await phase.run(state({ scores: { TOXICITY: 0.5 }, watched: [watched] }));
    expect(output.verdict?.status).toBe('held');
    expect(output.verdict?.reasons.map((r) => r.rule)).toEqual(['word_list.watched', 'threshold.hold']);
  });

  it('When the scores reject, then a watched term does not soften it', async () => {
    const output = await phase.run(state({ scores: { TOXICITY: 0.9 }, watched: [watched] }));
    expect(output.verdict?.status).toBe('rejected');
    expect(output.verdict?.reasons.map((r) => r.rule)).toEqual(['threshold.reject']);
  });
});
