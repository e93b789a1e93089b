import type { Phase } from '../../moderation/phases/phase';
import { CoralModerationService } from './coral-moderation-service';
import { signCoralBody } from './coral-signature';

const SECRET = 'secret-0123456789abcdef';

function service(status: 'approved' | 'held' | 'rejected'): { coral: CoralModerationService; texts: string[] } {
  const texts: string[] = [];
  const phase: Phase = {
    name: 'fixed',
    run(state) {
      texts.push(state.text);
      return { verdict: { status, reasons: [{ rule: `fixed.${status}` }] } };
    },
  };
  return { coral: new CoralModerationService({ signingSecrets: [SECRET], phases: [phase], now: () => new Date('2026-12-01T12:00:00Z') }), texts };
}

describe('Coral moderation service', () => {
  it('When the signature is wrong, then it throws before anything runs', () => {
    const { coral, texts } = service('rejected');
    expect(() => coral.authenticate(Buffer.from('{}'), signCoralBody('{}', ['not-the-secret-000000']))).toThrow(/X-Coral-Signature/);
    expect(texts).toEqual([]);
    expect(() => coral.authenticate(Buffer.from('{}'), signCoralBody('{}', [SECRET]))).not.toThrow();
  });

  it('When the body is HTML, then the phases see the text', async () => {
    const { coral, texts } = service('approved');
    await coral.moderate({ action: 'NEW', comment: { body: '<p>Hallo <b>Welt</b></p>' }, author: { id: 'u', role: 'COMMENTER' } });
    expect(texts).toEqual(['Hallo Welt']);
  });

  it('When a commenter would be held or rejected, then so it is; staff are always approved', async () => {
    expect((await service('held').coral.moderate({ action: 'NEW', comment: { body: 'x' }, author: { id: 'u', role: 'COMMENTER' } })).status).toBe('held');
    expect((await service('rejected').coral.moderate({ action: 'EDIT', comment: { body: 'x' }, author: { id: 'u', role: 'COMMENTER' } })).status).toBe('rejected');
    for (const role of ['STAFF', 'MODERATOR', 'ADMIN']) {
      expect((await service('held').coral.moderate({ action: 'NEW', comment: { body: 'x' }, author: { id: 'u', role } })).status).toBe('approved');
    }
  });

  it('When Coral names the story, then the phases see it as the article (so its policy applies)', async () => {
    const articles: (string | null)[] = [];
    const phase: Phase = {
      name: 'article',
      run(state) {
        articles.push(state.articleId);
        return { verdict: { status: 'held', reasons: [{ rule: 'article.premoderate' }] } };
      },
    };
    const coral = new CoralModerationService({ signingSecrets: [SECRET], phases: [phase], now: () => new Date('2026-12-01T12:00:00Z') });
    const verdict = await coral.moderate({ action: 'NEW', comment: { body: 'x' }, author: { id: 'u', role: 'COMMENTER' }, story: { id: 'story-7' } });
    await coral.moderate({ action: 'NEW', comment: { body: 'y' }, author: { id: 'u', role: 'COMMENTER' } });
    expect(verdict).toMatchObject({ status: 'held', reasons: [{ rule: 'article.premoderate' }] });
    expect(articles).toEqual(['story-7', null]);
  });
});
