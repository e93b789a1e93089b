import type { Comment } from '../../src/domain';
import { DEV_KEYS, startService, waitForDecision, type ServiceHarness } from '../support/service-harness';

/** The shipped local scorer and the shipped policy (config/policy.json), through the whole service. */
describe('the shipped scorer and policy on the newsroom seed comments', () => {
  let service: ServiceHarness;
  beforeAll(async () => {
    service = await startService();
  });
  afterAll(async () => {
    await service.close();
  });

  const decide = async (text: string): Promise<Comment> => {
    const { body } = await service.request<Comment>('POST', '/v1/comments', { key: DEV_KEYS.intake, json: { articleId: 'putin-kim', text, author: { id: 'reader' } } });
    return waitForDecision<Comment>(service, body.id);
  };

  it('When a reader mocks Kim as the "fetten Raketenmann", then the comment is held for a moderator, with the words that explain it', async () => {
    const text = 'Kim Jong-un ist der begehrteste. Nicht nur Trump, nun auch Putin liebt den fetten Raketenmann.';
    const comment = await decide(text);
    expect(comment.status).toBe('held');
    expect(comment.language).toBe('de');
    const spans = comment.decision?.reasons.flatMap((r) => r.spans ?? []) ?? [];
    expect(spans.map((s) => text.slice(s.begin, s.end))).toContain('fetten Raketenmann');
  });

  it.each(['Schweiz hat auch keine Freunde mehr.', 'Putin ist ein Diktator.', 'Trump nannte Kim "Little Rocket Man".'])('When a reader writes "%s", then it is approved', async (text) => {
    const comment = await decide(text);
    expect(comment.status).toBe('approved');
    expect(comment.decision?.reasons[0]?.rule).toBe('below_thresholds');
  });

  it.each(['Du bist ein V0ll1d10t!', 'Halt die Fresse, du Drecksack.', 'Tu es un connard.', 'Sei un idiota.'])('When a reader writes "%s", then it is not approved', async (text) => {
    expect((await decide(text)).status).not.toBe('approved');
  });
});
