/**
 * The only module that reads the environment. Every setting is validated at start; a bad value stops the
 * service with one message that names every bad setting at once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { FAILURE_POLICIES, type FailurePolicy } from '../src/scoring/scorer-chain';
import { ATTRIBUTES, LANGUAGES, ROLES, type Policy, type Role } from '../src/domain';

/** An API key as configured: who holds it and what they may do. The key itself is kept only as a hash. */
export interface ApiKeyConfig {
  role: Role;
  name: string;
  /** sha256 of the key. */
  keyHash: Buffer;
}

export const SCORER_NAMES = ['local', 'perspective', 'openai'] as const;
export type ScorerName = (typeof SCORER_NAMES)[number];

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Unset in local mode (`npm start`), which then runs an embedded redis-server. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key the service writes (comments, indexes, BullMQ's queue). */
  redisKeyPrefix: string;
  embeddedRedis: { dir: string; port: number | undefined };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  apiKeys: ApiKeyConfig[];
  usingDevelopmentKeys: boolean;
  queue: {
    name: string;
    attempts: number;
    backoffMs: number;
    /** Completed jobs kept (for a short look-back); older ones are removed so Redis stays bounded. */
    keepCompleted: number;
    keepFailed: number;
    /** Most comments one job carries: a backlog is handed over in full jobs, a trickle in jobs of one. */
    maxCommentsPerJob: number;
  };
  worker: {
    concurrency: number;
    /** A comment still pending after this long is enqueued again (closes the gap between record and job). */
    reenqueuePendingAfterMs: number;
    sweepIntervalMs: number;
    shutdownTimeoutMs: number;
    /** A job whose worker stops renewing its lock this long is taken over by another worker. */
    lockDurationMs: number;
    stalledIntervalMs: number;
  };
  policy: Policy;
  policyFile: string;
  review: { claimLeaseMs: number };
  /** Readers' reports and appeals (EU DSA Art. 16, 20). */
  reports: {
    /** Open non-illegal reports from distinct readers that put a published comment on the reported queue (an `illegal` one does at once). */
    reportsToReview: number;
    /** Open reports that hide an approved comment (status `reported`) until a moderator decides; 0: never. */
    reportsToHide: number;
    /** How long a decision may be appealed: six months (DSA Art. 20(1)). */
    appealWindowMonths: number;
  };
  /** Approved and rejected comments (record, trail, externalId) are removed this long after their latest decision; 0: kept. */
  comments: { decidedRetentionMs: number };
  wordLists: { refreshMs: number };
  /** Per-article policies: each process checks for changes at most this often. */
  articles: { refreshMs: number };
  /** The author and form rules (moderation phases). */
  authorRules: {
    /** HOLD_LINKS: hold comments with links outside `linkAllowDomains`. */
    holdLinks: boolean;
    /** Domains whose links pass (subdomains included), lower case. */
    linkAllowDomains: string[];
    /** An author's first this many comments are held; 0: off. */
    newAuthorHolds: number;
    /** An author with at least 5 decided comments in 30 days, this share of them rejected, is held. */
    rejectRate: number;
  };
  /**
   * Decision events are written for every final decision whatever `urls` says (so it does not matter which
   * process decided); processes with `urls` relay and deliver them. The outbox keeps the newest `outboxMaxEvents`.
   */
  webhooks: { urls: string[]; secret: string | undefined; timeoutMs: number; attempts: number; backoffMs: number; outboxMaxEvents: number };
  http: {
    /** Origins allowed to call the API from browsers (comment widgets). Empty: no CORS headers. */
    corsOrigins: string[];
    /** Intake requests per minute per API key and per author (0: no limit). Shared by all API processes. */
    intakePerKeyPerMinute: number;
    intakePerAuthorPerMinute: number;
  };
  scorers: {
    chain: ScorerName[];
    failurePolicy: FailurePolicy;
    localModelPath: string | undefined;
    /**
     * German P(offensive) from which the local scorer holds a plain statement about a named group (1: never; unset:
     * the scorer's default, 0.4). See the README's model card: it catches hate the lists miss and holds some neutral
     * talk about groups.
     */
    localGroupStatementFrom: number | undefined;
    /** How long a shut-down scorer is skipped before one comment probes it again. */
    downForMs: number;
    /** The longest a comment waits for a remote scorer's quota before it is held (`scorer_unavailable`). */
    maxQuotaWaitMs: number;
    perspective: { apiKey: string | undefined; url: string; timeoutMs: number; qps: number; maxWaitMs: number };
    openai: { apiKey: string | undefined; baseUrl: string; timeoutMs: number; model: string; qps: number };
  };
  /** The Perspective-compatible API (`/v1alpha1/comments:analyze`, `:suggestscore`), scored in the API process. */
  perspectiveApi: {
    /** PERSPECTIVE_API: `on`/`off`; unset: on in local mode (`npm start`), off for the standalone API process. */
    enabled: boolean | undefined;
    /** Analyze requests per minute per API key (0: no limit). Shared by all API processes. */
    perKeyPerMinute: number;
    /** Moderator feedback (suggestscore) kept for threshold calibration: the newest this many entries. */
    feedbackMaxEntries: number;
    /** Keep the comment text with the feedback; off by default (it is readers' text). */
    feedbackStoreText: boolean;
  };
  /** The moderator console's browser sessions (`/ui`). */
  console: {
    /** A session ends after this long without a request (sliding expiry). */
    sessionTtlMs: number;
    /** The cookie's Secure flag: on in production (HTTPS), off otherwise so that http://localhost works. */
    cookieSecure: boolean;
    /** Console sign-in attempts per minute per client address (0: no limit). */
    signInPerMinute: number;
  };
  /** Port of the worker process's `/metrics` endpoint; unset: none (the API serves its own on `/metrics`). */
  metricsPort: number | undefined;
  /**
   * Shadow mode: a second scorer chain and/or policy run beside the live one on every comment, recorded with the
   * comment and never acted upon. Off when `chain` is empty and `policy` is null.
   */
  shadow: {
    /** SHADOW_SCORERS; empty: the shadow reuses the live scores (and only the policy differs). */
    chain: ScorerName[];
    /** SHADOW_POLICY_FILE, validated like POLICY_FILE; null: the live policy. */
    policy: Policy | null;
    policyFile: string | undefined;
    /** A shadow that takes longer is recorded as a `timeout` error; the live decision never waits for it. */
    timeoutMs: number;
    /** Most shadow runs a worker keeps in flight; beyond that a comment's shadow is skipped (recorded as an error). */
    maxInFlight: number;
    /** Shadow summaries (the report's index) are kept this long and at most `indexMaxEntries` of them. */
    retentionMs: number;
    indexMaxEntries: number;
    /** The most summaries one report reads (newest first); the response says when it stopped there. */
    reportMaxScan: number;
  };
  /** Moderators' decisions kept for threshold calibration (and the shadow report's precision and recall). */
  calibration: { maxDecisions: number; retentionMs: number };
  /** Coral Talk's external moderation phase (`/v1/integrations/coral/moderation`). */
  coral: {
    /** Coral's signing secrets (more than one while rotating); empty: the route answers 404. */
    signingSecrets: string[];
  };
}

