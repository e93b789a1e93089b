import { FeatureBuffer, FeatureHasher, type FeatureOptions } from './feature-hasher';
import { normalizeText } from './text-normalizer';
import { Thesaurus } from './thesaurus';

const BASE: FeatureOptions = { hashBits: 16, charMin: 2, charMax: 5, wordBigrams: true };

function features(hasher: FeatureHasher, text: string): string[] {
  const buffer = new FeatureBuffer();
  hasher.extract(normalizeText(text), undefined, buffer);
  const out: string[] = [];
  for (let i = 0; i < buffer.length; i++) out.push(`${buffer.indices[i]}:${buffer.values[i]}`);
  return out.sort();
}

describe('FeatureHasher', () => {
  it('When identity masking is on, then naming one group or another gives the same features', () => {
    const hasher = new FeatureHasher({ ...BASE, maskIdentity: true });
    expect(features(hasher, 'Flüchtlinge sind Menschen wie du und ich.')).toEqual(features(hasher, 'Muslime sind Menschen wie du und ich.'));
    expect(features(hasher, 'Ich mag Frauen.')).toEqual(features(hasher, 'Ich mag Juden.'));
  });

  it('When identity masking is on, then a politician named gives no feature either', () => {
    const hasher = new FeatureHasher({ ...BASE, maskIdentity: true });
    expect(features(hasher, 'Erdogan unterdrückt die Presse.')).toEqual(features(hasher, 'Merkel unterdrückt die Presse.'));
  });

  it('When identity masking is off, then the group word is a feature of its own', () => {
    const hasher = new FeatureHasher(BASE);
    expect(features(hasher, 'Flüchtlinge sind Menschen.')).not.toEqual(features(hasher, 'Muslime sind Menschen.'));
  });

  it('When a word is in the thesaurus list, then its register and synonym sets are features, also inflected', () => {
    const thesaurus = new Thesaurus({ format: 'openthesaurus-de-derived', licence: 'test', source: 'test', words: { knalltuete: [1, 7], idiot: [1, 7] } });
    const hasher = new FeatureHasher({ ...BASE, thesaurus: true }, thesaurus);
    const plain = new FeatureHasher(BASE);
    const extra = (text: string): string[] => {
      const all = features(hasher, text);
      const without = new Set(features(plain, text));
      return all.filter((f) => !without.has(f));
    };
    // One register bit and one set: two features more than without the list.
    expect(extra('Du Knalltüte')).toHaveLength(2);
    expect(extra('Ihr Knalltueten')).toHaveLength(2);
    expect(extra('Du Nachbar')).toHaveLength(0);
    // Knalltüte and Idiot share the set and the register, so their extra features are the same buckets.
    const buckets = (text: string): string[] => extra(text).map((f) => f.split(':')[0] as string);
    expect(buckets('Knalltüte')).toEqual(buckets('Idiot'));
  });
});
