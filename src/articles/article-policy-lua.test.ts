import { setArticlePolicy } from './redis-article-policy-store';

describe('the article policy script', () => {
  it('When it is called, then its header lists exactly the KEYS and ARGV the store names, in order', () => {
    for (const [kind, names] of [['KEYS', setArticlePolicy.keys], ['ARGV', setArticlePolicy.args]] as const) {
      const header = [...setArticlePolicy.source.matchAll(new RegExp(`^-- ${kind}\\[(\\d+)\\] (\\S+)`, 'gm'))].map((m) => `${m[1]}:${m[2]}`);
      expect(header).toEqual(names.map((name, i) => `${i + 1}:${name}`));
    }
  });
});