export const DEVELOPMENT_API_KEYS =
  'intake:dev-widget:dev-intake-key,moderator:dev-moderator:dev-moderator-key,dashboard:dev-dashboard:dev-dashboard-key,analyze:dev-analyzer:dev-analyze-key';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

const int = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** A quota in requests per second: positive, fractions allowed (0.5 = one request every two seconds). */
/** A comma-separated list (blanks around and between items ignored), each item checked by `item`; unset: empty. */
const commaSeparated = (item: z.ZodType<string, string>) =>
  z
    .string()
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0))
    .pipe(z.array(item))
    .default([]);

const requestsPerSecond = z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, 'must be a positive number')
    .transform(Number)
    .pipe(z.number().positive().max(10_000));

const number01 = z.number().min(0).max(1);
const thresholdSchema = z
  .strictObject({ hold: number01, reject: number01 })
  .refine((t) => t.hold <= t.reject, { message: 'hold must not exceed reject' });
const thresholdsSchema = z.partialRecord(z.enum(ATTRIBUTES), thresholdSchema);
const policySchema = z.strictObject({
  $comment: z.string().optional(),
  defaults: thresholdsSchema,
  languages: z.partialRecord(z.enum(LANGUAGES), thresholdsSchema).default({}),
});

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_{}-]{1,32}$/, 'letters, digits, _ - { } only (1..32)')
    .default('mod'),
  EMBEDDED_REDIS_DIR: z.string().min(1).default('./data/redis'),
  EMBEDDED_REDIS_PORT: int(1, 65535).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  API_KEYS: z.string().optional(),
  QUEUE_NAME: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ - only').default('moderation'),
  JOB_ATTEMPTS: int(1, 100).default(5),
  JOB_BACKOFF_MS: int(10, 3_600_000).default(1000),
  QUEUE_KEEP_COMPLETED: int(0, 1_000_000).default(1000),
  QUEUE_KEEP_FAILED: int(0, 1_000_000).default(5000),
  JOB_MAX_COMMENTS: int(1, 100).default(16),
  WORKER_CONCURRENCY: int(1, 1000).default(32),
  PENDING_REENQUEUE_AFTER_MS: int(1000, 86_400_000).default(300_000),
  PENDING_SWEEP_INTERVAL_MS: int(1000, 86_400_000).default(60_000),
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(10_000),
  WORKER_LOCK_DURATION_MS: int(1000, 600_000).default(10_000),
  WORKER_STALLED_INTERVAL_MS: int(1000, 600_000).default(5000),
  POLICY_FILE: z.string().min(1).optional(),
  SCORERS: z.string().default('local'),
  SCORER_FAILURE_POLICY: z.enum(FAILURE_POLICIES).default('fallback'),
  LOCAL_MODEL_PATH: z.string().min(1).optional(),
  LOCAL_GROUP_STATEMENT_FROM: z
    .string()
    .trim()
    .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'must be a number from 0 to 1')
    .transform(Number)
    .optional(),
  PERSPECTIVE_API_KEY: z.string().min(1).optional(),
  PERSPECTIVE_URL: z.url({ protocol: /^https?$/ }).default('https://commentanalyzer.googleapis.com'),
  PERSPECTIVE_TIMEOUT_MS: int(1, 120_000).default(5000),
  PERSPECTIVE_QPS: requestsPerSecond.default(1),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://api.openai.com'),
  OPENAI_TIMEOUT_MS: int(1, 120_000).default(5000),
  OPENAI_MODERATION_MODEL: z.string().min(1).default('omni-moderation-latest'),
  OPENAI_QPS: requestsPerSecond.default(50),
  PERSPECTIVE_MAX_WAIT_MS: int(0, 60_000).default(1500),
  SCORER_DOWN_MINUTES: int(1, 1440).default(5),
  SCORER_MAX_QUOTA_WAIT_MS: int(0, 86_400_000).default(900_000),
  CLAIM_LEASE_MS: int(1000, 86_400_000).default(300_000),
  REPORTS_TO_REVIEW: int(1, 1_000_000).default(3),
  REPORTS_TO_HIDE: int(0, 1_000_000).default(0),
  // The EU Digital Services Act (Art. 20) lets readers contest a decision for six months.
  DECIDED_RETENTION_DAYS: int(0, 3650).default(180),
  WORD_LIST_REFRESH_MS: int(100, 600_000).default(2000),
  ARTICLE_POLICY_REFRESH_MS: int(100, 600_000).default(2000),
  HOLD_LINKS: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  LINK_ALLOW_DOMAINS: commaSeparated(
    z
      .string()
      .transform((d) => d.toLowerCase().replace(/^\*?\./, ''))
      .pipe(z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'each entry must be a domain such as example.ch (no scheme, no path)')),
  ),
  NEW_AUTHOR_HOLDS: int(0, 100).default(0),
  AUTHOR_REJECT_RATE: z
    .string()
    .trim()
    .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'must be a number from 0 to 1')
    .transform(Number)
    .default(0.5),
  WEBHOOK_URLS: commaSeparated(z.url({ protocol: /^https?$/, error: 'each URL must be http(s)' })),
  WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  WEBHOOK_TIMEOUT_MS: int(100, 60_000).default(5000),
  WEBHOOK_ATTEMPTS: int(1, 100).default(10),
  WEBHOOK_BACKOFF_MS: int(10, 3_600_000).default(1000),
  WEBHOOK_OUTBOX_MAX_EVENTS: int(1, 10_000_000).default(10_000),
  CORS_ORIGINS: commaSeparated(z.string().regex(/^https?:\/\/[^/\s]+$/, 'each origin must look like https://example.ch (no path)')),
  INTAKE_RATE_LIMIT_PER_KEY: int(0, 10_000_000).default(6000),
  INTAKE_RATE_LIMIT_PER_AUTHOR: int(0, 10_000_000).default(20),
  PERSPECTIVE_API: z.enum(['on', 'off'], { error: 'must be on or off' }).optional(),
  ANALYZE_RATE_LIMIT_PER_KEY: int(0, 10_000_000).default(60_000),
  FEEDBACK_MAX_ENTRIES: int(1, 10_000_000).default(100_000),
  FEEDBACK_STORE_TEXT: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  SHADOW_SCORERS: z.string().optional(),
  SHADOW_POLICY_FILE: z.string().min(1).optional(),
  SHADOW_TIMEOUT_MS: int(1, 600_000).default(3000),
  SHADOW_MAX_IN_FLIGHT: int(1, 100_000).default(500),
  SHADOW_RETENTION_DAYS: int(1, 3650).default(90),
  SHADOW_INDEX_MAX_ENTRIES: int(100, 10_000_000).default(500_000),
  SHADOW_REPORT_MAX_SCAN: int(100, 1_000_000).default(50_000),
  CALIBRATION_MAX_DECISIONS: int(100, 10_000_000).default(50_000),
  CALIBRATION_RETENTION_DAYS: int(1, 3650).default(365),
  CORAL_SIGNING_SECRETS: commaSeparated(z.string().min(16, 'each secret must be at least 16 characters')),
  SESSION_TTL_MINUTES: int(1, 7 * 24 * 60).default(480),
  SIGN_IN_RATE_LIMIT: int(0, 1_000_000).default(30),
  SESSION_COOKIE_SECURE: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  METRICS_PORT: int(0, 65535).optional(),
});

