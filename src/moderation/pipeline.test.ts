import { runPipeline } from './pipeline';
import { initialState, type Phase } from './phases/phase';

const initial = initialState({ text: 't', givenLanguage: null, now: new Date('2026-12-01T10:00:00Z'), createdAt: new Date('2026-12-01T09:59:00Z'), finalAttempt: false });

describe('runPipeline', () => {
  it('When a phase returns a verdict, then later phases do not run and the verdict names the phase', async () => {
    const ran: string[] = [];
    const phases: Phase[] = [
      { name: 'first', run: () => (ran.push('first'), { state: { language: 'de' } }) },
      { name: 'decides', run: () => (ran.push('decides'), { verdict: { status: 'rejected', reasons: [{ rule: 'r' }] } }) },
      { name: 'never', run: () => (ran.push('never'), {}) },
    ];
    const result = await runPipeline(phases, initial);
    expect(ran).toEqual(['first', 'decides']);
    expect(result).toMatchObject({ kind: 'verdict', decidedBy: 'decides', verdict: { status: 'rejected' }, state: { language: 'de' } });
  });

  it('When phases add state, then each later phase sees what the earlier ones added', async () => {
    const phases: Phase[] = [
      { name: 'language', run: () => ({ state: { language: 'fr', languageSource: 'detected' } }) },
      { name: 'scores', run: (state) => ({ state: { scores: { TOXICITY: state.language === 'fr' ? 0.2 : 0.9 } } }) },
      { name: 'decide', run: (state) => ({ verdict: { status: (state.scores.TOXICITY ?? 1) < 0.5 ? 'approved' : 'held', reasons: [{ rule: 'x' }] } }) },
    ];
    expect(await runPipeline(phases, initial)).toMatchObject({ kind: 'verdict', verdict: { status: 'approved' }, state: { language: 'fr', scores: { TOXICITY: 0.2 } } });
    expect(initial.language).toBeNull();
  });

  it('When a phase asks for a retry, then the run stops with its reason and delay', async () => {
    const phases: Phase[] = [
      { name: 'score', run: () => ({ retry: { reason: 'quota', delayMs: 500 } }) },
      { name: 'decide', run: () => ({ verdict: { status: 'approved', reasons: [] } }) },
    ];
    expect(await runPipeline(phases, initial)).toMatchObject({ kind: 'retry', reason: 'quota', delayMs: 500 });
  });

  it('When no phase decides, then the run fails loudly instead of leaving the comment pending', async () => {
    await expect(runPipeline([{ name: 'noop', run: () => ({}) }], initial)).rejects.toThrow(/without a verdict/);
  });
});
