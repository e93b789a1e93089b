import type { Page } from 'playwright-core';
import type { Comment } from '../../src/domain';
import { waitForDecision, type ServiceHarness } from '../support/service-harness';
import { waitFor } from '../support/wait-for';
import { consoleBrowser, KEYS, type ConsoleBrowser } from './console-browser';

/** The held queue, sign-in, sessions, the dashboard and the word lists of the moderator console, in Debian's Chromium. */
jest.setTimeout(30_000);

describe('moderator console in a real browser', () => {
  const browser = consoleBrowser();
  let service: ServiceHarness;
  let page: Page;
  let signIn: ConsoleBrowser['signIn'];
  let row: ConsoleBrowser['row'];
  let selected: ConsoleBrowser['selected'];
  beforeEach(() => {
    ({ service, page, signIn, row, selected } = browser.current());
  });

  /** Submits a comment and waits until the pipeline has held it. */
  async function held(text: string, articleId = 'art-browser'): Promise<Comment> {
    const { status, body } = await service.request<Comment>('POST', '/v1/comments', { key: KEYS.intake, json: { articleId, text, author: { id: `r-${Math.random()}` } } });
    expect(status).toBe(202);
    const comment = await waitForDecision<Comment>(service, body.id, { key: KEYS.anna });
    expect(comment.status).toBe('held');
    return comment;
  }

  it('When a moderator signs in and presses j then a, then the next comment is approved and the API says so', async () => {
    const first = await held('HOLDME first of two');
    const second = await held('HOLDME second of two');
    await signIn(KEYS.anna);
    await row(second.id).waitFor();
    await row(first.id).click();
    await selected(first.id);

    await page.keyboard.press('j');
    await waitFor(async () => (await row(second.id).getAttribute('aria-selected')) === 'true', { what: 'j to select the next row' });
    await page.keyboard.press('a');

    const approved = await waitFor(
      async () => {
        const { body } = await service.request<Comment>('GET', `/v1/comments/${second.id}`, { key: KEYS.anna });
        return body.status === 'approved' ? body : undefined;
      },
      { what: 'the comment to be approved' },
    );
    expect(approved.decision).toMatchObject({ by: 'anna', status: 'approved' });
    await row(second.id).waitFor({ state: 'detached' });
    const untouched = await service.request<Comment>('GET', `/v1/comments/${first.id}`, { key: KEYS.anna });
    expect(untouched.body.status).toBe('held');
  });

  it('When rows above the selected one leave the queue, then the selection stays on the comment the moderator was reading', async () => {
    const above = await held('HOLDME leaves the queue');
    const middle = await held('HOLDME stays, not selected');
    const reading = await held('HOLDME being read');
    const below = await held('HOLDME moves into its place');
    await signIn(KEYS.anna);
    await row(below.id).waitFor();
    // Tick the first row, select the last, approve the ticked one: the queue reloads one row shorter.
    await row(above.id).getByRole('checkbox').check();
    await row(reading.id).click();
    await selected(reading.id);
    await page.keyboard.press('a');
    await row(above.id).waitFor({ state: 'detached' });
    await selected(reading.id);

    // The next key acts on the comment still selected, not on the one that moved into its place.
    await page.keyboard.press('a');
    await waitFor(
      async () => {
        const { body } = await service.request<Comment>('GET', `/v1/comments/${reading.id}`, { key: KEYS.anna });
        return body.status === 'approved' ? body : undefined;
      },
      { what: 'the comment being read to be approved' },
    );
    for (const other of [middle, below]) {
      const untouched = await service.request<Comment>('GET', `/v1/comments/${other.id}`, { key: KEYS.anna });
      expect(untouched.body.status).toBe('held');
    }
  });

  it('When a moderator presses r then 3, then the comment is rejected with the reason code threat', async () => {
    const comment = await held('HOLDME to be rejected');
    await signIn(KEYS.anna);
    // Clicking a row selects it (focus alone did not always: a queue refresh can re-render the row under it).
    await row(comment.id).click();
    await selected(comment.id);
    await page.keyboard.press('r');
    await page.getByText('press 1 insult').waitFor();
    await page.keyboard.press('3');

    const rejected = await waitFor(
      async () => {
        const { body } = await service.request<Comment>('GET', `/v1/comments/${comment.id}`, { key: KEYS.anna });
        return body.status === 'rejected' ? body : undefined;
      },
      { what: 'the comment to be rejected' },
    );
    expect(rejected.decision?.reasons[0]).toMatchObject({ rule: 'moderator', code: 'threat' });
  });

  it('When another moderator decided first, then the 409 is shown plainly and the row leaves the queue', async () => {
    const comment = await held('HOLDME contested');
    await signIn(KEYS.anna);
    await row(comment.id).click();
    const byBen = await service.request('POST', `/v1/review/comments/${comment.id}/decision`, { key: KEYS.ben, json: { decision: 'reject', reasonCode: 'spam' } });
    expect(byBen.status).toBe(200);

    await page.keyboard.press('a');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(new RegExp(`Conflict on comment ${comment.id}: .*rejected.* ben decided it first`));
    await row(comment.id).waitFor({ state: 'detached' });
    const after = await service.request<Comment>('GET', `/v1/comments/${comment.id}`, { key: KEYS.anna });
    expect(after.body.decision).toMatchObject({ by: 'ben', status: 'rejected' });
  });

  it('When a comment holds markup, then it is shown as text and none of it runs', async () => {
    const hostile = 'HOLDME <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const comment = await held(hostile);
    await signIn(KEYS.anna);
    await row(comment.id).waitFor();

    await expect(row(comment.id).locator('.comment-text').textContent()).resolves.toBe(hostile);
    await expect(row(comment.id).locator('img, script').count()).resolves.toBe(0);
    await expect(page.evaluate('typeof window.__pwned')).resolves.toBe('undefined');
    // The offending span is highlighted.
    await expect(row(comment.id).locator('mark').first().textContent()).resolves.toBe('HOLDME');
  });

  it('When a dashboard key signs in, then it sees only the dashboard, and the review API refuses its session', async () => {
    await signIn(KEYS.dashboard);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await expect(page.getByRole('link', { name: 'Queue' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Word lists' }).count()).resolves.toBe(0);

    await page.goto(`${service.baseUrl}/ui#/queue`);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await expect(page.locator('[data-comment-id]').count()).resolves.toBe(0);
    const status = await page.evaluate(async () => (await fetch('/v1/review/comments')).status);
    expect(status).toBe(403);
    await page.locator('[data-stat="comments.held"]').waitFor();
  });

  it('When a moderator signs out, then the session is over and the page asks for a key again', async () => {
    await signIn(KEYS.anna);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    // The session cookie is HttpOnly: scripts never see it, and the key is nowhere in the page's storage.
    await expect(page.evaluate('document.cookie')).resolves.toBe('');
    await expect(page.evaluate('localStorage.length + sessionStorage.length')).resolves.toBe(0);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    const status = await page.evaluate(async () => (await fetch('/v1/review/comments')).status);
    expect(status).toBe(401);
  });

  it('When a moderator opens bull-board with the console session, then it shows the moderation queue', async () => {
    await signIn(KEYS.anna);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto(`${service.baseUrl}/admin/queues`);
    await page.getByText('moderation', { exact: true }).first().waitFor();
  });

  it('When two rows are ticked with x and a is pressed, then both are approved in one bulk decision', async () => {
    const first = await held('HOLDME bulk one');
    const second = await held('HOLDME bulk two');
    await signIn(KEYS.anna);
    await row(first.id).click();
    await page.keyboard.press('x');
    // Ticking by mouse works too, and the keys still work with the checkbox focused.
    await row(second.id).getByRole('checkbox').check();
    await page.getByText('2 ticked').waitFor();
    await page.keyboard.press('a');
    await page.getByText('Approved 2 of 2.').waitFor();
    for (const id of [first.id, second.id]) {
      const { body } = await service.request<Comment>('GET', `/v1/comments/${id}`, { key: KEYS.anna });
      expect(body.decision).toMatchObject({ by: 'anna', status: 'approved' });
    }
  });

  it('When c, h and ? are pressed, then the claim shows, the history opens beside the row and the keys are listed', async () => {
    const comment = await held('HOLDME claim and history');
    await signIn(KEYS.anna);
    await row(comment.id).click();
    await page.keyboard.press('c');
    await row(comment.id).getByText('claimed by you').waitFor();
    const byBen = await service.request('POST', `/v1/review/comments/${comment.id}/claim`, { key: KEYS.ben });
    expect(byBen.status).toBe(409);

    await page.keyboard.press('h');
    const history = page.getByRole('complementary', { name: `History of comment ${comment.id}` });
    await history.getByText('pending → held').waitFor();
    await page.keyboard.press('?');
    await page.getByRole('complementary', { name: 'Keyboard shortcuts' }).getByText('tick for a bulk decision').waitFor();
    await row(comment.id).getByRole('button', { name: 'Release claim' }).click();
    await row(comment.id).getByText('unclaimed').waitFor();
    expect((await service.request('POST', `/v1/review/comments/${comment.id}/claim`, { key: KEYS.ben })).status).toBe(200);
  });

  it('When a term is added on the word-list page, then the API lists it; removed, it is gone', async () => {
    await signIn(KEYS.anna);
    await page.getByRole('link', { name: 'Word lists' }).click();
    await page.getByLabel('Term').fill('browserterm');
    await page.getByRole('button', { name: 'Add' }).click();
    const section = page.getByRole('region', { name: 'watched list' });
    await section.getByRole('cell', { name: 'browserterm' }).waitFor();
    type Lists = { entries: { list: string; term: string; addedBy: string }[] };
    const listed = await service.request<Lists>('GET', '/v1/word-lists', { key: KEYS.anna });
    expect(listed.body.entries).toContainEqual(expect.objectContaining({ list: 'watched', term: 'browserterm', addedBy: 'anna' }));

    await section.getByRole('row', { name: /browserterm/ }).getByRole('button', { name: 'Remove' }).click();
    await section.getByRole('cell', { name: 'browserterm' }).waitFor({ state: 'detached' });
    const after = await service.request<Lists>('GET', '/v1/word-lists', { key: KEYS.anna });
    expect(after.body.entries.some((entry) => entry.term === 'browserterm')).toBe(false);
  });

  it('When a comment is held while the dashboard is open, then its count follows without a reload', async () => {
    await signIn(KEYS.dashboard);
    const cell = page.locator('[data-stat="comments.held"]');
    await cell.waitFor();
    const before = Number(await cell.textContent());
    await held('HOLDME while the dashboard watches');
    await waitFor(async () => Number(await cell.textContent()) === before + 1, { what: 'the dashboard to poll the new count', timeoutMs: 15_000 });
  });

  it('When the session ends elsewhere, then the next request brings back the sign-in form', async () => {
    await signIn(KEYS.anna);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    // Signed out from another tab: the session is gone in Redis, this page does not know yet.
    const csrfToken = await page.evaluate(async () => ((await (await fetch('/v1/console/session')).json()) as { csrfToken: string }).csrfToken);
    expect((await page.evaluate(async (token) => (await fetch('/v1/console/session', { method: 'DELETE', headers: { 'X-CSRF-Token': token } })).status, csrfToken))).toBe(204);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByLabel('API key').waitFor();
  });

  it('When a moderator rejects with the mouse only, then the reason is picked from buttons and the note goes with it', async () => {
    const comment = await held('HOLDME rejected by mouse');
    await signIn(KEYS.anna);
    await row(comment.id).click();
    await row(comment.id).getByLabel('Note').fill('doxxing a neighbour');
    await row(comment.id).getByRole('button', { name: 'Reject (r)' }).click();
    await page.getByRole('button', { name: '6 personal_data' }).click();
    const rejected = await waitFor(
      async () => {
        const { body } = await service.request<Comment>('GET', `/v1/comments/${comment.id}`, { key: KEYS.anna });
        return body.status === 'rejected' ? body : undefined;
      },
      { what: 'the comment to be rejected' },
    );
    expect(rejected.decision?.reasons[0]).toMatchObject({ rule: 'moderator', code: 'personal_data', note: 'doxxing a neighbour' });
  });
});
