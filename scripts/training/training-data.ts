import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../src/domain';

/** Which data set an example came from. */
export type DatasetName =
  | 'germeval2018'
  | 'gahd'
  | 'gmhp7k'
  | 'hatecheck-en'
  | 'mhc-fr'
  | 'mhc-it'
  | 'ftr-fr'
  | 'own-neutral'
  | 'own-neutral-de'
  | 'own-neutral-gsw'
  | 'own-cases'
  | 'own-cases-de'
  | 'own-rules';

export const DATASET_NAMES: readonly DatasetName[] = [
  'germeval2018',
  'gahd',
  'gmhp7k',
  'hatecheck-en',
  'mhc-fr',
  'mhc-it',
  'ftr-fr',
  'own-neutral',
  'own-neutral-de',
  'own-neutral-gsw',
  'own-cases',
  'own-cases-de',
  'own-rules',
];

/**
 * Our own clean reader comments in French, Italian and English (training-data/own-comments/neutral-<lang>.txt, one
 * per line, written for this repository and licensed with it). The suites the intl head learns from are templates,
 * ~70 % hateful: without everyday clean text it took template words ("finally", "I hope", "je ne suis pas
 * d'accord") for hate and held "Finally!". The German ones are Standard German with Swiss spelling (neutral-de.txt);
 * the Swiss German dialect ones (neutral-gsw.txt) are only ever measured: trained on, they taught the German head that
 * dialect is clean, and dialect insults were missed.
 */
export const OWN_COMMENTS_DIR = path.resolve(__dirname, '..', '..', 'training-data', 'own-comments');

/**
 * Our own labelled cases (scripts/training/dev-cases/*.jsonl: insults, threats, hate, and the clean comments that look
 * like them, written for this repository). Only their `dev` parts are fitted by the offense heads; the `check` parts are
 * never read here, so `dev-cases.ts --split check` measures comments the model has not seen; `rules` files test the
 * word lists and teach only the threat head ({@link OwnCase}, `own-rules`).
 */
export const OWN_CASES_DIR = path.resolve(__dirname, 'dev-cases');

/** The team's hand-written evaluation sets: never trained on, so an own case that says the same is left out. */
const EVAL_DATA_DIR = path.resolve(__dirname, '..', '..', 'eval-data');

/** Case, punctuation and spacing do not make two comments different. */
function sameText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function evalDataTexts(dir: string): Set<string> {
  const texts = new Set<string>();
  if (!fs.existsSync(dir)) return texts;
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of fs.readFileSync(path.join(dir, name), 'utf8').split('\n')) {
      if (line.trim() !== '') texts.add(sameText((JSON.parse(line) as { text: string }).text));
    }
  }
  return texts;
}
const OWN_NEUTRAL_LANGUAGES = ['en', 'fr', 'it', 'de'] as const;

/**
 * `train` examples may be fitted and used to choose settings (by cross-validation); `dev` examples never are:
 * they only measure, so that the figures predict comments the model has never seen.
 */
export type Split = 'train' | 'dev';

/** One labelled comment for training or evaluation. */
export interface LabelledExample {
  dataset: DatasetName;
  language: Language;
  text: string;
  /** 1 = offensive/insulting (what a moderator should at least hold), 0 = fine. */
  label: 0 | 1;
  /** GermEval fine label, or HateCheck functionality. */
  category: string;
  /**
   * Examples that must stay on one side of any split: a HateCheck template, a GAHD contrastive pair, the tweets
   * that answer the same account (GermEval), one tweet.
   */
  group: string;
  split: Split;
  /** French MHC: the annotators' majority disagreed with the gold label. */
  disagreement: boolean;
}

/** A data file read for training, with its digest for the model's provenance record. */
export interface DatasetFile {
  path: string;
  sha256: string;
}

/**
 * HateCheck functionalities labelled non-hateful that are still insults a comment scorer should flag
 * (see the SOURCE.md caveats): abuse of an individual or of a non-protected group.
 */
