import type { Comment } from '../../src/domain';
import type { QueueStats } from '../../src/queue/queue-stats-service';
import { startPerspectiveFake, type PerspectiveFake } from '../fakes/perspective-fake';
import { DEV_KEYS, startService, waitForDecision, type ServiceHarness } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

/** The whole service with SCORERS=perspective,local against the Perspective fake on loopback. */
describe('the service with Perspective first in the chain', () => {
  let fake: PerspectiveFake;
  let service: ServiceHarness;

  beforeAll(async () => {
    fake = await startPerspectiveFake();
    service = await startService({
      env: {
        SCORERS: 'perspective,local',
        SCORER_FAILURE_POLICY: 'fallback',
        PERSPECTIVE_API_KEY: 'test-key',
        PERSPECTIVE_URL: fake.url,
        PERSPECTIVE_QPS: '20',
        // Generous: the fake answers at once, and a loaded machine must not turn that into a timeout.
        PERSPECTIVE_TIMEOUT_MS: '5000',
      },
    });
  });
  afterAll(async () => {
    await service.close();
    await fake.close();
  });

  const submit = async (text: string, language?: string): Promise<Comment> => {
    const { body } = await service.request<Comment>('POST', '/v1/comments', {
      key: DEV_KEYS.intake,
      json: { articleId: 'a', text, author: { id: `u${Math.random()}` }, ...(language ? { language } : {}) },
    });
    return waitForDecision<Comment>(service, body.id);
  };

  it('When a comment is scored, then Perspective gets the full text (with <3), its language as de for de-CH, and doNotStore', async () => {
    const text = 'Toller Artikel <3 du bist ein Vollidiot';
    const comment = await submit(text, 'de-CH');
    const request = fake.analyzeRequests().at(-1);
    expect(request?.body).toMatchObject({ comment: { text }, languages: ['de'], doNotStore: true });
    expect(comment.scoring).toMatchObject({ scorer: 'perspective', failures: [] });
  });

  it('When Perspective shuts down, then comments go on being decided by the local scorer, the failure is recorded and the stats show it down', async () => {
    fake.setMode({ shutdown: 403 });
    const comment = await submit('Schweiz hat auch keine Freunde mehr.', 'de');
    expect(comment.status).toBe('approved');
    expect(comment.scoring?.scorer).toBe('local');
    expect(comment.scoring?.failures[0]).toMatchObject({ scorer: 'perspective', kind: 'shutdown' });

    const stats = await waitFor(
      async () => {
        const { body } = await service.request<QueueStats>('GET', '/v1/queue/stats', { key: DEV_KEYS.dashboard });
        return body.scorers.find((s) => s.name === 'perspective' && s.state === 'down') ? body : undefined;
      },
      { what: 'perspective to show as down' },
    );
    expect(stats.scorers.find((s) => s.name === 'local')?.state).toBe('up');

    // While it is down, Perspective is not called at all.
    const before = fake.requests.length;
    const next = await submit('Noch ein Kommentar.', 'de');
    expect(next.scoring?.failures[0]).toMatchObject({ scorer: 'perspective', kind: 'shutdown' });
    expect(fake.requests.length).toBe(before);
  });
});