/** sha256 of an API key: keys are compared and kept only as hashes. */
export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** Parses `role:name:key,role:name:key`. Returns problems rather than throwing so that all are reported. */
export function parseApiKeys(value: string): { keys: ApiKeyConfig[]; problems: string[] } {
  const keys: ApiKeyConfig[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const names = new Set<string>();
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .forEach((entry, index) => {
      const [role, name, ...rest] = entry.split(':');
      const key = rest.join(':');
      const where = `API_KEYS entry ${index + 1}`;
      if (!role || !(ROLES as readonly string[]).includes(role)) {
        problems.push(`${where}: role must be one of ${ROLES.join(', ')} (format role:name:key)`);
        return;
      }
      if (!name || !/^[A-Za-z0-9._@-]{1,64}$/.test(name)) {
        problems.push(`${where}: name must be 1..64 letters, digits, . _ @ - (format role:name:key)`);
        return;
      }
      if (key.length < 12) {
        problems.push(`${where} (${name}): key must be at least 12 characters`);
        return;
      }
      if (seen.has(key)) {
        problems.push(`${where} (${name}): the same key is configured twice`);
        return;
      }
      // Claims, the audit trail, idempotency and rate limits go by name: two keys with one name would be one person.
      if (names.has(name)) {
        problems.push(`${where} (${name}): the name is already used by another key; give each key its own name`);
        return;
      }
      seen.add(key);
      names.add(name);
      keys.push({ role: role as Role, name, keyHash: hashApiKey(key) });
    });
  if (keys.length === 0 && problems.length === 0) problems.push('API_KEYS: no keys given');
  return { keys, problems };
}

/** The directory that holds package.json, found from this file whether it runs from sources or dist/. */
export function projectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i += 1) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = resolve(dir, '..');
  }
  return process.cwd();
}

