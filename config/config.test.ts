import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './index';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('When nothing is set, then the documented defaults and the development keys are used', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.redisUrl).toBeUndefined();
    expect(config.usingDevelopmentKeys).toBe(true);
    expect(config.apiKeys.map((k) => `${k.role}:${k.name}`)).toEqual(['intake:dev-widget', 'moderator:dev-moderator', 'dashboard:dev-dashboard', 'analyze:dev-analyzer']);
    expect(config.scorers.chain).toEqual(['local']);
    // Unset: the entry point decides (local mode on, the standalone API off); no Coral phase without a secret.
    expect(config.perspectiveApi).toEqual({ enabled: undefined, perKeyPerMinute: 60_000, feedbackMaxEntries: 100_000, feedbackStoreText: false });
    expect(config.coral.signingSecrets).toEqual([]);
    expect(config.policy.defaults.INSULT).toEqual({ hold: expect.any(Number), reject: expect.any(Number) });
  });

  it('When the newsroom rules are configured, then they are read, and bad values are named', () => {
    expect(loadConfig({}).authorRules).toEqual({ holdLinks: false, linkAllowDomains: [], newAuthorHolds: 0, rejectRate: 0.5 });
    expect(loadConfig({}).articles).toEqual({ refreshMs: 2000 });
    const config = loadConfig({ HOLD_LINKS: 'true', LINK_ALLOW_DOMAINS: 'NZZ.ch, *.example.org', NEW_AUTHOR_HOLDS: '3', AUTHOR_REJECT_RATE: '0.4', ARTICLE_POLICY_REFRESH_MS: '500' });
    expect(config.authorRules).toEqual({ holdLinks: true, linkAllowDomains: ['nzz.ch', 'example.org'], newAuthorHolds: 3, rejectRate: 0.4 });
    expect(config.articles.refreshMs).toBe(500);
    const problems = problemsOf({ HOLD_LINKS: 'yes', LINK_ALLOW_DOMAINS: 'https://nzz.ch/path', NEW_AUTHOR_HOLDS: '101', AUTHOR_REJECT_RATE: '1.5' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['AUTHOR_REJECT_RATE', 'HOLD_LINKS', 'LINK_ALLOW_DOMAINS', 'NEW_AUTHOR_HOLDS']);
    expect(problems.join('\n')).not.toContain('nzz.ch/path');
  });

  it('When the local scorer\'s group-statement bar is set, then it is read as a number from 0 to 1, and unset it is left to the scorer', () => {
    expect(loadConfig({}).scorers.localGroupStatementFrom).toBeUndefined();
    expect(loadConfig({ LOCAL_GROUP_STATEMENT_FROM: '1' }).scorers.localGroupStatementFrom).toBe(1);
    expect(loadConfig({ LOCAL_GROUP_STATEMENT_FROM: '0.45' }).scorers.localGroupStatementFrom).toBe(0.45);
    expect(problemsOf({ LOCAL_GROUP_STATEMENT_FROM: '1.5' }).map((p) => p.split(':')[0])).toEqual(['LOCAL_GROUP_STATEMENT_FROM']);
  });

  it('When several settings are bad, then one error names every one of them', () => {
    const problems = problemsOf({ PORT: 'abc', WORKER_CONCURRENCY: '0', REDIS_URL: 'http://x', SCORERS: 'local,bogus', LOG_LEVEL: 'loud' });
    const named = problems.map((p) => p.split(':')[0]);
    expect(named).toEqual(expect.arrayContaining(['PORT', 'WORKER_CONCURRENCY', 'REDIS_URL', 'SCORERS', 'LOG_LEVEL']));
  });

  it('When the Perspective-compatible API and Coral are configured, then the settings are read and bad values named without echoing secrets', () => {
    const config = loadConfig({ PERSPECTIVE_API: 'on', FEEDBACK_STORE_TEXT: 'true', CORAL_SIGNING_SECRETS: 'ssc_aaaaaaaaaaaaaaaa, ssc_bbbbbbbbbbbbbbbb', API_KEYS: 'analyze:coral:0123456789abcdef' });
    expect(config.perspectiveApi).toMatchObject({ enabled: true, feedbackStoreText: true });
    expect(config.coral.signingSecrets).toEqual(['ssc_aaaaaaaaaaaaaaaa', 'ssc_bbbbbbbbbbbbbbbb']);
    expect(config.apiKeys.map((k) => k.role)).toEqual(['analyze']);
    expect(loadConfig({ PERSPECTIVE_API: 'off' }).perspectiveApi.enabled).toBe(false);
    const problems = problemsOf({ PERSPECTIVE_API: 'yes', CORAL_SIGNING_SECRETS: 'short-secret' });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['PERSPECTIVE_API', 'CORAL_SIGNING_SECRETS']);
    expect(problems.join('\n')).not.toContain('short-secret');
  });

  it('When a setting that may carry a token is bad, then the setting and the rule are named but its value is not echoed', () => {
    const token = 'tok_9f8e7d6c5b4a3210';
    const problems = problemsOf({
      WEBHOOK_URLS: `https://hooks.example.ch/in?token=${token}, ftp://user:${token}@example.ch/`,
      CORS_ORIGINS: `https://example.ch/${token}`,
      LOG_LEVEL: token,
      PORT: token,
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['PORT', 'LOG_LEVEL', 'WEBHOOK_URLS', 'CORS_ORIGINS']);
    expect(problems.join('\n')).toMatch(/WEBHOOK_URLS: .*each URL must be http\(s\)/);
    expect(problems.join('\n')).not.toContain(token);
  });

  it('When NODE_ENV=production runs on the development keys, then it refuses to start', () => {
    expect(problemsOf({ NODE_ENV: 'production' }).join('\n')).toMatch(/API_KEYS: must be set when NODE_ENV=production/);
    expect(problemsOf({ NODE_ENV: 'production', API_KEYS: 'intake:site:0123456789abcdef' })).toEqual([]);
  });

  it('When API_KEYS has a bad entry, then the entry and the problem are named without echoing the key', () => {
    const problems = problemsOf({ API_KEYS: 'intake:site:0123456789abcdef,admin:root:supersecretvalue,moderator:anna:short' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/entry 2: role must be one of/);
    expect(problems[1]).toMatch(/entry 3 \(anna\): key must be at least 12/);
    expect(problems.join(' ')).not.toMatch(/supersecretvalue|short\b/);
  });

  it('When two keys share a name, then the second is refused: claims and the audit trail go by name', () => {
    const problems = problemsOf({ API_KEYS: 'moderator:anna:0123456789abcdef,moderator:anna:fedcba9876543210' });
    expect(problems).toEqual([expect.stringMatching(/entry 2 \(anna\): the name is already used/)]);
  });

  it('When the policy file has a hold above its reject threshold, then the attribute is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ defaults: { INSULT: { hold: 0.9, reject: 0.5 } }, languages: {} }));
    expect(problemsOf({ POLICY_FILE: file }).join('\n')).toMatch(/defaults\.INSULT.*hold must not exceed reject/);
  });

  it('When a remote scorer is chained without its key, then the missing key is named', () => {
    expect(problemsOf({ SCORERS: 'perspective,local' })).toEqual(['PERSPECTIVE_API_KEY: required when SCORERS includes perspective']);
  });

  it('When shadow settings are wrong, then each is named: unknown or keyless shadow scorers, an invalid shadow policy', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'shadow-policy-')), 'shadow-policy.json');
    writeFileSync(file, JSON.stringify({ defaults: { INSULT: { hold: 2, reject: 1 } } }));
    const problems = problemsOf({ SHADOW_SCORERS: 'local,bogus,openai', SHADOW_POLICY_FILE: file, SHADOW_TIMEOUT_MS: '0' });
    expect(problems).toEqual(
      expect.arrayContaining([
        'SHADOW_SCORERS: unknown scorer(s) bogus; known: local, perspective, openai',
        'OPENAI_API_KEY: required when SHADOW_SCORERS includes openai',
        expect.stringMatching(/^SHADOW_TIMEOUT_MS: /),
        expect.stringMatching(/^SHADOW_POLICY_FILE \(.*shadow-policy\.json\) at defaults\.INSULT\.hold: /),
      ]),
    );
  });

  it('When shadow mode is set, then the chain and policy are read; unset, it is off', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'shadow-policy-')), 'shadow-ok.json');
    writeFileSync(file, JSON.stringify({ defaults: { INSULT: { hold: 0.4, reject: 0.8 } } }));
    const config = loadConfig({ SHADOW_SCORERS: 'local', SHADOW_POLICY_FILE: file });
    expect(config.shadow).toMatchObject({ chain: ['local'], policy: { defaults: { INSULT: { hold: 0.4, reject: 0.8 } }, languages: {} }, policyFile: file, timeoutMs: 3000 });
    expect(loadConfig({}).shadow).toMatchObject({ chain: [], policy: null });
  });
});
