import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { keywordScoring } from '../support/keyword-scorer';
import { startService, type ServiceHarness } from '../support/service-harness';

/** Debian's Chromium (`apt-get install chromium`); .ci/run installs it when it is missing. */
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

export const KEYS = {
  intake: 'intake-key-0123456789',
  anna: 'anna-key-0123456789',
  ben: 'ben-key-01234567890',
  dashboard: 'dash-key-0123456789',
};

/** A test's service and page, with the console's own steps on them. */
export interface ConsoleBrowser {
  service: ServiceHarness;
  page: Page;
  signIn(key: string): Promise<void>;
  /** A held/reported/appealed row by its comment id. */
  row(id: string): ReturnType<Page['locator']>;
  /** Waits until the row is the selected one (the console re-renders after focus and clicks). */
  selected(id: string): Promise<void>;
}

/**
 * Registers, in the calling describe block, the service (keyword scorer, the four keys of {@link KEYS} and `env`)
 * and Debian's Chromium for all its tests, a fresh page per test, and after each test a screenshot (named
 * `screenshotPrefix` + the test's name) and a failure on any page error or anything the console's CSP refused.
 * `current()` gives the running test's service and page.
 */
export function consoleBrowser(options: { env?: Record<string, string>; screenshotPrefix?: string } = {}): { current(): ConsoleBrowser } {
  let service: ServiceHarness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium), as .ci/run does`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    [service, browser] = await Promise.all([
      startService({
        overrides: { scoring: keywordScoring() },
        env: { API_KEYS: `intake:site:${KEYS.intake},moderator:anna:${KEYS.anna},moderator:ben:${KEYS.ben},dashboard:grafana:${KEYS.dashboard}`, ...options.env },
      }),
      chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] }),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The console must work under its own CSP: anything it refuses on /ui is a bug (bull-board's font link is not ours).
    page.on('console', (message) => {
      if (message.type() === 'error' && page.url().includes('/ui') && /Content Security Policy/.test(message.text())) pageErrors.push(message.text());
    });
  });
  afterEach(async () => {
    const name = expect.getState().currentTestName?.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 80) ?? 'test';
    await page.screenshot({ path: join(SCREENSHOTS, `${options.screenshotPrefix ?? ''}${name}.png`), fullPage: true });
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  return {
    current: () => ({
      service,
      page,
      signIn: async (key) => {
        await page.goto(`${service.baseUrl}/ui`);
        await page.getByLabel('API key').fill(key);
        await page.getByRole('button', { name: 'Sign in' }).click();
      },
      row: (id) => page.locator(`[data-comment-id="${id}"]`),
      selected: (id) => page.locator(`[data-comment-id="${id}"][aria-selected="true"]`).waitFor(),
    }),
  };
}
