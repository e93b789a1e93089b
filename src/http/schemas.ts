import { z } from 'zod';
import { REASON_CODES } from '../review/statement-of-reasons';
import { WORD_LISTS } from '../word-lists/word-list-store';
import { ARTICLE_MODES } from '../articles/article-policy-store';
import { ATTRIBUTES, LANGUAGES, REPORT_REASONS, REVIEW_QUEUES, type Language } from '../domain';

/** Printable text: no C0/C1 control characters (tabs and line breaks allowed) and no lone surrogates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const noControl = (s: string) => !CONTROL.test(s);
// Identifiers end up in keys, URLs and logs: no control characters at all, not even tabs or line breaks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const wellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();

const identifier = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !ANY_CONTROL.test(s), 'must not contain control characters (tabs and line breaks included)')
    .refine(wellFormed, 'must be well-formed Unicode');

export const TEXT_MAX_CHARACTERS = 5000;

/** Maps a BCP 47 tag (de, de-CH, fr-CH, gsw …) onto the languages we moderate. */
export function toLanguage(tag: string): Language {
  const base = tag.toLowerCase().split('-')[0];
  if (base === 'gsw') return 'de'; // Swiss German
  return base === 'de' || base === 'fr' || base === 'it' || base === 'en' ? base : 'other';
}

export const submitCommentSchema = z.strictObject({
  articleId: identifier(200),
  text: z
    .string()
    .refine(wellFormed, 'must be well-formed Unicode')
    .refine(noControl, 'must not contain control characters other than tab and line breaks')
    .refine((s) => s.trim().length >= 1, 'must not be empty or only white space')
    .refine((s) => [...s.trim()].length <= TEXT_MAX_CHARACTERS, `must be at most ${TEXT_MAX_CHARACTERS} characters after trimming`),
  author: z.strictObject({
    id: identifier(200),
    name: identifier(100).optional(),
    /** Staff or verified readers, as the site knows them: the author and form rules skip them. */
    trusted: z.boolean({ error: 'must be true or false' }).optional(),
  }),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as de, de-CH, fr, it or en')
    .max(35)
    .transform(toLanguage)
    .optional(),
  externalId: identifier(200).optional(),
  parentId: identifier(200).optional(),
  metadata: z
    .unknown()
    // Checked on the raw object: zod's record quietly skips a `__proto__` key, and a refused key is clearer.
    .refine((m) => typeof m !== 'object' || m === null || !Object.keys(m).some((k) => RESERVED_KEYS.has(k)), 'keys __proto__, constructor and prototype are reserved')
    .pipe(
      z
        .record(
      z
        .string()
        .min(1)
        .max(64)
        .refine((k) => !ANY_CONTROL.test(k), 'keys must not contain control characters')
        .refine((k) => !RESERVED_KEYS.has(k), 'is a reserved name'),
          z.union([z.string().max(1000).refine(noControl), z.number(), z.boolean(), z.null()]),
        )
        .refine((m) => Object.keys(m).length <= 20, 'at most 20 keys'),
    )
    .optional(),
});

export const commentIdSchema = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a comment id') });

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const listHeldQuerySchema = z.strictObject({
  status: z.literal('held', { error: 'must be held, reported or appealed' }).default('held'),
  articleId: identifier(200).optional(),
  language: z.enum(LANGUAGES).optional(),
  attribute: z.enum(ATTRIBUTES).optional(),
  minAgeSeconds: wholeNumber(0, 10 * 365 * 86_400).optional(),
  maxAgeSeconds: wholeNumber(0, 10 * 365 * 86_400).optional(),
  sort: z.enum(['age', 'risk']).default('age'),
  limit: wholeNumber(1, 100).default(20),
  cursor: z.string().min(1).max(500).optional(),
});

const note = z.string().max(2000).refine(noControl, 'must not contain control characters');

export const decisionSchema = z.strictObject({
  decision: z.enum(['approve', 'reject'], { error: 'must be "approve" or "reject"' }),
  reasonCode: z.enum(REASON_CODES).optional(),
  note: note.optional(),
  /** The version of the comment the moderator saw. */
  version: z.number().int().min(1).optional(),
});

