/**
 * Evaluates exactly what ships: the model file, config/policy.json, the word-list phase (a fresh installation's
 * empty lists) and language detection, run through the worker's moderation phases. Prints aggregate figures
 * only (never comment text) and writes them as JSON:
 *   npm run eval -- [--data ../shared/data] [--out bench/results/eval-local-scorer.json] [--policy config/policy.json] [--model models/local-scorer-v1.json]
 *
 * Measured on data the shipped model never fitted and no setting was chosen on:
 * - the development split of every data set in ../shared/data (see `Split` in training-data.ts: GermEval by
 *   conversation, GAHD and GMHP7k as published, HateCheck suites by template);
 * - the team's own sets in eval-data/ (newsroom comments in de/fr/it/en, a German functional suite), written
 *   blind to the scorer.
 * Beside the GermEval development figure it prints the grouped cross-validation figure of the training part
 * recorded by `npm run train`, so that the gap between the two is visible.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadPolicyFile } from '../config';
import { ATTRIBUTES, type Language } from '../src/domain';
import { type ScoreResult } from '../src/scoring/scorer';
import { LocalScorer } from '../src/scoring/local/local-scorer';
import { binaryMetrics, type BinaryMetrics } from './training/logistic-trainer';
import { DEFAULT_MODEL_FILE } from '../src/scoring/local/model-path';
import { INSULT_NON_HATEFUL, loadDatasets, type DatasetName, type LabelledExample } from './training/training-data';
import { createLanguageDetector } from '../src/language/tinyld-language-detector';
import { createOfflineModeration, type OfflineDecision } from './lib/offline-moderation';
import { cliArg } from './lib/cli';

const repoRoot = path.resolve(__dirname, '..');
/** HateCheck functionalities an insult scorer may rightly flag: reported apart, not scored as errors. */
const MAY_FLAG = new Set([...INSULT_NON_HATEFUL, 'profanity_nh']);

const pct = (x: number): string => (x * 100).toFixed(1);
const r4 = (x: number): number => Math.round(x * 10000) / 10000;
const flagged = (d: OfflineDecision): boolean => d.status !== 'approved';

function metricsJson(m: BinaryMetrics): Record<string, unknown> {
  const cls = (c: BinaryMetrics['positive']): Record<string, number> => ({ precision: r4(c.precision), recall: r4(c.recall), f1: r4(c.f1), support: c.support });
  return { OFFENSE: cls(m.positive), OTHER: cls(m.negative), accuracy: r4(m.accuracy), macroF: r4(m.macroF) };
}

/** Share of `items` for which `test` holds, as a figure and its count. */
function rate<T>(items: readonly T[], test: (item: T) => boolean): { rate: number; n: number; k: number } {
  const k = items.filter(test).length;
  return { rate: items.length === 0 ? 0 : r4(k / items.length), n: items.length, k };
}

function show(r: { rate: number; n: number; k: number }): string {
  return `${pct(r.rate)} % (${r.k}/${r.n})`;
}

interface OwnCase {
  id: string;
  text: string;
  language?: Language;
  label: string;
  kind?: string;
  functionality?: string;
  dialect?: boolean;
}

function readJsonl(file: string): OwnCase[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as OwnCase);
}

