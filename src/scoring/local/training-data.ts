import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../scorer';

/** Which data set an example came from. */
export type DatasetName = 'germeval2018' | 'hatecheck-en' | 'mhc-fr' | 'mhc-it';

/** One labelled comment for training or evaluation. */
export interface LabelledExample {
  dataset: DatasetName;
  language: Language;
  text: string;
  /** 1 = offensive/insulting (what a moderator should at least hold), 0 = fine. */
  label: 0 | 1;
  /** GermEval fine label, or HateCheck functionality. */
  category: string;
  /** HateCheck template id: cases of one template must stay in one fold. */
  group: string;
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

/** Loads every data set under `dataDir` (../shared/data), in file order. */
export function loadDatasets(dataDir: string): { examples: LabelledExample[]; files: DatasetFile[] } {
  const examples: LabelledExample[] = [];
  const files: DatasetFile[] = [];
  const germeval = path.join(dataDir, 'germeval2018', 'germeval2018.training.txt');
  files.push({ path: 'germeval2018/germeval2018.training.txt', sha256: sha256(germeval) });
  fs.readFileSync(germeval, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const [text, coarse, fine] = line.split('\t');
      if (text === undefined || coarse === undefined || text.trim() === '') return;
      examples.push({
        dataset: 'germeval2018',
        language: 'de',
        text: text.replace(/\|LBR\|/g, '\n'),
        label: coarse.trim() === 'OFFENSE' ? 1 : 0,
        category: (fine ?? coarse).trim(),
        group: `ge-${i}`,
        disagreement: false,
      });
    });
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
        disagreement: r.disagreement_in_case === 'True',
      });
    }
  }
  return { examples, files };
}
