/**
 * The GermEval 2018 *training* file's rows that {@link devByHash} assigns to `train` (never the `dev` rows, never
 * any test file), run through the lexicon alone and through the whole scorer, to mine what the lexicon misses.
 *   npx tsx scripts/training/germeval-train-side.ts [--misses /tmp/ge-train-misses.tsv] [--other /tmp/ge-train-other.tsv]
 * Prints the share held or rejected per GermEval label (OFFENSE: ABUSE, INSULT, PROFANITY; OTHER).
 * Lexicon alone: the lexicon's scores with a model that says 0, against the policy's hold thresholds (the
 * language as detected). Whole scorer: as `npm run eval` decides (language detected). The model was fitted on these
 * rows, so its figures here flatter it; the lexicon-alone figures do not.
 * --misses: OFFENSE rows the lexicon alone does not hold (and whether the whole scorer does), with the model's raw probability and the lexicon's hits.
 * --dump: every train-side row with its label and both decisions (for word counts).
 * --other: OTHER rows the lexicon alone holds (what a new rule costs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadPolicyFile } from '../../config';
import type { Attribute, Language, Policy } from '../../src/domain';
import { LocalScorer } from '../../src/scoring/local/local-scorer';
import { createLexiconScorer } from '../../src/scoring/local/lexicon-scorer';
import { normalizeText } from '../../src/scoring/local/text-normalizer';
import { createOfflineModeration } from '../lib/offline-moderation';
import { cliArg } from '../lib/cli';
import { loadDatasets } from './training-data';

const repoRoot = path.resolve(__dirname, '..', '..');

function holdThreshold(policy: Policy, language: Language, attribute: Attribute): number {
  const own = policy.languages?.[language]?.[attribute];
  return own?.hold ?? policy.defaults[attribute]?.hold ?? 1;
}

async function main(): Promise<void> {
  const policy = loadPolicyFile(path.join(repoRoot, 'config/policy.json'));
  const scorer = LocalScorer.loadSync();
  const lexicon = createLexiconScorer();
  const moderate = createOfflineModeration({ scorer, policy });
  const rows = loadDatasets(path.resolve(repoRoot, '../shared/data')).examples.filter((e) => e.dataset === 'germeval2018' && e.split === 'train');
  const missesFile = cliArg(process.argv, 'misses', '');
  const otherFile = cliArg(process.argv, 'other', '');
  const dumpFile = cliArg(process.argv, 'dump', '');
  const dump: string[] = [];
  const misses: string[] = [];
  const others: string[] = [];
  const tally = new Map<string, { n: number; lex: number; whole: number }>();
  for (const e of rows) {
    const decision = await moderate(e.text);
    const language = decision.language;
    const whole = decision.status !== 'approved';
    const lexScores = scorer.scoreWithModelProbability(e.text, language, 0).scores;
    const lex = (Object.entries(lexScores) as [Attribute, number][]).some(([a, v]) => v >= holdThreshold(policy, language, a));
    for (const key of new Set([e.label === 1 ? 'OFFENSE' : 'OTHER', e.category])) {
      const t = tally.get(key) ?? { n: 0, lex: 0, whole: 0 };
      t.n++;
      if (lex) t.lex++;
      if (whole) t.whole++;
      tally.set(key, t);
    }
    const oneLine = e.text.replace(/\s+/g, ' ');
    dump.push(`${e.category}\t${lex ? 'lex' : '-'}\t${whole ? 'whole' : '-'}\t${oneLine}`);
    if ((e.label === 1 && !lex) || (e.label === 0 && lex)) {
      const normalized = normalizeText(e.text);
      const result = lexicon.score(normalized, language);
      const raw = scorer.offenseModel.predict(normalized, result, language);
      const hits = result.hits.map((h) => `${e.text.slice(h.begin, h.end)}[${h.rule}${h.contexts.length > 0 ? `:${h.contexts.join('+')}` : ''}]`).join('; ');
      const damped = result.hits.length > 0 && result.hits.every((h) => h.contexts.length > 0) ? 'damped' : '';
      const line = `${e.category}\t${language}\t${raw.toFixed(3)}\t${whole ? 'whole-held' : 'whole-missed'}\t${damped}\t${oneLine}\t${hits}`;
      if (e.label === 1) misses.push(line);
      else others.push(line);
    }
  }
  console.log(`GermEval 2018 training file, train side only (n=${rows.length}; devByHash on the group)`);
  for (const [key, t] of [...tally.entries()].sort()) {
    console.log(`  ${key.padEnd(10)} n ${String(t.n).padStart(5)}   lexicon alone held ${((100 * t.lex) / t.n).toFixed(1).padStart(5)} %   whole scorer held ${((100 * t.whole) / t.n).toFixed(1).padStart(5)} %`);
  }
  if (missesFile !== '') fs.writeFileSync(missesFile, `${misses.join('\n')}\n`);
  if (dumpFile !== '') fs.writeFileSync(dumpFile, `${dump.join('\n')}\n`);
  if (otherFile !== '') fs.writeFileSync(otherFile, `${others.join('\n')}\n`);
}

void main();
