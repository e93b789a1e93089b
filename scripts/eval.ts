/**
 * Evaluates the local scorer and prints aggregate figures only (never comment text):
 *   npm run eval -- [--data ../shared/data] [--out bench/results/eval-local-scorer.json] [--folds 10]
 *
 * - GermEval 2018 (coarse): k-fold cross-validation on the training split. Each fold retrains the German head
 *   (lexicon features included) and tunes its decision threshold by an inner 3-fold CV on the training part only.
 *   Reports per-class P/R/F1 and the official macro-F, for the model's tuned threshold and for the whole scorer at
 *   the proposed hold thresholds.
 * - HateCheck (en) and Multilingual HateCheck (fr, it): template-grouped k-fold CV of the international head; the
 *   whole scorer decides (hold thresholds); accuracy per functionality; target_indiv_nh, target_group_nh and
 *   profanity_nh reported apart (an insult scorer may rightly flag them); French also without disagreement cases.
 * - Seed sentences, calibration (Brier score, reliability bins) and speed of the shipped model.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ATTRIBUTES, type ScoreResult } from '../src/scoring/scorer';
import { FeatureHasher } from '../src/scoring/local/feature-hasher';
import { createLexiconScorer } from '../src/scoring/local/lexicon-scorer';
import { LocalScorer } from '../src/scoring/local/local-scorer';
import { assignFolds, binaryMetrics, featurize, type BinaryMetrics } from '../src/scoring/local/logistic-trainer';
import { DEFAULT_MODEL_FILE } from '../src/scoring/local/model-path';
import { trainHead, type TrainedHead } from '../src/scoring/local/model-training';
import { OffenseModel, type OffenseHead } from '../src/scoring/local/offense-model';
import { TRAINING_CONFIG, type HeadConfig } from '../src/scoring/local/training-config';
import { INSULT_NON_HATEFUL, loadDatasets, type DatasetName, type LabelledExample } from '../src/scoring/local/training-data';
import { PROPOSED_THRESHOLDS, decide } from '../src/scoring/local/proposed-policy';
import { normalizeText } from '../src/scoring/local/text-normalizer';
import { createLanguageDetector } from '../src/language/tinyld-language-detector';
import { cliArg } from './train';

const repoRoot = path.resolve(__dirname, '..');
const MAY_FLAG = new Set([...INSULT_NON_HATEFUL, 'profanity_nh']);

function pct(x: number): string {
  return (x * 100).toFixed(2);
}

function r4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function metricsJson(m: BinaryMetrics): Record<string, unknown> {
  const cls = (c: BinaryMetrics['positive']): Record<string, number> => ({ precision: r4(c.precision), recall: r4(c.recall), f1: r4(c.f1), support: c.support });
  return { OFFENSE: cls(m.positive), OTHER: cls(m.negative), accuracy: r4(m.accuracy), macroF: r4(m.macroF), meanF1: r4(m.meanF1) };
}

function printMetrics(title: string, m: BinaryMetrics): void {
  console.log(`  ${title}`);
  console.log(`    OFFENSE  P ${pct(m.positive.precision)}  R ${pct(m.positive.recall)}  F1 ${pct(m.positive.f1)}  (n=${m.positive.support})`);
  console.log(`    OTHER    P ${pct(m.negative.precision)}  R ${pct(m.negative.recall)}  F1 ${pct(m.negative.f1)}  (n=${m.negative.support})`);
  console.log(`    accuracy ${pct(m.accuracy)}  GermEval macro-F ${pct(m.macroF)}  (mean of class F1 ${pct(m.meanF1)})`);
}

function toHead(h: TrainedHead): OffenseHead {
  return { name: h.name, languages: h.languages, weights: h.weights, bias: h.bias, calibration: h.calibration, threshold: h.threshold };
}

function headConfig(name: string): HeadConfig {
  const head = TRAINING_CONFIG.heads.find((h) => h.name === name);
  if (head === undefined) throw new Error(`no head ${name}`);
  return head;
}

/** Brier score and 10 reliability bins of probabilities against labels. */
function calibration(probabilities: readonly number[], labels: readonly number[]): Record<string, unknown> {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, meanP: 0, positives: 0 }));
  let brier = 0;
  probabilities.forEach((p, i) => {
    const y = labels[i] as number;
    brier += (p - y) ** 2;
    const bin = bins[Math.min(9, Math.floor(p * 10))] as { n: number; meanP: number; positives: number };
    bin.n++;
    bin.meanP += p;
    bin.positives += y;
  });
  return {
    brier: r4(brier / Math.max(1, probabilities.length)),
    bins: bins.map((b, k) => ({ range: `${k / 10}-${(k + 1) / 10}`, n: b.n, meanPredicted: b.n ? r4(b.meanP / b.n) : null, observed: b.n ? r4(b.positives / b.n) : null })),
  };
}

