import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { devByHash, germevalGroup, loadOwnCases, readCaseFile, loadOwnComments, DEV_SHARE_PERCENT } from './training-data';

describe('development split', () => {
  it('When a group id is split, then it lands on the same side every time', () => {
    for (const group of ['ge-@welt', 'gahd-abc', 'en-17']) expect(devByHash(group)).toBe(devByHash(group));
  });

  it('When many groups are split, then about DEV_SHARE_PERCENT of them are development data', () => {
    const groups = Array.from({ length: 10_000 }, (_, i) => `g-${i}`);
    const dev = groups.filter((g) => devByHash(g) === 'dev').length / groups.length;
    expect(dev).toBeGreaterThan(DEV_SHARE_PERCENT / 100 - 0.02);
    expect(dev).toBeLessThan(DEV_SHARE_PERCENT / 100 + 0.02);
  });

  it('When GermEval tweets answer the same account, then they share a group; others stand alone', () => {
    expect(germevalGroup('@Welt das ist doch Unsinn', 1)).toBe(germevalGroup('@welt @spiegel gut so', 2));
    expect(germevalGroup('Kein Adressat hier', 3)).not.toBe(germevalGroup('Kein Adressat hier', 4));
  });
});

describe('our own clean comments', () => {
  it('When the own-comment files are loaded, then Standard German is its own data set and every dialect line is development data', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'own-'));
    try {
      for (const lang of ['en', 'fr', 'it']) fs.writeFileSync(path.join(dir, `neutral-${lang}.txt`), `Finally ${lang}!\n`);
      fs.writeFileSync(path.join(dir, 'neutral-de.txt'), Array.from({ length: 50 }, (_, i) => `Endlich Nummer ${i}.`).join('\n'));
      fs.writeFileSync(path.join(dir, 'neutral-gsw.txt'), Array.from({ length: 50 }, (_, i) => `Äntlich ${i}!`).join('\n') + '\n\n');
      const { examples, files } = loadOwnComments(dir);
      const of = (name: string) => examples.filter((e) => e.dataset === name);
      expect(of('own-neutral')).toHaveLength(3);
      expect(of('own-neutral-de')).toHaveLength(50);
      expect(new Set(of('own-neutral-de').map((e) => e.split))).toEqual(new Set(['train', 'dev']));
      expect(of('own-neutral-gsw')).toHaveLength(50);
      expect(of('own-neutral-gsw').every((e) => e.split === 'dev' && e.language === 'de' && e.label === 0)).toBe(true);
      expect(files.map((f) => path.basename(f.path))).toEqual(['neutral-en.txt', 'neutral-fr.txt', 'neutral-it.txt', 'neutral-de.txt', 'neutral-gsw.txt']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('our own labelled cases', () => {
  const line = (c: Record<string, string>): string => JSON.stringify(c);

  it('When the case files are loaded, then dev parts are fitted, rules parts are the data set own-rules, check parts are never read, each labelled by what is expected, and a sentence of eval-data is left out', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cases-'));
    const cases = path.join(root, 'cases');
    const evalDir = path.join(root, 'eval');
    fs.mkdirSync(cases);
    fs.mkdirSync(evalDir);
    try {
      fs.writeFileSync(
        path.join(cases, 'threats.jsonl'),
        [
          line({ text: 'Ich weiss, wo du wohnst.', language: 'de', expect: 'rejected', kind: 'threat/veiled', split: 'dev' }),
          line({ text: 'Ich weiss, wo du wohnst, komm vorbei!', language: 'de', expect: 'approved', kind: 'clean/look-alike', split: 'dev' }),
          line({ text: 'On sait où tu habites.', language: 'fr', expect: 'not_approved', kind: 'threat/veiled', split: 'dev' }),
          line({ text: 'Wir kriegen dich.', language: 'de', expect: 'rejected', kind: 'threat/threat', split: 'check' }),
          line({ text: 'Das sagt schon die Auswertung.', language: 'de', expect: 'approved', kind: 'clean/plain', split: 'dev' }),
        ].join('\n') + '\n',
      );
      // A file named -check is a check part throughout; a case without a split takes its file's.
      fs.writeFileSync(path.join(cases, 'groups-check.jsonl'), `${line({ text: 'Juden sind Menschen.', language: 'de', expect: 'approved' })}\n`);
      // A file named -rules is written from; only the threat head fits it (data set own-rules, which the offense heads weigh 0).
      fs.writeFileSync(path.join(cases, 'implicit-rules.jsonl'), `${line({ text: 'Muslime gehören in den Zoo.', language: 'de', expect: 'not_approved' })}\n`);
      fs.writeFileSync(path.join(evalDir, 'newsroom.jsonl'), `${line({ text: 'das sagt schon die Auswertung' })}\n`);
      const { examples, files } = loadOwnCases(cases, evalDir);
      expect(examples.map((e) => [e.dataset, e.language, e.label, e.split, e.text])).toEqual([
        ['own-rules', 'de', 1, 'train', 'Muslime gehören in den Zoo.'],
        ['own-cases-de', 'de', 1, 'train', 'Ich weiss, wo du wohnst.'],
        ['own-cases-de', 'de', 0, 'train', 'Ich weiss, wo du wohnst, komm vorbei!'],
        ['own-cases', 'fr', 1, 'train', 'On sait où tu habites.'],
      ]);
      expect(files.map((f) => path.basename(f.path))).toEqual(['groups-check.jsonl', 'implicit-rules.jsonl', 'threats.jsonl']);
      expect(readCaseFile(path.join(cases, 'implicit-rules.jsonl')).map((c) => c.split)).toEqual(['rules']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