export const bulkDecisionSchema = z.strictObject({
  decisions: z
    .array(decisionSchema.extend({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a comment id') }))
    .min(1, 'send at least one decision')
    .max(100, 'at most 100 decisions per request')
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'each id at most once'),
});

export const wordListParamsSchema = z.strictObject({ list: z.enum(WORD_LISTS) });
export const wordListTermSchema = z.strictObject({
  term: z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(100, 'must be at most 100 characters')
    .refine(noControl, 'must not contain control characters')
    .refine(wellFormed, 'must be well-formed Unicode'),
  /** Omit for a term that applies to every language. */
  language: z.enum(['de', 'fr', 'it', 'en']).optional(),
});
export const wordListDeleteQuerySchema = wordListTermSchema;

export const articleParamsSchema = z.strictObject({ articleId: identifier(200) });

const probability = z.number({ error: 'must be a number from 0 to 1' }).min(0, 'must be from 0 to 1').max(1, 'must be from 0 to 1');
export const articlePolicySchema = z.strictObject({
  mode: z.enum(ARTICLE_MODES, { error: `must be one of ${ARTICLE_MODES.join(', ')}` }),
  /** Per attribute, like the policy file's thresholds; they override it for this article's comments. */
  thresholds: z
    .partialRecord(
      z.enum(ATTRIBUTES, { error: `must be an attribute: ${ATTRIBUTES.join(', ')}` }),
      z.strictObject({ hold: probability, reject: probability }).refine((t) => t.hold <= t.reject, { message: 'hold must not exceed reject', path: ['hold'] }),
    )
    .refine((t) => Object.keys(t).length > 0, 'give at least one attribute, or leave thresholds out')
    .optional(),
});

// Perspective's wire format (comments:analyze, comments:suggestscore), field names as its JSON mapping spells
// them. Unknown fields are refused as Google refuses them; `context` is accepted and ignored.
const languageTag = z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as de, de-CH, fr, it or en');
const opaque = z.string().max(1000).refine((s) => !ANY_CONTROL.test(s), 'must not contain control characters');
const perspectiveScore = z.strictObject({ value: z.number().min(0).max(1), type: z.literal('PROBABILITY').optional() });
const textEntry = z.strictObject({
  text: z.string({ error: 'comment.text is required' }).refine(wellFormed, 'must be well-formed Unicode'),
  type: z.literal('PLAIN_TEXT', { error: 'only PLAIN_TEXT is supported' }).optional(),
});

/**
 * Google's JSON mapping of protocol buffers accepts each field in its proto spelling too (`requested_attributes`,
 * `score_threshold`, …), and older Perspective samples send those: both are read, as the real API reads them.
 * Attribute names (map keys) are left alone.
 */
function camelCaseFields(value: unknown, mapKeysAt: ReadonlySet<string> = new Set(['requestedAttributes', 'attributeScores']), isMap = false): unknown {
  if (Array.isArray(value)) return value.map((item) => camelCaseFields(item, mapKeysAt));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const name = isMap ? key : key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    // defineProperty: a `__proto__` key stays a key (and is refused as unknown), never a prototype.
    Object.defineProperty(out, name, { value: camelCaseFields(inner, mapKeysAt, !isMap && mapKeysAt.has(name)), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export const analyzeCommentSchema = z.preprocess((body) => camelCaseFields(body), z.strictObject({
  comment: textEntry,
  requestedAttributes: z
    .record(z.string().max(64), z.strictObject({ scoreType: z.literal('PROBABILITY').optional(), scoreThreshold: z.number().min(0).max(1).optional() }), {
      error: 'requestedAttributes is required',
    })
    .refine((r) => Object.keys(r).length <= 20, 'at most 20 attributes'),
  languages: z.array(languageTag).max(10).optional(),
  spanAnnotations: z.boolean().optional(),
  doNotStore: z.boolean().optional(),
  clientToken: opaque.optional(),
  sessionId: opaque.optional(),
  communityId: opaque.optional(),
  dropUnsupportedAttributes: z.boolean().optional(),
  context: z.unknown().optional(),
}));

export const suggestScoreSchema = z.preprocess((body) => camelCaseFields(body), z.strictObject({
  comment: textEntry.optional(),
  attributeScores: z
    .record(
      z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'must be an attribute name such as TOXICITY'),
      z.strictObject({
        summaryScore: perspectiveScore.optional(),
        spanScores: z.array(z.strictObject({ begin: z.number().int().min(0).optional(), end: z.number().int().min(0).optional(), score: perspectiveScore })).max(100).optional(),
      }),
    )
    .refine((r) => Object.keys(r).length <= 20, 'at most 20 attributes'),
  languages: z.array(languageTag).max(10).optional(),
  clientToken: opaque.optional(),
  sessionId: opaque.optional(),
  communityId: opaque.optional(),
  context: z.unknown().optional(),
}));

/** Coral Talk's external moderation request; Coral may add fields, which are ignored. */
export const coralModerationSchema = z.object({
  action: z.enum(['NEW', 'EDIT']),
  comment: z.object({ body: z.string().max(100_000), parentID: z.string().max(200).nullable().optional() }),
  author: z.object({ id: z.string().max(200), role: z.string().max(64) }),
  story: z.object({ id: z.string().max(200), url: z.string().max(2000) }).partial().optional(),
  site: z.object({ id: z.string().max(200) }).partial().optional(),
  tenantID: z.string().max(200).optional(),
  tenantDomain: z.string().max(500).optional(),
  tenant: z.object({ id: z.string().max(200), domain: z.string().max(500) }).partial().optional(),
});

/** A proportion given in a query string, e.g. `0.95`. */
const proportion = (min: number, max: number) =>
  z
    .string()
    .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'must be a number between 0 and 1, such as 0.95')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const shadowReportQuerySchema = z.strictObject({
  since: z
    .string()
    .refine((s) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date or date-time, such as 2026-12-01 or 2026-12-01T08:00:00Z')
    .transform((s) => Date.parse(s))
    .optional(),
  articleId: identifier(200).optional(),
  language: z.enum(LANGUAGES).optional(),
});

export const calibrationQuerySchema = z.strictObject({
  attribute: z.enum(ATTRIBUTES).optional(),
  language: z.enum(LANGUAGES).optional(),
  targetPrecision: proportion(0.5, 1).default(0.95),
  targetRecall: proportion(0.5, 1).default(0.9),
  minSupport: wholeNumber(1, 100_000).default(20),
  scores: z.enum(['live', 'shadow'], { error: 'must be live or shadow' }).default('live'),
});

// Readers' reports and appeals (DSA notice and action, internal complaints).
const readerText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine(noControl, 'must not contain control characters other than tab and line breaks')
    .refine(wellFormed, 'must be well-formed Unicode');

export const submitReportSchema = z
  .strictObject({
    reason: z.enum(REPORT_REASONS, { error: `must be one of ${REPORT_REASONS.join(', ')}` }),
    reporter: z.strictObject({ id: identifier(200), name: identifier(100).optional(), email: z.email('must be an e-mail address').max(254).optional() }),
    explanation: readerText(5000).optional(),
    law: readerText(500).optional(),
    bonaFide: z.boolean().optional(),
  })
  .superRefine((report, ctx) => {
    // DSA Art. 16(2): a notice of illegal content explains why, names the law and confirms good faith.
    if (report.reason !== 'illegal') return;
    if (report.explanation === undefined) ctx.addIssue({ code: 'custom', path: ['explanation'], message: 'is required when reason is illegal: explain why the content is illegal' });
    if (report.law === undefined) ctx.addIssue({ code: 'custom', path: ['law'], message: 'is required when reason is illegal: name the law or legal ground' });
    if (report.bonaFide !== true) ctx.addIssue({ code: 'custom', path: ['bonaFide'], message: 'must be true when reason is illegal: the reporter confirms the notice is made in good faith' });
  });

export const reportIdSchema = z.strictObject({ reportId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a report id') });

export const listQueueQuerySchema = z.strictObject({
  status: z.enum(REVIEW_QUEUES),
  limit: wholeNumber(1, 100).default(20),
  cursor: z.string().min(1).max(500).optional(),
});

const reportDecisionFields = z.strictObject({
  decision: z.enum(['keep', 'remove'], { error: 'must be "keep" or "remove"' }),
  reasonCode: z.enum(REASON_CODES).optional(),
  note: note.optional(),
  legality: z.enum(['legal', 'illegal'], { error: 'must be "legal" or "illegal"' }).optional(),
  legalGround: readerText(500).optional(),
  version: z.number().int().min(1).optional(),
});

function checkReportDecision(d: z.infer<typeof reportDecisionFields>, ctx: z.RefinementCtx): void {
  if (d.decision === 'remove' && d.reasonCode === undefined) ctx.addIssue({ code: 'custom', path: ['reasonCode'], message: 'is required to remove a comment' });
  if (d.legality === 'illegal' && d.legalGround === undefined) ctx.addIssue({ code: 'custom', path: ['legalGround'], message: 'is required with legality "illegal"' });
}

export const reportDecisionSchema = reportDecisionFields.superRefine(checkReportDecision);

export const bulkReportDecisionSchema = z.strictObject({
  decisions: z
    .array(reportDecisionFields.extend({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a comment id') }).superRefine(checkReportDecision))
    .min(1, 'send at least one decision')
    .max(100, 'at most 100 decisions per request')
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'each id at most once'),
});

export const appealSchema = z.strictObject({
  by: z.strictObject({ id: identifier(200) }),
  explanation: readerText(5000),
});

export const appealDecisionSchema = z.strictObject({
  decision: z.enum(['uphold', 'reverse'], { error: 'must be "uphold" or "reverse"' }),
  note: note.optional(),
  reasonCode: z.enum(REASON_CODES).optional(),
  version: z.number().int().min(1).optional(),
});

/** The console's sign-in: the API key is sent once, in the body (never in a URL), and exchanged for a session. */
export const signInSchema = z.strictObject({
  apiKey: z.string().min(1, 'enter an API key').max(256, 'is too long to be an API key'),
});