export const INSULT_NON_HATEFUL = new Set(['target_indiv_nh', 'target_group_nh']);

/** Share of groups (by a stable hash of the group id) that the development split holds out. */
export const DEV_SHARE_PERCENT = 20;

/** FNV-1a of the group id: the same group lands in the same split on every machine and in every run. */
export function devByHash(group: string): Split {
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 100 < DEV_SHARE_PERCENT ? 'dev' : 'train';
}

/**
 * GermEval tweets that address the same account belong to one conversation, often one author's thread: they go
 * to one side of the split together, so that the development figures are not flattered by a thread's
 * vocabulary seen in training (unseen comments come from other conversations).
 */
export function germevalGroup(text: string, row: number): string {
  const mention = /@(\w+)/.exec(text);
  return mention === null ? `ge-row-${row}` : `ge-@${(mention[1] as string).toLowerCase()}`;
}

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readRecords(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  if (header === undefined) return [];
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => {
      const record: Record<string, string> = {};
      header.forEach((name, i) => {
        record[name] = r[i] ?? '';
      });
      return record;
    });
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function hateCheckLabel(functionality: string, gold: string): 0 | 1 {
  return gold === 'hateful' || INSULT_NON_HATEFUL.has(functionality) ? 1 : 0;
}

/** Loads every data set under `dataDir` (../shared/data), in file order, then our own comments from `ownDir`. */
export function loadDatasets(dataDir: string, ownDir: string = OWN_COMMENTS_DIR, casesDir: string = OWN_CASES_DIR): { examples: LabelledExample[]; files: DatasetFile[] } {
  const examples: LabelledExample[] = [];
  const files: DatasetFile[] = [];
  const germeval = path.join(dataDir, 'germeval2018', 'germeval2018.training.txt');
  files.push({ path: 'germeval2018/germeval2018.training.txt', sha256: sha256(germeval) });
  fs.readFileSync(germeval, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const [text, coarse, fine] = line.split('\t');
      if (text === undefined || coarse === undefined || text.trim() === '') return;
      const group = germevalGroup(text, i);
      examples.push({
        dataset: 'germeval2018',
        language: 'de',
        text: text.replace(/\|LBR\|/g, '\n'),
        label: coarse.trim() === 'OFFENSE' ? 1 : 0,
        category: (fine ?? coarse).trim(),
        group,
        split: devByHash(group),
        disagreement: false,
      });
    });
  const gahd = path.join(dataDir, 'gahd', 'gahd.csv');
  files.push({ path: 'gahd/gahd.csv', sha256: sha256(gahd) });
  for (const r of readRecords(gahd)) {
    const id = r.gahd_id ?? '';
    const twin = r.contrastive_gahd_id ?? '';
    // A contrastive twin differs only in whether it attacks a group: the pair stays together.
    const group = `gahd-${twin !== '' && twin < id ? twin : id}`;
    examples.push({
      dataset: 'gahd',
      language: 'de',
      text: (r.text ?? '').trim(),
      label: r.label === '1' ? 1 : 0,
      category: `${r.source ?? ''}${twin !== '' ? '+contrastive' : ''}`,
      group,
      // The publishers' split keeps twins together; their dev and test parts are our development data.
      split: r.split === 'train' ? 'train' : 'dev',
      disagreement: false,
    });
  }
  const gmhp = path.join(dataDir, 'gmhp7k', 'gmhp7k.csv');
  files.push({ path: 'gmhp7k/gmhp7k.csv', sha256: sha256(gmhp) });
  for (const r of readRecords(gmhp)) {
    examples.push({
      dataset: 'gmhp7k',
      language: 'de',
      text: (r.review_text ?? '').trim(),
      label: r.hs === '1' ? 1 : 0,
      category: r.m_hs === '1' ? 'misogynistic' : r.hs === '1' ? 'hate' : 'none',
      group: `gmhp-${r.tweet_id ?? ''}`,
      split: r.split_hs === 'train' ? 'train' : 'dev',
      disagreement: false,
    });
  }
  const hatecheck = path.join(dataDir, 'hatecheck-en', 'test_suite_cases.csv');
  files.push({ path: 'hatecheck-en/test_suite_cases.csv', sha256: sha256(hatecheck) });
  for (const r of readRecords(hatecheck)) {
    const functionality = r.functionality ?? '';
    examples.push({
      dataset: 'hatecheck-en',
      language: 'en',
      text: (r.test_case ?? '').trim(),
      label: hateCheckLabel(functionality, r.label_gold ?? ''),
      category: functionality,
      group: `en-${r.templ_id ?? r.case_id ?? ''}`,
      split: devByHash(`en-${r.templ_id ?? r.case_id ?? ''}`),
      disagreement: false,
    });
  }
  for (const [lang, name] of [
    ['fr', 'french'],
    ['it', 'italian'],
  ] as const) {
    const file = path.join(dataDir, 'multilingual-hatecheck', `hatecheck_cases_final_${name}.csv`);
    files.push({ path: `multilingual-hatecheck/hatecheck_cases_final_${name}.csv`, sha256: sha256(file) });
    for (const r of readRecords(file)) {
      const functionality = r.functionality ?? '';
      examples.push({
        dataset: lang === 'fr' ? 'mhc-fr' : 'mhc-it',
        language: lang,
        text: (r.test_case ?? '').trim(),
        label: hateCheckLabel(functionality, r.label_gold ?? ''),
        category: functionality,
        group: `${lang}-${r.templ_id ?? r.mhc_case_id ?? ''}`,
        split: devByHash(`${lang}-${r.templ_id ?? r.mhc_case_id ?? ''}`),
        disagreement: r.disagreement_in_case === 'True',
      });
    }
  }
  const ftr = path.join(dataDir, 'ftr-french', 'FTR_new_labels.csv');
  files.push({ path: 'ftr-french/FTR_new_labels.csv', sha256: sha256(ftr) });
  for (const r of readRecords(ftr)) {
    const text = (r.tweet ?? '').trim();
    if (text === '') continue;
    const group = `ftr-${r.id ?? ''}`;
    examples.push({
      dataset: 'ftr-fr',
      language: 'fr',
      text,
      // Only racism is labelled: a racist tweet is offensive, but a 0 may still be a (non-racist) insult.
      label: r.label === '1' ? 1 : 0,
      category: r.label === '1' ? 'racist' : 'not-racist',
      group,
      split: devByHash(group),
      disagreement: false,
    });
  }
  const own = loadOwnComments(ownDir);
  const cases = loadOwnCases(casesDir);
  return { examples: [...examples, ...own.examples, ...cases.examples], files: [...files, ...own.files, ...cases.files] };
}

