import type { Page } from 'playwright-core';
import type { Comment } from '../../src/domain';
import { waitForDecision, type ServiceHarness } from '../support/service-harness';
import { waitFor } from '../support/wait-for';
import { consoleBrowser, KEYS, type ConsoleBrowser } from './console-browser';

/** The console's reported and appealed queues (DSA notice and action, appeals), in Debian's Chromium. */

// Each test posts, reports and decides several comments through the real pipeline: on a loaded machine that alone
// can take seconds, which is not what these tests are about.
jest.setTimeout(60_000);

describe('reported and appealed queues of the moderator console in a real browser', () => {
  const browser = consoleBrowser({ env: { REPORTS_TO_REVIEW: '3' }, screenshotPrefix: 'dsa-' });
  let service: ServiceHarness;
  let page: Page;
  let signIn: ConsoleBrowser['signIn'];
  let row: ConsoleBrowser['row'];
  let selected: ConsoleBrowser['selected'];
  beforeEach(() => {
    ({ service, page, signIn, row, selected } = browser.current());
  });

  /** Submits a comment and waits until the pipeline has approved (published) it. */
  async function published(text: string, authorId: string): Promise<Comment> {
    const { status, body } = await service.request<Comment>('POST', '/v1/comments', { key: KEYS.intake, json: { articleId: 'art-dsa', text, author: { id: authorId } } });
    expect(status).toBe(202);
    const comment = await waitForDecision<Comment>(service, body.id, { key: KEYS.anna });
    expect(comment.status).toBe('approved');
    return comment;
  }

  async function report(id: string, json: Record<string, unknown>): Promise<void> {
    const { status } = await service.request('POST', `/v1/comments/${id}/reports`, { key: KEYS.intake, json });
    expect(status).toBe(202);
  }

  /** Three readers' reports: the comment is on the reported queue. */
  async function reportedByThree(id: string): Promise<void> {
    await report(id, { reason: 'abusive', reporter: { id: `reader-a-${id}` } });
    await report(id, { reason: 'offensive', reporter: { id: `reader-b-${id}` } });
    await report(id, { reason: 'other', reporter: { id: `reader-c-${id}` }, explanation: 'passt nicht hierher' });
  }

  /** A published comment removed by `moderator` after reports, then appealed by its author. */
  async function appealedRemoval(text: string, moderatorKey: string, explanation = 'Das war Satire.'): Promise<Comment> {
    const author = `author-${Math.random().toString(36).slice(2)}`;
    const comment = await published(text, author);
    await reportedByThree(comment.id);
    const removed = await service.request<Comment>('POST', `/v1/review/comments/${comment.id}/report-decision`, { key: moderatorKey, json: { decision: 'remove', reasonCode: 'insult' } });
    expect(removed.status).toBe(200);
    expect(removed.body.status).toBe('rejected');
    const appeal = await service.request('POST', `/v1/comments/${comment.id}/appeals`, { key: KEYS.intake, json: { by: { id: author }, explanation } });
    expect(appeal.status).toBe(202);
    return comment;
  }

  async function openQueue(name: 'Held' | 'Reported' | 'Appealed'): Promise<void> {
    await page.getByRole('navigation', { name: 'Queues' }).getByRole('link', { name }).click();
    await page.getByRole('listbox', { name: name === 'Held' ? 'Held comments' : `${name} comments` }).waitFor();
  }

  async function commentWhen(id: string, test: (comment: Comment) => boolean, what: string): Promise<Comment> {
    return waitFor(
      async () => {
        const { body } = await service.request<Comment>('GET', `/v1/comments/${id}`, { key: KEYS.anna });
        return test(body) ? body : undefined;
      },
      { what },
    );
  }

  it('When three readers report a comment, one as illegal, then it is on the reported queue, a removal asks for the finding, and with it the API shows the comment rejected', async () => {
    const comment = await published('Der Gemeinderat lügt, <b>alle</b> wissen es', 'author-illegal');
    await report(comment.id, { reason: 'abusive', reporter: { id: 'reader-1' } });
    await report(comment.id, { reason: 'offensive', reporter: { id: 'reader-2' } });
    await report(comment.id, { reason: 'illegal', reporter: { id: 'reader-3', name: 'Rita' }, law: 'StGB Art. 173 (üble Nachrede)', explanation: 'Ehrverletzung <img src=x>', bonaFide: true });

    await signIn(KEYS.anna);
    await openQueue('Reported');
    const reports = row(comment.id).getByRole('region', { name: `Reports on comment ${comment.id}` });
    await reports.getByText('3 open reports: abusive 1, offensive 1, illegal 1').waitFor();
    await reports.getByText('StGB Art. 173 (üble Nachrede)').waitFor();
    // Readers' texts and the comment are text: no element comes out of them.
    await expect(reports.getByText('Ehrverletzung <img src=x>').count()).resolves.toBe(1);
    await expect(row(comment.id).locator('.comment-text').textContent()).resolves.toBe('Der Gemeinderat lügt, <b>alle</b> wissen es');
    await expect(row(comment.id).locator('img, b').count()).resolves.toBe(0);

    // Without the finding the API refuses, naming the fields; the console shows its answer as it is.
    await row(comment.id).click();
    await selected(comment.id);
    await page.keyboard.press('r');
    await page.getByText(`Remove comment ${comment.id}: press 1 insult`).waitFor();
    await page.getByRole('status').getByText('An illegal-content report is open: the removal needs the legality finding').waitFor();
    await page.keyboard.press('1');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/^Not decided: .*legality.*legalGround/);
    expect((await service.request<Comment>('GET', `/v1/comments/${comment.id}`, { key: KEYS.anna })).body.status).toBe('approved');

    const finding = row(comment.id).getByRole('group', { name: /Legality finding/ });
    await finding.getByRole('radio', { name: 'illegal' }).check();
    await finding.getByLabel('Legal ground').fill('StGB Art. 173');
    await row(comment.id).getByRole('button', { name: 'Remove (r)' }).click();
    await page.getByRole('button', { name: '1 insult' }).click();

    const rejected = await commentWhen(comment.id, (c) => c.status === 'rejected', 'the comment to be removed');
    expect(rejected.decision).toMatchObject({ by: 'anna', status: 'rejected' });
    expect(rejected.decision?.reasons[0]).toMatchObject({ rule: 'report.removed', code: 'insult', legality: 'illegal', legalGround: 'StGB Art. 173' });
    await page.getByText(`Removed comment ${comment.id} (insult).`).waitFor();
    await row(comment.id).waitFor({ state: 'detached' });
  });

  it('When the author appeals a removal, then another moderator reverses it in the console and the API shows the comment approved', async () => {
    const comment = await appealedRemoval('Ein bissiger Kommentar', KEYS.ben, 'Satire <script>window.__pwned=1</script>, keine Beleidigung');

    await signIn(KEYS.anna);
    await openQueue('Appealed');
    const appeal = row(comment.id).getByRole('region', { name: `Appeal on comment ${comment.id}` });
    await appeal.getByText('Satire <script>window.__pwned=1</script>, keine Beleidigung').waitFor();
    await appeal.getByText(/Against: rejected by ben/).waitFor();
    await expect(appeal.locator('code').first().textContent()).resolves.toBe('report.removed');

    await row(comment.id).click();
    await selected(comment.id);
    await page.keyboard.press('v');

    const approved = await commentWhen(comment.id, (c) => c.status === 'approved', 'the removal to be reversed');
    expect(approved.decision).toMatchObject({ by: 'anna', status: 'approved' });
    expect(approved.decision?.reasons[0]).toMatchObject({ rule: 'appeal.reversed' });
    await page.getByText(`Reversed the decision on comment ${comment.id}: it is approved.`).waitFor();
    await row(comment.id).waitFor({ state: 'detached' });
    await expect(page.evaluate('typeof window.__pwned')).resolves.toBe('undefined');
  });

  it('When the moderator who removed the comment decides its appeal, then the console says plainly that another moderator must decide', async () => {
    const comment = await appealedRemoval('Noch ein bissiger Kommentar', KEYS.anna);

    await signIn(KEYS.anna);
    await openQueue('Appealed');
    await row(comment.id).getByText('(your decision: another moderator decides this appeal)').waitFor();
    await row(comment.id).click();
    await selected(comment.id);
    await page.keyboard.press('u');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toBe(`You made the original decision on comment ${comment.id}: another moderator must decide this appeal.`);
    const after = await service.request<Comment>('GET', `/v1/comments/${comment.id}`, { key: KEYS.anna });
    expect(after.body.decision).toMatchObject({ by: 'anna', status: 'rejected' });
    // Still waiting for another moderator.
    await row(comment.id).waitFor();

    // The row's DSA export link works with the console session.
    const href = await row(comment.id).getByRole('link', { name: 'DSA export (JSON)' }).getAttribute('href');
    const exported = await page.evaluate(async (url) => {
      const response = await fetch(url!);
      return { status: response.status, body: (await response.json()) as { comment: { id: string }; appeals: { state: string }[] } };
    }, href);
    expect(exported.status).toBe(200);
    expect(exported.body.comment.id).toBe(comment.id);
    expect(exported.body.appeals.map((a) => a.state)).toEqual(['open']);
  });

  it('When another moderator kept the reported comment first, then the 409 names him; j, k, c and h work on the reported queue', async () => {
    const first = await published('Erster gemeldeter Kommentar', 'author-k1');
    const second = await published('Zweiter gemeldeter Kommentar', 'author-k2');
    await reportedByThree(first.id);
    await reportedByThree(second.id);

    await signIn(KEYS.anna);
    await openQueue('Reported');
    await row(second.id).waitFor();
    await row(first.id).click();
    await selected(first.id);
    await page.keyboard.press('j');
    await selected(second.id);
    await page.keyboard.press('k');
    await selected(first.id);
    await page.keyboard.press('c');
    await row(first.id).getByText('claimed by you').waitFor();
    expect((await service.request('POST', `/v1/review/comments/${first.id}/claim`, { key: KEYS.ben })).status).toBe(409);
    await page.keyboard.press('h');
    await page.getByRole('complementary', { name: `History of comment ${first.id}` }).getByText('reports.queued').waitFor();

    await page.keyboard.press('j');
    await selected(second.id);
    const kept = await service.request('POST', `/v1/review/comments/${second.id}/report-decision`, { key: KEYS.ben, json: { decision: 'keep' } });
    expect(kept.status).toBe(200);
    await page.keyboard.press('a');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(new RegExp(`Conflict on comment ${second.id}: .* ben decided it first`));
    await row(second.id).waitFor({ state: 'detached' });

    // The claimed one is still there and selected: keep it.
    await selected(first.id);
    await page.keyboard.press('a');
    await commentWhen(first.id, (c) => c.decision?.reasons[0]?.rule === 'report.dismissed', 'the comment to be kept');
    await page.getByText(`Kept comment ${first.id}: its reports are dismissed.`).waitFor();
  });

  it('When reported comments are ticked with x and r then 4 is pressed, then all are removed in one request, unless one needs a finding: then none is', async () => {
    const first = await published('Werbung eins', 'author-b1');
    const second = await published('Werbung zwei', 'author-b2');
    const illegal = await published('Werbung mit Folgen', 'author-b3');
    await reportedByThree(first.id);
    await reportedByThree(second.id);
    await report(illegal.id, { reason: 'illegal', reporter: { id: 'reader-b' }, law: 'UWG Art. 3', explanation: 'unlauter', bonaFide: true });

    await signIn(KEYS.anna);
    await openQueue('Reported');
    await row(illegal.id).waitFor();
    await row(first.id).click();
    await selected(first.id);
    await page.keyboard.press('x');
    await row(second.id).getByRole('checkbox', { name: `Tick comment ${second.id}` }).check();
    await row(illegal.id).getByRole('checkbox', { name: `Tick comment ${illegal.id}` }).check();
    await page.getByText('3 ticked').waitFor();
    await page.keyboard.press('r');
    await page.getByText('Remove 3 ticked comments: press 1 insult').waitFor();
    await page.keyboard.press('4');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(new RegExp(`^Nothing decided: .*decisions\\.2\\.legality.*comment ${illegal.id}: untick`));
    for (const id of [first.id, second.id, illegal.id]) expect((await service.request<Comment>('GET', `/v1/comments/${id}`, { key: KEYS.anna })).body.status).toBe('approved');

    await row(illegal.id).getByRole('checkbox', { name: `Tick comment ${illegal.id}` }).uncheck();
    await page.getByText('2 ticked').waitFor();
    await page.keyboard.press('r');
    await page.getByRole('button', { name: '4 spam' }).click();
    await page.getByText('Removed 2 of 2.').waitFor();
    for (const id of [first.id, second.id]) {
      const { body } = await service.request<Comment>('GET', `/v1/comments/${id}`, { key: KEYS.anna });
      expect(body.decision).toMatchObject({ by: 'anna', status: 'rejected' });
      expect(body.decision?.reasons[0]).toMatchObject({ rule: 'report.removed', code: 'spam' });
    }
    expect((await service.request<Comment>('GET', `/v1/comments/${illegal.id}`, { key: KEYS.anna })).body.status).toBe('approved');
    await row(illegal.id).waitFor();
  });
});
