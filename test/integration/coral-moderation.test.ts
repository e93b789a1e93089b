import { Redis } from 'ioredis';
import { signCoralBody } from '../../src/integrations/coral/coral-signature';
import { startService, type ServiceHarness } from '../support/service-harness';

/** Coral Talk's external moderation phase, signed and sent as Coral sends it (body pretty-printed, 2 spaces). */

const SECRET = 'ssc_5d8a1c0e9b7f4a2d6e3c1b0a9f8e7d6c';
const ROTATED_OUT = 'ssc_0000000000000000000000000000000a';
const SEED_TOXIC = 'Kim Jong-un ist der begehrteste. Nicht nur Trump, nun auch Putin liebt den fetten Raketenmann.';
const SEED_CLEAN = 'Schweiz hat auch keine Freunde mehr.';

function coralRequest(body: string, role = 'COMMENTER', action: 'NEW' | 'EDIT' = 'NEW'): string {
  // Coral's generateFetchOptions: JSON.stringify(data, null, 2), signed over exactly these bytes.
  return JSON.stringify(
    {
      action,
      comment: { body, parentID: null },
      author: { id: 'user-1', role },
      story: { id: 'story-1', url: 'https://www.example.ch/putin-kim' },
      site: { id: 'site-1' },
      tenantID: 'tenant-1',
      tenantDomain: 'comments.example.ch',
    },
    null,
    2,
  );
}

describe('Coral external moderation phase', () => {
  let service: ServiceHarness;

  beforeAll(async () => {
    service = await startService({ worker: false, env: { CORAL_SIGNING_SECRETS: SECRET } });
  });
  afterAll(async () => {
    await service.close();
  });

  const send = (body: string, signature: string | null) =>
    service.request<Record<string, unknown>>('POST', '/v1/integrations/coral/moderation', {
      key: null,
      rawBody: body,
      headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'x-coral-signature': signature }) },
    });

  it('When Coral sends the seed insult signed with our secret, then it is rejected or withheld for its moderators, within 100 ms', async () => {
    const body = coralRequest(SEED_TOXIC);
    await send(body, signCoralBody(body, [SECRET])); // warm-up
    // The fastest of five: one answer slowed by a collector pause or a busy CI machine says nothing of our path.
    let fastestMs = Infinity;
    let response = await send(body, signCoralBody(body, [SECRET]));
    for (let attempt = 0; attempt < 5; attempt++) {
      const startedAt = performance.now();
      response = await send(body, signCoralBody(body, [SECRET]));
      fastestMs = Math.min(fastestMs, performance.now() - startedAt);
    }
    expect(fastestMs).toBeLessThan(100);
    expect(response.status).toBe(200);
    expect([{ status: 'REJECTED' }, { status: 'SYSTEM_WITHHELD', actions: [{ actionType: 'FLAG', reason: 'COMMENT_DETECTED_TOXIC' }] }]).toContainEqual(response.body);
  });

  it('When the seed insult comes wrapped in Coral\'s HTML, then the tags are stripped and it is still withheld', async () => {
    const body = coralRequest('<p>Kim Jong-un ist der begehrteste.</p><p>Nicht nur Trump, nun auch Putin liebt den <b>fetten</b> <i>Raketenmann</i>.</p>');
    const response = await send(body, signCoralBody(body, [SECRET]));
    expect(response.status).toBe(200);
    expect(response.body.status).toMatch(/^(REJECTED|SYSTEM_WITHHELD)$/);
  });

  it('When a clean comment is sent (new or edited), then 204: Coral goes on with its own phases', async () => {
    for (const action of ['NEW', 'EDIT'] as const) {
      const body = coralRequest(SEED_CLEAN, 'COMMENTER', action);
      const response = await send(body, signCoralBody(body, [SECRET]));
      expect(response.status).toBe(204);
      expect(response.body).toBeNull();
    }
  });

  it('When the signature is wrong, missing, malformed or over other bytes, then 401 and nothing is scored', async () => {
    const body = coralRequest(SEED_TOXIC);
    for (const signature of [signCoralBody(body, ['ssc_wrong-secret-entirely-0000000']), null, 'sha256=zz', 'v1=abc', signCoralBody(`${body} `, [SECRET])]) {
      const response = await send(body, signature);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('When the header carries several signatures (Coral rotating its secret) and one matches, then the request is accepted', async () => {
    const body = coralRequest(SEED_CLEAN);
    const response = await send(body, signCoralBody(body, [ROTATED_OUT, SECRET]));
    expect(response.status).toBe(204);
    const none = await send(body, signCoralBody(body, [ROTATED_OUT, 'ssc_another-one-that-is-not-ours-1']));
    expect(none.status).toBe(401);
  });

  it('When staff, moderators or admins write the seed insult, then they are never held', async () => {
    for (const role of ['STAFF', 'MODERATOR', 'ADMIN']) {
      const body = coralRequest(SEED_TOXIC, role);
      expect((await send(body, signCoralBody(body, [SECRET]))).status).toBe(204);
    }
  });

  it('When a signed body is not Coral\'s shape, then 400 naming the fields', async () => {
    const body = JSON.stringify({ action: 'DELETE', comment: {} });
    const response = await send(body, signCoralBody(body, [SECRET]));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('When Coral\'s phase is called, then nothing is stored', async () => {
    const redis = new Redis(service.config.redisUrl ?? '');
    try {
      const keys = await redis.keys(`${service.config.redisKeyPrefix}:*`);
      expect(keys.filter((key) => !key.startsWith(`${service.config.redisKeyPrefix}:bull:`))).toEqual([]);
    } finally {
      redis.disconnect();
    }
  });
});

describe('Coral external moderation phase, not configured', () => {
  it('When no CORAL_SIGNING_SECRETS is set, then the route answers 404 saying what to set', async () => {
    const service = await startService({ worker: false });
    try {
      const body = coralRequest(SEED_TOXIC);
      const response = await service.request('POST', '/v1/integrations/coral/moderation', {
        key: null,
        rawBody: body,
        headers: { 'content-type': 'application/json', 'x-coral-signature': signCoralBody(body, [SECRET]) },
      });
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ error: { code: 'not_found', message: expect.stringContaining('CORAL_SIGNING_SECRETS') } });
    } finally {
      await service.close();
    }
  });
});
