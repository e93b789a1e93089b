/**
 * Proposes hold and reject thresholds from moderators' decisions (and suggestscore feedback) in Redis, the same
 * figures as `GET /v1/calibration`, and writes them as a policy file BESIDE the current one, never over it:
 *   REDIS_URL=redis://… npm run calibrate -- [--target-precision 0.95] [--target-recall 0.9] [--min-support 20]
 *     [--attribute TOXICITY] [--language de] [--scores live|shadow] [--sample 20000] [--out config/policy.proposed.json]
 * `--scores shadow` learns from the shadow chain's scores (SHADOW_SCORERS), for a scorer that is not live yet.
 * Prints the thresholds that change, with their support and interval, and the expected held and rejected shares
 * on a sample of stored scores. A person reviews the file, may try it first as SHADOW_POLICY_FILE, and then
 * makes it POLICY_FILE; nothing here changes the live policy.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { ConfigError, loadConfig, loadPolicyFile, projectRoot } from '../config';
import type { CalibrationScope, ThresholdProposal } from '../src/calibration/calibration-service';
import { policyDiff, proposedPolicy, sharesUnder } from '../src/calibration/proposed-policy';
import { SCORE_SOURCES, type ScoreSource } from '../src/calibration/calibration-samples';
import { createCalibrationTool } from '../src/composition-root';
import { ATTRIBUTES, LANGUAGES, type Attribute, type Language } from '../src/domain';
import { cliArg } from './lib/cli';

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

function numberArg(argv: readonly string[], name: string, fallback: number, min: number, max: number): number {
  const value = Number(cliArg(argv, name, String(fallback)));
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number from ${min} to ${max}`);
  return value;
}

function describe(proposal: ThresholdProposal | undefined): string {
  if (proposal === undefined) return '';
  const { support, reject, hold } = proposal;
  const parts = [`n=${support.total} (${support.rejected} rejected, ${support.decisions} decisions, ${support.reversals} reversals, ${support.feedback} feedback)`];
  if (reject !== null) parts.push(`reject precision ${reject.precision} [${reject.interval.low}, ${reject.interval.high}] on ${reject.support}`);
  if (hold !== null) parts.push(`hold recall ${hold.recall} [${hold.interval.low}, ${hold.interval.high}] on ${hold.support}`);
  return parts.join('; ');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const config = loadConfig();
  const attribute = cliArg(argv, 'attribute', '');
  const language = cliArg(argv, 'language', '');
  if (attribute !== '' && !(ATTRIBUTES as readonly string[]).includes(attribute)) throw new Error(`--attribute must be one of ${ATTRIBUTES.join(', ')}`);
  if (language !== '' && !(LANGUAGES as readonly string[]).includes(language)) throw new Error(`--language must be one of ${LANGUAGES.join(', ')}`);
  const scores = cliArg(argv, 'scores', 'live');
  if (!(SCORE_SOURCES as readonly string[]).includes(scores)) throw new Error(`--scores must be one of ${SCORE_SOURCES.join(', ')}`);
  const query = {
    targetPrecision: numberArg(argv, 'target-precision', 0.95, 0.5, 1),
    targetRecall: numberArg(argv, 'target-recall', 0.9, 0.5, 1),
    minSupport: numberArg(argv, 'min-support', 20, 1, 100_000),
    scores: scores as ScoreSource,
    ...(attribute === '' ? {} : { attribute: attribute as Attribute }),
    ...(language === '' ? {} : { language: language as Language }),
  };
  const current = path.resolve(config.policyFile);
  const defaultOut = path.join(path.dirname(current), `${path.basename(current, '.json')}.proposed.json`);
  const out = path.resolve(cliArg(argv, 'out', defaultOut));
  if (out === current || out === path.join(projectRoot(), 'config', 'policy.json')) {
    throw new Error(`--out must not be the policy in force (${out}): the proposal is written beside it for a person to review`);
  }

  const tool = await createCalibrationTool(config, pino({ level: 'warn' }));
  try {
    const report = await tool.calibration.calibrate(query);
    const next = proposedPolicy(config.policy, report.proposals);
    const { samples } = report;
    console.log(`decisions: ${samples.decisions}, reversals: ${samples.reversals}, feedback on our comments: ${samples.feedback} (without a comment id: ${samples.feedbackWithoutComment})${samples.truncated ? ' — only the newest were read (CALIBRATION_MAX_DECISIONS)' : ''}`);
    console.log(`scores: ${query.scores}; targets: reject precision ${query.targetPrecision}, hold recall ${query.targetRecall}, at least ${query.minSupport} decisions\n`);

    const byPath = new Map<string, ThresholdProposal>();
    for (const p of report.proposals) byPath.set(p.language === 'all' ? `defaults.${p.attribute}` : `languages.${p.language}.${p.attribute}`, p);
    const changes = policyDiff(config.policy, next);
    if (changes.length === 0) console.log('no threshold changes');
    for (const change of changes) {
      const key = change.path.replace(/\.(hold|reject)$/, '');
      console.log(`${change.path}: ${change.from ?? '—'} → ${change.to ?? '—'}   ${describe(byPath.get(key))}`);
    }
    const unsupported = report.proposals.filter((p) => p.proposed === null && p.support.total > 0);
    for (const p of unsupported) console.log(`kept ${p.language === 'all' ? 'defaults' : p.language}.${p.attribute}: ${p.note ?? ''}`);

    const sample = await tool.sampleScores(numberArg(argv, 'sample', 20_000, 1, 1_000_000), query.scores);
    const before = sharesUnder(config.policy, sample);
    const after = sharesUnder(next, sample);
    console.log(`\nexpected on ${sample.length} stored comments (${query.scores} scores only; word lists aside):`);
    console.log(`  held:     ${pct(before.held)} → ${pct(after.held)}`);
    console.log(`  rejected: ${pct(before.rejected)} → ${pct(after.rejected)}`);

    const scopes = [...new Set(report.proposals.map((p) => p.language))] as CalibrationScope[];
    const comment = `Proposed by npm run calibrate on ${new Date().toISOString()} from ${samples.decisions} decisions, ${samples.reversals} reversals and ${samples.feedback} feedback entries on ${query.scores} scores (targets: reject precision ${query.targetPrecision}, hold recall ${query.targetRecall}; scopes: ${scopes.join(', ')}). Review it, try it as SHADOW_POLICY_FILE, then make it POLICY_FILE.`;
    writeFileSync(out, `${JSON.stringify({ $comment: comment, ...next }, null, 2)}\n`);
    // The file must load as a policy, or it is no use as SHADOW_POLICY_FILE / POLICY_FILE.
    loadPolicyFile(out);
    console.log(`\nwrote ${path.relative(process.cwd(), out)} (the policy in force, ${path.relative(process.cwd(), current)}, is unchanged)`);
  } finally {
    await tool.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `calibrate: ${(error as Error).message}`);
  process.exit(1);
});