function main(): void {
  const dataDir = path.resolve(repoRoot, cliArg(process.argv, 'data', '../shared/data'));
  const outFile = path.resolve(repoRoot, cliArg(process.argv, 'out', 'bench/results/eval-local-scorer.json'));
  const folds = Number(cliArg(process.argv, 'folds', String(TRAINING_CONFIG.folds)));
  const innerConfig = { ...TRAINING_CONFIG, folds: 3 };
  const t0 = performance.now();
  const { examples } = loadDatasets(dataDir);
  const lexicon = createLexiconScorer();
  const rows = featurize(examples, new FeatureHasher(TRAINING_CONFIG.features), lexicon);
  const shipped = LocalScorer.loadSync();
  const results: Record<string, unknown> = { command: 'npm run eval', folds, thresholds: PROPOSED_THRESHOLDS };

  // GermEval 2018, k-fold CV with the German head retrained per fold.
  const ge = examples.map((e, i) => (e.dataset === 'germeval2018' ? i : -1)).filter((i) => i >= 0);
  const geFolds = assignFolds(
    ge.map((i) => (examples[i] as LabelledExample).group),
    ge.map((i) => (examples[i] as LabelledExample).label),
    folds,
    TRAINING_CONFIG.foldSeed + 1,
  );
  const gold: number[] = [];
  const modelPred: number[] = [];
  const scorerPred: number[] = [];
  const toxicity: number[] = [];
  const insult: number[] = [];
  const foldMacroF: number[] = [];
  const intlShipped = shipped.offenseModel.heads.find((h) => h.name === 'intl') as OffenseHead;
  for (let f = 0; f < folds; f++) {
    const test = new Set(ge.filter((_, k) => geFolds[k] === f));
    const head = trainHead(rows, examples, headConfig('de'), innerConfig, (i) => !test.has(i));
    const model = new OffenseModel(TRAINING_CONFIG.version, TRAINING_CONFIG.features, [toHead(head), intlShipped]);
    const scorer = new LocalScorer(model, lexicon);
    const foldGold: number[] = [];
    const foldPred: number[] = [];
    for (const i of test) {
      const e = examples[i] as LabelledExample;
      const r = scorer.scoreSync(e.text, 'de');
      const p = r.scores.TOXICITY ?? 0;
      const normalized = normalizeText(e.text);
      const predicted = model.predict(normalized, lexicon.score(normalized, 'de'), 'de') > head.threshold ? 1 : 0;
      gold.push(e.label);
      modelPred.push(predicted);
      scorerPred.push(decide(r) === 'approve' ? 0 : 1);
      toxicity.push(p);
      insult.push(r.scores.INSULT ?? 0);
      foldGold.push(e.label);
      foldPred.push(predicted);
    }
    foldMacroF.push(binaryMetrics(foldPred, foldGold).macroF);
  }
  const geModel = binaryMetrics(modelPred, gold);
  const geScorer = binaryMetrics(scorerPred, gold);
  const meanFold = foldMacroF.reduce((a, b) => a + b, 0) / foldMacroF.length;
  console.log(`GermEval 2018 training split, ${folds}-fold CV (coarse OFFENSE vs OTHER, n=${gold.length})`);
  printMetrics('model, threshold tuned inside each fold (pooled over folds)', geModel);
  console.log(`    macro-F per fold: mean ${pct(meanFold)}, min ${pct(Math.min(...foldMacroF))}, max ${pct(Math.max(...foldMacroF))}`);
  printMetrics('whole scorer at the proposed hold thresholds (held = OFFENSE)', geScorer);
  // How the TOXICITY hold threshold trades recall of OFFENSE against holding harmless comments (INSULT hold 0.5).
  const sweep = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7].map((t) => {
    const held = gold.map((_, i) => ((toxicity[i] as number) >= t || (insult[i] as number) >= 0.5 ? 1 : 0));
    const m = binaryMetrics(held, gold);
    return { toxicityHold: t, offenseRecall: r4(m.positive.recall), offensePrecision: r4(m.positive.precision), otherHeldRate: r4(1 - m.negative.recall), macroF: r4(m.macroF) };
  });
  console.log('  TOXICITY hold sweep (INSULT hold 0.5): threshold → OFFENSE recall / precision, OTHER held');
  for (const row of sweep) console.log(`    ${row.toxicityHold.toFixed(2)} → ${pct(row.offenseRecall)} / ${pct(row.offensePrecision)}, ${pct(row.otherHeldRate)}`);
  results.germeval = {
    toxicityHoldSweep: sweep,
    n: gold.length,
    modelTunedThreshold: metricsJson(geModel),
    macroFPerFold: foldMacroF.map(r4),
    macroFMeanOfFolds: r4(meanFold),
    scorerAtHold: metricsJson(geScorer),
    toxicityCalibration: calibration(toxicity, gold),
  };

  // HateCheck suites, template-grouped CV of the international head.
  const suites: DatasetName[] = ['hatecheck-en', 'mhc-fr', 'mhc-it'];
  const hc = examples.map((e, i) => (suites.includes(e.dataset) ? i : -1)).filter((i) => i >= 0);
  const hcFolds = assignFolds(
    hc.map((i) => (examples[i] as LabelledExample).group),
    hc.map((i) => (examples[i] as LabelledExample).label),
    folds,
    TRAINING_CONFIG.foldSeed + 2,
  );
  const deShipped = shipped.offenseModel.heads.find((h) => h.name === 'de') as OffenseHead;
  const cvFlag = new Map<number, boolean>();
  for (let f = 0; f < folds; f++) {
    const test = new Set(hc.filter((_, k) => hcFolds[k] === f));
    const head = trainHead(rows, examples, headConfig('intl'), innerConfig, (i) => !test.has(i));
    const scorer = new LocalScorer(new OffenseModel(TRAINING_CONFIG.version, TRAINING_CONFIG.features, [deShipped, toHead(head)]), lexicon);
    for (const i of test) {
      const e = examples[i] as LabelledExample;
      cvFlag.set(i, decide(scorer.scoreSync(e.text, e.language)) !== 'approve');
    }
  }
  const hateCheck: Record<string, unknown> = {};
  for (const suite of suites) {
    const subsets: [string, (e: LabelledExample) => boolean][] = [['full', () => true]];
    if (suite === 'mhc-fr') subsets.push(['agreed (disagreement_in_case == False)', (e) => !e.disagreement]);
    for (const [subsetName, keep] of subsets) {
      const idx = hc.filter((i) => (examples[i] as LabelledExample).dataset === suite && keep(examples[i] as LabelledExample));
      const byFunc = new Map<string, { n: number; cvCorrect: number; shippedCorrect: number; expectFlag: boolean }>();
      const cvGold: number[] = [];
      const cvPred: number[] = [];
      for (const i of idx) {
        const e = examples[i] as LabelledExample;
        const flagged = cvFlag.get(i) === true;
        const shippedFlag = decide(shipped.scoreSync(e.text, e.language)) !== 'approve';
        const entry = byFunc.get(e.category) ?? { n: 0, cvCorrect: 0, shippedCorrect: 0, expectFlag: e.label === 1 };
        entry.n++;
        if (flagged === (e.label === 1)) entry.cvCorrect++;
        if (shippedFlag === (e.label === 1)) entry.shippedCorrect++;
        byFunc.set(e.category, entry);
        if (!MAY_FLAG.has(e.category)) {
          cvGold.push(e.label);
          cvPred.push(flagged ? 1 : 0);
        }
      }
      const overall = binaryMetrics(cvPred, cvGold);
      console.log(`\n${suite} ${subsetName} (n=${idx.length}): template-grouped ${folds}-fold CV, flagged = held or rejected`);
      printMetrics('hateful vs non-hateful (excluding the may-flag functionalities)', overall);
      console.log('    functionality                      n   CV acc  shipped acc (in-sample)');
      const funcs: Record<string, unknown> = {};
      for (const [name, v] of [...byFunc.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const mayFlag = MAY_FLAG.has(name);
        const label = mayFlag ? `${name} (may flag; flagged rate)` : name;
        // For may-flag functionalities report how often they were flagged, which is the useful reading.
        const cvAcc = v.cvCorrect / v.n;
        const shippedAcc = v.shippedCorrect / v.n;
        const cvShown = mayFlag && !v.expectFlag ? 1 - cvAcc : cvAcc;
        const shippedShown = mayFlag && !v.expectFlag ? 1 - shippedAcc : shippedAcc;
        console.log(`    ${label.padEnd(34)} ${String(v.n).padStart(4)}  ${pct(cvShown).padStart(6)}  ${pct(shippedShown).padStart(6)}`);
        funcs[name] = mayFlag ? { n: v.n, flaggedRateCV: r4(cvShown), flaggedRateShipped: r4(shippedShown) } : { n: v.n, accuracyCV: r4(cvAcc), accuracyShippedInSample: r4(shippedAcc) };
      }
      hateCheck[`${suite}:${subsetName}`] = { n: idx.length, overallCV: metricsJson(overall), functionalities: funcs };
    }
  }
  results.hatecheck = hateCheck;

  // Seed sentences from the issue (decisions only).
  const seeds: [string, string, 'hold-or-reject' | 'approve'][] = [
    ['body-shaming nickname', 'Kim Jong-un ist der begehrteste. Nicht nur Trump, nun auch Putin liebt den fetten Raketenmann.', 'hold-or-reject'],
    ['political remark', 'Schweiz hat auch keine Freunde mehr.', 'approve'],
    ['factual criticism', 'Putin ist ein Diktator.', 'approve'],
    ['reported quote', "Trump nannte Kim 'Little Rocket Man'.", 'approve'],
    ['policy criticism', 'Die Regierung hat in der Energiepolitik versagt.', 'approve'],
    ['counter-speech', 'Wer andere als Idioten beschimpft, hat keine Argumente.', 'approve'],
    ['negated', 'Niemand hier ist ein Idiot.', 'approve'],
    ['homograph', 'Die Anleitung ist idiotensicher und die Titel sind fett gedruckt.', 'approve'],
    ['Swiss German insult', 'Du bisch en huere Tubel.', 'hold-or-reject'],
    ['threat', 'Dem sollte man die Fresse polieren.', 'hold-or-reject'],
  ];
  const seedResults = seeds.map(([name, text, expected]) => {
    const r = shipped.scoreSync(text, 'de');
    const decision = decide(r);
    const ok = expected === 'approve' ? decision === 'approve' : decision !== 'approve';
    console.log(`seed ${name}: ${decision} (${ok ? 'as required' : 'NOT as required'}) INSULT ${r4(r.scores.INSULT ?? 0)} TOXICITY ${r4(r.scores.TOXICITY ?? 0)}`);
    return { name, expected, decision, ok, scores: r.scores };
  });
  results.seeds = seedResults;

  // Language detection (tinyld + dialect markers) on the data sets' comments and a few Swiss German lines.
  const detector = createLanguageDetector();
  const swissGerman = ['Das isch huere guet, nöd?', 'Du bisch en Tubel', 'Gopfertammi, was söll das?', 'Chli meh Respekt bitte', 'Die Politiker hend kei Ahnig', 'Isch mir gliich', 'Wär het das gseit?', 'Huere Seich!', 'Merci vielmal, isch super gsi', 'Grüezi mitenand'];
  const langRows = [...examples.map((e) => [e.text, e.language] as const), ...swissGerman.map((t) => [t, 'de'] as const)];
  const langCorrect = new Map<string, [number, number]>();
  const langStart = performance.now();
  for (const [text, language] of langRows) {
    const entry = langCorrect.get(language) ?? [0, 0];
    if (detector.detect(text) === language) entry[0]++;
    entry[1]++;
    langCorrect.set(language, entry);
  }
  const langPerSecond = langRows.length / ((performance.now() - langStart) / 1000);
  const swissCorrect = swissGerman.filter((t) => detector.detect(t) === 'de').length;
  const langAccuracy = Object.fromEntries([...langCorrect.entries()].map(([l, [ok, n]]) => [l, { n, accuracy: r4(ok / n) }]));
  console.log(`
language detection: ${[...langCorrect.entries()].map(([l, [ok, n]]) => `${l} ${pct(ok / n)}% of ${n}`).join(', ')}; Swiss German ${swissCorrect}/${swissGerman.length}; ${Math.round(langPerSecond)} detections/s`);
  results.languageDetection = { perLanguage: langAccuracy, swissGerman: { n: swissGerman.length, correct: swissCorrect }, detectionsPerSecond: Math.round(langPerSecond) };

  // Speed of the shipped scorer over every comment of the data sets.
  const loadStart = performance.now();
  const fresh = LocalScorer.loadSync(path.join(repoRoot, DEFAULT_MODEL_FILE));
  const loadMs = performance.now() - loadStart;
  const texts = examples.map((e) => [e.text, e.language] as const);
  let sink = 0;
  const speedStart = performance.now();
  for (const [text, language] of texts) sink += scoreSum(fresh.scoreSync(text, language));
  const seconds = (performance.now() - speedStart) / 1000;
  const perSecond = texts.length / seconds;
  const meanChars = texts.reduce((a, [t]) => a + t.length, 0) / texts.length;
  console.log(`\nspeed: ${Math.round(perSecond)} comments/s over ${texts.length} data-set comments (mean ${meanChars.toFixed(0)} chars), load ${loadMs.toFixed(0)} ms (checksum ${sink.toFixed(1)})`);
  results.speed = { commentsPerSecond: Math.round(perSecond), comments: texts.length, meanChars: r4(meanChars), loadMs: r4(loadMs) };
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

main();