/** Reads and validates a policy file (config/policy.json by default); throws {@link ConfigError} naming each problem. */
export function loadPolicyFile(file: string = join(projectRoot(), 'config', 'policy.json')): Policy {
  const problems: string[] = [];
  const policy = loadPolicy(file, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return policy;
}

function loadPolicy(file: string, problems: string[], setting = 'POLICY_FILE'): Policy {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${setting} (${file}): cannot be read as JSON: ${(error as Error).message}`);
    return { defaults: {}, languages: {} };
  }
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${setting} (${file}) at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return { defaults: {}, languages: {} };
  }
  return { defaults: parsed.data.defaults, languages: parsed.data.languages };
}

/** Parses a comma list of scorer names (SCORERS, SHADOW_SCORERS), adding a problem for each bad or missing piece. */
function scorerChain(setting: string, value: string, problems: string[], e: { PERSPECTIVE_API_KEY?: string | undefined; OPENAI_API_KEY?: string | undefined }): ScorerName[] {
  const chain = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  const badScorers = chain.filter((s) => !(SCORER_NAMES as readonly string[]).includes(s));
  if (badScorers.length > 0) problems.push(`${setting}: unknown scorer(s) ${badScorers.join(', ')}; known: ${SCORER_NAMES.join(', ')}`);
  if (new Set(chain).size !== chain.length) problems.push(`${setting}: a scorer is named twice`);
  if (chain.includes('perspective') && !e.PERSPECTIVE_API_KEY) problems.push(`PERSPECTIVE_API_KEY: required when ${setting} includes perspective`);
  if (chain.includes('openai') && !e.OPENAI_API_KEY) problems.push(`OPENAI_API_KEY: required when ${setting} includes openai`);
  return chain as ScorerName[];
}

/**
 * Reads and validates the configuration. Throws a ConfigError listing every bad setting.
 * Empty strings count as unset, as in most deployment tools.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const problems: string[] = [];
  // Each setting is parsed on its own, so one bad value neither hides the others nor their checks below.
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(envSchema.shape)) {
    const result = (schema as z.ZodType).safeParse(cleaned[name]);
    if (result.success) {
      values[name] = result.data;
    } else {
      // Only the setting's name and the rule: values are never echoed, since URLs and lists often carry tokens
      // (a WEBHOOK_URLS query string, a password in REDIS_URL) that would end up in start-up logs.
      problems.push(`${name}: ${result.error.issues.map((issue) => issue.message).join('; ')}`);
      values[name] = (schema as z.ZodType).safeParse(undefined).data;
    }
  }
  const e = values as z.infer<typeof envSchema>;

  const usingDevelopmentKeys = e.API_KEYS === undefined;
  const { keys: apiKeys, problems: keyProblems } = parseApiKeys(e.API_KEYS ?? DEVELOPMENT_API_KEYS);
  problems.push(...keyProblems);
  if (usingDevelopmentKeys && e.NODE_ENV === 'production') {
    problems.push('API_KEYS: must be set when NODE_ENV=production (the development keys are public)');
  }

  const chain = scorerChain('SCORERS', e.SCORERS, problems, e);
  if (chain.length === 0) problems.push('SCORERS: name at least one scorer');
  const shadowChain = e.SHADOW_SCORERS === undefined ? [] : scorerChain('SHADOW_SCORERS', e.SHADOW_SCORERS, problems, e);

  if (e.WEBHOOK_URLS.length > 0 && !e.WEBHOOK_SECRET) problems.push('WEBHOOK_SECRET: required when WEBHOOK_URLS is set (receivers verify the signature with it)');

  const root = projectRoot();
  const policyFile = e.POLICY_FILE ? (isAbsolute(e.POLICY_FILE) ? e.POLICY_FILE : resolve(e.POLICY_FILE)) : join(root, 'config', 'policy.json');
  const policy = loadPolicy(policyFile, problems);
  const shadowPolicyFile = e.SHADOW_POLICY_FILE === undefined ? undefined : isAbsolute(e.SHADOW_POLICY_FILE) ? e.SHADOW_POLICY_FILE : resolve(e.SHADOW_POLICY_FILE);
  const shadowPolicy = shadowPolicyFile === undefined ? null : loadPolicy(shadowPolicyFile, problems, 'SHADOW_POLICY_FILE');

  if (problems.length > 0) throw new ConfigError(problems);

  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    embeddedRedis: { dir: resolve(e.EMBEDDED_REDIS_DIR), port: e.EMBEDDED_REDIS_PORT },
    logLevel: e.LOG_LEVEL,
    apiKeys,
    usingDevelopmentKeys,
    queue: {
      name: e.QUEUE_NAME,
      attempts: e.JOB_ATTEMPTS,
      backoffMs: e.JOB_BACKOFF_MS,
      keepCompleted: e.QUEUE_KEEP_COMPLETED,
      keepFailed: e.QUEUE_KEEP_FAILED,
      maxCommentsPerJob: e.JOB_MAX_COMMENTS,
    },
    worker: {
      concurrency: e.WORKER_CONCURRENCY,
      reenqueuePendingAfterMs: e.PENDING_REENQUEUE_AFTER_MS,
      sweepIntervalMs: e.PENDING_SWEEP_INTERVAL_MS,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
      lockDurationMs: e.WORKER_LOCK_DURATION_MS,
      stalledIntervalMs: e.WORKER_STALLED_INTERVAL_MS,
    },
    policy,
    policyFile,
    review: { claimLeaseMs: e.CLAIM_LEASE_MS },
    reports: { reportsToReview: e.REPORTS_TO_REVIEW, reportsToHide: e.REPORTS_TO_HIDE, appealWindowMonths: 6 },
    comments: { decidedRetentionMs: e.DECIDED_RETENTION_DAYS * 86_400_000 },
    wordLists: { refreshMs: e.WORD_LIST_REFRESH_MS },
    articles: { refreshMs: e.ARTICLE_POLICY_REFRESH_MS },
    authorRules: {
      holdLinks: e.HOLD_LINKS === 'true',
      linkAllowDomains: e.LINK_ALLOW_DOMAINS,
      newAuthorHolds: e.NEW_AUTHOR_HOLDS,
      rejectRate: e.AUTHOR_REJECT_RATE,
    },
    webhooks: { urls: e.WEBHOOK_URLS, secret: e.WEBHOOK_SECRET, timeoutMs: e.WEBHOOK_TIMEOUT_MS, attempts: e.WEBHOOK_ATTEMPTS, backoffMs: e.WEBHOOK_BACKOFF_MS,
      outboxMaxEvents: e.WEBHOOK_OUTBOX_MAX_EVENTS,
    },
    http: { corsOrigins: e.CORS_ORIGINS, intakePerKeyPerMinute: e.INTAKE_RATE_LIMIT_PER_KEY, intakePerAuthorPerMinute: e.INTAKE_RATE_LIMIT_PER_AUTHOR },
    scorers: {
      chain: chain as ScorerName[],
      failurePolicy: e.SCORER_FAILURE_POLICY,
      localModelPath: e.LOCAL_MODEL_PATH,
      localGroupStatementFrom: e.LOCAL_GROUP_STATEMENT_FROM,
      downForMs: e.SCORER_DOWN_MINUTES * 60_000,
      maxQuotaWaitMs: e.SCORER_MAX_QUOTA_WAIT_MS,
      perspective: { apiKey: e.PERSPECTIVE_API_KEY, url: e.PERSPECTIVE_URL, timeoutMs: e.PERSPECTIVE_TIMEOUT_MS, qps: e.PERSPECTIVE_QPS, maxWaitMs: e.PERSPECTIVE_MAX_WAIT_MS },
      openai: { apiKey: e.OPENAI_API_KEY, baseUrl: e.OPENAI_BASE_URL, timeoutMs: e.OPENAI_TIMEOUT_MS, model: e.OPENAI_MODERATION_MODEL, qps: e.OPENAI_QPS },
    },
    perspectiveApi: {
      enabled: e.PERSPECTIVE_API === undefined ? undefined : e.PERSPECTIVE_API === 'on',
      perKeyPerMinute: e.ANALYZE_RATE_LIMIT_PER_KEY,
      feedbackMaxEntries: e.FEEDBACK_MAX_ENTRIES,
      feedbackStoreText: e.FEEDBACK_STORE_TEXT === 'true',
    },
    console: {
      sessionTtlMs: e.SESSION_TTL_MINUTES * 60_000,
      cookieSecure: e.SESSION_COOKIE_SECURE === undefined ? e.NODE_ENV === 'production' : e.SESSION_COOKIE_SECURE === 'true',
      signInPerMinute: e.SIGN_IN_RATE_LIMIT,
    },
    metricsPort: e.METRICS_PORT,
    shadow: {
      chain: shadowChain,
      policy: shadowPolicy,
      policyFile: shadowPolicyFile,
      timeoutMs: e.SHADOW_TIMEOUT_MS,
      maxInFlight: e.SHADOW_MAX_IN_FLIGHT,
      retentionMs: e.SHADOW_RETENTION_DAYS * 86_400_000,
      indexMaxEntries: e.SHADOW_INDEX_MAX_ENTRIES,
      reportMaxScan: e.SHADOW_REPORT_MAX_SCAN,
    },
    calibration: { maxDecisions: e.CALIBRATION_MAX_DECISIONS, retentionMs: e.CALIBRATION_RETENTION_DAYS * 86_400_000 },
    coral: { signingSecrets: e.CORAL_SIGNING_SECRETS },
  };
}