/**
 * Our own clean reader comments (training-data/own-comments): fr/it/en and Standard German split by hash like the
 * other sets, German as a data set of its own; the Swiss German dialect file only as development data.
 */
export function loadOwnComments(ownDir: string = OWN_COMMENTS_DIR): { examples: LabelledExample[]; files: DatasetFile[] } {
  const examples: LabelledExample[] = [];
  const files: DatasetFile[] = [];
  for (const lang of OWN_NEUTRAL_LANGUAGES) {
    const file = path.join(ownDir, `neutral-${lang}.txt`);
    files.push({ path: `training-data/own-comments/neutral-${lang}.txt`, sha256: sha256(file) });
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const text = line.trim();
      if (text === '') continue;
      const group = `own-${lang}-${text}`;
      // German ones are a data set of their own: each head weighs them apart.
      examples.push({ dataset: lang === 'de' ? 'own-neutral-de' : 'own-neutral', language: lang, text, label: 0, category: 'clean', group, split: devByHash(group), disagreement: false });
    }
  }
  const dialectFile = path.join(ownDir, 'neutral-gsw.txt');
  files.push({ path: 'training-data/own-comments/neutral-gsw.txt', sha256: sha256(dialectFile) });
  for (const line of fs.readFileSync(dialectFile, 'utf8').split('\n')) {
    const text = line.trim();
    if (text === '') continue;
    // Swiss German dialect: all of it is development data, never fitted.
    examples.push({ dataset: 'own-neutral-gsw', language: 'de', text, label: 0, category: 'clean', group: `own-gsw-${text}`, split: 'dev', disagreement: false });
  }
  return { examples, files };
}