async function main(): Promise<void> {
  const dataDir = path.resolve(repoRoot, cliArg(process.argv, 'data', '../shared/data'));
  const outFile = path.resolve(repoRoot, cliArg(process.argv, 'out', 'bench/results/eval-local-scorer.json'));
  const policyFile = path.resolve(repoRoot, cliArg(process.argv, 'policy', 'config/policy.json'));
  const t0 = performance.now();
  const { examples } = loadDatasets(dataDir);
  // --model: a candidate model file, to compare it with the shipped one before it replaces it.
  const modelFile = path.resolve(repoRoot, cliArg(process.argv, 'model', DEFAULT_MODEL_FILE));
  const scorer = LocalScorer.loadSync(modelFile);
  const moderate = createOfflineModeration({ scorer, policy: loadPolicyFile(policyFile) });
  const results: Record<string, unknown> = { command: 'npm run eval', model: scorer.model, policyFile: path.relative(repoRoot, policyFile) };
  const dev = examples.filter((e) => e.split === 'dev');
  console.log(`Development split: ${dev.length} examples never fitted nor used to choose a setting; decided as the worker decides (language detected).`);
  const decisions = new Map<LabelledExample, OfflineDecision>();
  let done = 0;
  for (const e of dev) {
    decisions.set(e, await moderate(e.text));
    if (++done % 2000 === 0) process.stderr.write(`  ${done}/${dev.length}\n`);
  }
  const decided = (e: LabelledExample): OfflineDecision => decisions.get(e) as OfflineDecision;
  const ofSet = (name: DatasetName): LabelledExample[] => dev.filter((e) => e.dataset === name);

  // GermEval 2018: official metric, held or rejected counts as OFFENSE.
  const ge = ofSet('germeval2018');
  const geMetrics = binaryMetrics(
    ge.map((e) => (flagged(decided(e)) ? 1 : 0)),
    ge.map((e) => e.label),
  );
  const training = JSON.parse(fs.readFileSync(modelFile, 'utf8')) as { training?: { germevalCv?: Record<string, number> } };
  const cv = training.training?.germevalCv;
  console.log(`\nGermEval 2018, development split (n=${ge.length}; conversations unseen in training)`);
  console.log(`  official macro-F ${pct(geMetrics.macroF)}   OFFENSE P ${pct(geMetrics.positive.precision)} R ${pct(geMetrics.positive.recall)}   OTHER held ${pct(1 - geMetrics.negative.recall)} %`);
  for (const fine of ['ABUSE', 'INSULT', 'PROFANITY']) console.log(`  ${fine.padEnd(9)} held or rejected ${show(rate(ge.filter((e) => e.category === fine), (e) => flagged(decided(e))))}`);
  console.log(`  rejected outright: OFFENSE ${show(rate(ge.filter((e) => e.label === 1), (e) => decided(e).status === 'rejected'))}, OTHER ${show(rate(ge.filter((e) => e.label === 0), (e) => decided(e).status === 'rejected'))}`);
  if (cv !== undefined) {
    console.log(`  for comparison, grouped ${cv.folds}-fold CV on the training part (npm run train): macro-F ${pct(cv.macroF ?? 0)}, OFFENSE R ${pct(cv.offenseRecall ?? 0)}, OTHER held ${pct(cv.otherHeld ?? 0)} %`);
  }
  results.germevalDev = { ...metricsJson(geMetrics), n: ge.length, trainingCv: cv ?? null };

  // German hate-speech sets: how much hate is caught, how many harmless sentences pass.
  const german: Record<string, unknown> = {};
  for (const name of ['gahd', 'gmhp7k'] as const) {
    const set = ofSet(name);
    const hate = rate(set.filter((e) => e.label === 1), (e) => flagged(decided(e)));
    const fine = rate(set.filter((e) => e.label === 0), (e) => !flagged(decided(e)));
    const contrastive = rate(set.filter((e) => e.label === 0 && e.category.includes('contrastive')), (e) => !flagged(decided(e)));
    console.log(`\n${name}, development split (n=${set.length}): hate held or rejected ${show(hate)}; not-hate approved ${show(fine)}${name === 'gahd' ? `; contrastive twins approved ${show(contrastive)}` : ''}`);
    german[name] = { hateFlagged: hate, notHateApproved: fine, ...(name === 'gahd' ? { contrastiveApproved: contrastive } : {}) };
  }
  results.germanHateDev = german;

  // HateCheck suites (en, fr, it) and French racism: per functionality.
  const suites: Record<string, unknown> = {};
  for (const name of ['hatecheck-en', 'mhc-fr', 'mhc-it'] as const) {
    const set = ofSet(name);
    const scored = set.filter((e) => !MAY_FLAG.has(e.category));
    const m = binaryMetrics(
      scored.map((e) => (flagged(decided(e)) ? 1 : 0)),
      scored.map((e) => e.label),
    );
    const byFunc: Record<string, unknown> = {};
    for (const func of [...new Set(set.map((e) => e.category))].sort()) {
      const cases = set.filter((e) => e.category === func);
      byFunc[func] = MAY_FLAG.has(func) ? { flagged: rate(cases, (e) => flagged(decided(e))) } : { correct: rate(cases, (e) => flagged(decided(e)) === (e.label === 1)) };
    }
    const worst = Object.entries(byFunc)
      .filter(([f]) => !MAY_FLAG.has(f))
      .sort(([, a], [, b]) => ((a as { correct: { rate: number } }).correct.rate - (b as { correct: { rate: number } }).correct.rate))
      .slice(0, 4)
      .map(([f, v]) => `${f} ${pct((v as { correct: { rate: number } }).correct.rate)}`);
    console.log(`\n${name}, development templates (n=${set.length}): macro-F ${pct(m.macroF)}; hateful flagged ${pct(m.positive.recall)} %, non-hateful approved ${pct(m.negative.recall)} %; weakest: ${worst.join(', ')}`);
    suites[name] = { ...metricsJson(m), n: set.length, functionalities: byFunc };
  }
  const ftr = ofSet('ftr-fr');
  const ftrRacist = rate(ftr.filter((e) => e.label === 1), (e) => flagged(decided(e)));
  const ftrOther = rate(ftr.filter((e) => e.label === 0), (e) => !flagged(decided(e)));
  console.log(`\nftr-fr, development split (n=${ftr.length}): racist held or rejected ${show(ftrRacist)}; others approved ${show(ftrOther)} (others include non-racist insults)`);
  suites['ftr-fr'] = { racistFlagged: ftrRacist, othersApproved: ftrOther };
  // Our own everyday clean comments (de, fr, it, en): the development fifth, never trained on.
  const neutral = [...ofSet('own-neutral'), ...ofSet('own-neutral-de')];
  const neutralApproved = Object.fromEntries((['de', 'fr', 'it', 'en'] as const).map((lang) => [lang, rate(neutral.filter((e) => e.language === lang), (e) => !flagged(decided(e)))]));
  const dialect = ofSet('own-neutral-gsw');
  const dialectApproved = rate(dialect, (e) => !flagged(decided(e)));
  console.log(`\nown-neutral, development split (n=${neutral.length}): clean approved ${Object.entries(neutralApproved).map(([lang, r]) => `${lang} ${show(r)}`).join(', ')}; Swiss German dialect (all ${dialect.length}, never trained on) ${show(dialectApproved)}`);
  suites['own-neutral'] = { ...neutralApproved, gsw: dialectApproved };
  results.functionalDev = suites;

  // The team's own sets, written blind to the scorer.
  const newsroom = readJsonl(path.join(repoRoot, 'eval-data', 'newsroom-dev.jsonl'));
  if (newsroom.length > 0) {
    const own = new Map<OwnCase, OfflineDecision>();
    for (const c of newsroom) own.set(c, await moderate(c.text));
    const d = (c: OwnCase): OfflineDecision => own.get(c) as OfflineDecision;
    const perLanguage: Record<string, unknown> = {};
    console.log(`\neval-data/newsroom-dev.jsonl (n=${newsroom.length}): insults held or rejected / clean approved / threats rejected (approved)`);
    for (const lang of ['all', 'de', 'fr', 'it', 'en'] as const) {
      const cases = lang === 'all' ? newsroom : newsroom.filter((c) => c.language === lang);
      const insults = rate(cases.filter((c) => c.label === 'insult'), (c) => flagged(d(c)));
      const clean = rate(cases.filter((c) => c.label === 'clean'), (c) => !flagged(d(c)));
      const threats = cases.filter((c) => c.label === 'threat');
      const threatRejected = rate(threats, (c) => d(c).status === 'rejected');
      const threatApproved = rate(threats, (c) => d(c).status === 'approved');
      const dialect = rate(cases.filter((c) => c.dialect === true && c.label !== 'clean'), (c) => flagged(d(c)));
      console.log(`  ${lang.padEnd(3)} insults ${show(insults)}  clean ${show(clean)}  threats rejected ${show(threatRejected)}, approved ${threatApproved.k}${lang === 'de' ? `  (dialect insults/threats held ${show(dialect)})` : ''}`);
      perLanguage[lang] = { insultsFlagged: insults, cleanApproved: clean, threatsRejected: threatRejected, threatsApproved: threatApproved };
    }
    const kinds: Record<string, unknown> = {};
    for (const kind of [...new Set(newsroom.map((c) => `${c.label}/${c.kind ?? ''}`))].sort()) {
      const cases = newsroom.filter((c) => `${c.label}/${c.kind ?? ''}` === kind);
      kinds[kind] = rate(cases, (c) => (c.label === 'clean' ? !flagged(d(c)) : flagged(d(c))));
    }
    console.log(`  by kind (share decided right): ${Object.entries(kinds).map(([k, v]) => `${k} ${pct((v as { rate: number }).rate)}`).join(', ')}`);
    results.newsroomDev = { perLanguage, byKind: kinds };
  }
  const functional = readJsonl(path.join(repoRoot, 'eval-data', 'de-functional.jsonl'));
  if (functional.length > 0) {
    const own = new Map<OwnCase, OfflineDecision>();
    for (const c of functional) own.set(c, await moderate(c.text));
    const d = (c: OwnCase): OfflineDecision => own.get(c) as OfflineDecision;
    const group = (funcs: string[]): OwnCase[] => functional.filter((c) => funcs.includes(c.functionality ?? ''));
    const hateful = rate(functional.filter((c) => c.label === 'hateful'), (c) => flagged(d(c)));
    const identity = rate(group(['ident_neutral', 'ident_pos']), (c) => !flagged(d(c)));
    const counter = rate(group(['counter_quote', 'counter_ref']), (c) => !flagged(d(c)));
    const otherFine = rate(group(['negate_neg', 'profanity_nh', 'target_obj', 'slur_homonym']), (c) => !flagged(d(c)));
    const insults = rate(functional.filter((c) => c.label === 'insult'), (c) => flagged(d(c)));
    const byFunc: Record<string, unknown> = {};
    for (const func of [...new Set(functional.map((c) => c.functionality ?? ''))].sort()) {
      const cases = functional.filter((c) => c.functionality === func);
      byFunc[func] = rate(cases, (c) => (c.label === 'non-hateful' ? !flagged(d(c)) : flagged(d(c))));
    }
    console.log(`\neval-data/de-functional.jsonl (n=${functional.length}): hateful held or rejected ${show(hateful)}; neutral and positive about groups approved ${show(identity)}; counter-speech approved ${show(counter)}; other harmless approved ${show(otherFine)}; insults of a person or non-protected group held ${show(insults)}`);
    console.log(`  per functionality (share decided right): ${Object.entries(byFunc).map(([k, v]) => `${k} ${pct((v as { rate: number }).rate)}`).join(', ')}`);
    results.germanFunctionalDev = { hatefulFlagged: hateful, identityApproved: identity, counterSpeechApproved: counter, otherHarmlessApproved: otherFine, insultsFlagged: insults, functionalities: byFunc };
  }

  // Seed sentences (decisions only).
  const seeds: [string, string, 'flag' | 'approve'][] = [
    ['body-shaming nickname', 'Kim Jong-un ist der begehrteste. Nicht nur Trump, nun auch Putin liebt den fetten Raketenmann.', 'flag'],
    ['political remark', 'Schweiz hat auch keine Freunde mehr.', 'approve'],
    ['factual criticism', 'Putin ist ein Diktator.', 'approve'],
    ['reported quote', "Trump nannte Kim 'Little Rocket Man'.", 'approve'],
    ['counter-speech', 'Wer andere als Idioten beschimpft, hat keine Argumente.', 'approve'],
    ['negated', 'Niemand hier ist ein Idiot.', 'approve'],
    ['homograph', 'Die Anleitung ist idiotensicher und die Titel sind fett gedruckt.', 'approve'],
    ['Swiss German insult', 'Du bisch en huere Tubel.', 'flag'],
    ['threat', 'Dem sollte man die Fresse polieren.', 'flag'],
  ];
  const seedResults = [];
  for (const [name, text, expected] of seeds) {
    const decision = await moderate(text);
    const ok = expected === 'approve' ? !flagged(decision) : flagged(decision);
    seedResults.push({ name, expected, status: decision.status, ok });
  }
  console.log(`\nseed sentences: ${seedResults.filter((s) => s.ok).length}/${seedResults.length} as required${seedResults.some((s) => !s.ok) ? ` (not: ${seedResults.filter((s) => !s.ok).map((s) => s.name).join(', ')})` : ''}`);
  results.seeds = seedResults;

  // Language detection on the development split.
  const detector = createLanguageDetector();
  const langStats = new Map<Language, [number, number]>();
  for (const e of dev) {
    const entry = langStats.get(e.language) ?? [0, 0];
    if (detector.detect(e.text) === e.language) entry[0]++;
    entry[1]++;
    langStats.set(e.language, entry);
  }
  console.log(`language detection (development split): ${[...langStats.entries()].map(([l, [ok, n]]) => `${l} ${pct(ok / n)} % of ${n}`).join(', ')}`);
  results.languageDetection = Object.fromEntries([...langStats.entries()].map(([l, [ok, n]]) => [l, { n, accuracy: r4(ok / n) }]));

  // Speed and load time of the shipped scorer.
  const loadStart = performance.now();
  const fresh = LocalScorer.loadSync(modelFile);
  const loadMs = performance.now() - loadStart;
  let sink = 0;
  const speedStart = performance.now();
  for (const e of examples) sink += scoreSum(fresh.scoreSync(e.text, e.language));
  const perSecond = examples.length / ((performance.now() - speedStart) / 1000);
  console.log(`speed: ${Math.round(perSecond)} comments/s over ${examples.length} data-set comments, model load ${loadMs.toFixed(0)} ms (checksum ${sink.toFixed(1)})`);
  results.speed = { commentsPerSecond: Math.round(perSecond), loadMs: r4(loadMs) };
  results.seconds = r4((performance.now() - t0) / 1000);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${path.relative(repoRoot, outFile)} in ${(results.seconds as number).toFixed(0)} s`);
}

function scoreSum(r: ScoreResult): number {
  let s = 0;
  for (const a of ATTRIBUTES) s += r.scores[a] ?? 0;
  return s;
}

void main();
