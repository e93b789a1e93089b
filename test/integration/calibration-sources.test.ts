import type { CalibrationReport } from '../../src/calibration/calibration-service';
import type { Comment } from '../../src/domain';
import { keywordScoring } from '../support/keyword-scorer';
import { DEV_KEYS, startService, waitForDecision, type ServiceHarness } from '../support/service-harness';

/** Every way a person overrules or confirms the machine reaches calibration: held decisions, reversals, reports. */
describe('what calibration learns from', () => {
  let service: ServiceHarness;

  beforeAll(async () => {
    service = await startService({ overrides: { scoring: keywordScoring() }, env: { REPORTS_TO_REVIEW: '1' } });
  });
  afterAll(async () => {
    await service.close();
  });

  async function decided(text: string, author: string): Promise<Comment> {
    const { body } = await service.request<Comment>('POST', '/v1/comments', { key: DEV_KEYS.intake, json: { articleId: 'a', text, language: 'de', author: { id: author } } });
    return waitForDecision<Comment>(service, body.id);
  }

  it('When a held comment is decided, an approval reversed and a reported comment removed, then each is a decision with the scores it was routed on', async () => {
    const held = await decided('HOLDME bitte prüfen', 'r1');
    const reversed = await decided('harmlos, später gemeldet', 'r2');
    const reported = await decided('auch harmlos, von Lesern gemeldet', 'r3');
    expect([held.status, reversed.status, reported.status]).toEqual(['held', 'approved', 'approved']);

    expect((await service.request('POST', `/v1/review/comments/${held.id}/decision`, { json: { decision: 'reject', reasonCode: 'insult' } })).status).toBe(200);
    expect((await service.request('POST', `/v1/review/comments/${reversed.id}/reversal`, { json: { decision: 'reject', reasonCode: 'insult' } })).status).toBe(200);
    expect((await service.request('POST', `/v1/comments/${reported.id}/reports`, { key: DEV_KEYS.intake, json: { reason: 'abusive', reporter: { id: 'reader-9' } } })).status).toBe(202);
    const removal = await service.request('POST', `/v1/review/comments/${reported.id}/report-decision`, { json: { decision: 'remove', reasonCode: 'insult' } });
    expect(removal.status).toBe(200);

    const { body } = await service.request<CalibrationReport>('GET', '/v1/calibration?attribute=INSULT&language=de&minSupport=1');
    expect(body.samples).toMatchObject({ decisions: 1, reversals: 2 });
    const [proposal] = body.proposals;
    expect(proposal?.support).toMatchObject({ total: 3, rejected: 3, decisions: 1, reversals: 2 });
    // People rejected two comments the machine approved at 0.02: INSULT cannot tell them from the rest, and says so.
    expect(proposal?.hold).toBeNull();
    expect(proposal?.note).toContain('INSULT does not separate');
  });
});