/**
 * One of our own labelled cases, its split resolved: `dev` cases are written from and fitted; `check` cases (a file named
 * `…-check.jsonl` throughout) are never written from nor fitted; `rules` cases (a file named `…-rules.jsonl`) are
 * written from but not fitted: session 17's files, trained on at the German head's weight, cost a point of grouped CV
 * (78.9 → 77.9) and HateCheck and MHC fr/it half a point each, so they only test the rules.
 */
export interface OwnCase {
  text: string;
  language?: Language;
  expect: 'approved' | 'held' | 'rejected' | 'not_approved';
  kind?: string;
  split: 'dev' | 'check' | 'rules';
}

/** Reads one case file (one JSON object per line). */
export function readCaseFile(file: string): OwnCase[] {
  const name = path.basename(file);
  const fileSplit = name.endsWith('-check.jsonl') ? 'check' : name.endsWith('-rules.jsonl') ? 'rules' : 'dev';
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const c = JSON.parse(line) as Omit<OwnCase, 'split'> & { split?: OwnCase['split'] };
      return { ...c, split: c.split ?? fileSplit };
    });
}

const CASE_LANGUAGES = new Set<string>(['de', 'fr', 'it', 'en']);

/**
 * The `dev` parts of our own labelled cases, as training examples: a comment expected approved is 0, one expected held,
 * rejected or not approved is 1. German ones are a data set of their own, so each head weighs them apart. The `rules`
 * files are the data set `own-rules`, which only the threat head weighs: fitted by the offense heads they cost
 * grouped CV a point (README, "Session 17"). A case that
 * says what a sentence of eval-data/ says is left out (ten did, written apart), so those figures stay unseen.
 */
export function loadOwnCases(casesDir: string = OWN_CASES_DIR, evalDir: string = EVAL_DATA_DIR): { examples: LabelledExample[]; files: DatasetFile[] } {
  const examples: LabelledExample[] = [];
  const evaluated = evalDataTexts(evalDir);
  const files: DatasetFile[] = [];
  for (const name of fs.readdirSync(casesDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const file = path.join(casesDir, name);
    files.push({ path: path.relative(path.resolve(__dirname, '..', '..'), file), sha256: sha256(file) });
    for (const c of readCaseFile(file)) {
      if (c.split === 'check' || c.language === undefined || !CASE_LANGUAGES.has(c.language)) continue;
      if (evaluated.has(sameText(c.text))) continue;
      const language = c.language;
      examples.push({
        dataset: c.split === 'rules' ? 'own-rules' : language === 'de' ? 'own-cases-de' : 'own-cases',
        language,
        text: c.text,
        label: c.expect === 'approved' ? 0 : 1,
        category: c.kind ?? c.expect,
        group: `case-${language}-${c.text}`,
        split: 'train',
        disagreement: false,
      });
    }
  }
  return { examples, files };
}

/**
 * Whether an example's category says threat: HateCheck's direct and normative threats, and our own cases of kind
 * `threat/…` but dehumanisation (a verdict on a group, not a threat of harm: the offense heads and the lexicon read it).
 */
export function isThreatCategory(category: string): boolean {
  return category === 'threat_dir_h' || category === 'threat_norm_h' || (category.startsWith('threat/') && category !== 'threat/dehumanisation');
}
