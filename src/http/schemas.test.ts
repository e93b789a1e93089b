import { submitCommentSchema, toLanguage } from './schemas';

const valid = { articleId: 'a1', text: 'Hallo', author: { id: 'u1' } };

describe('comment submission schema', () => {
  it('When text is 5000 characters after trimming, then it is accepted; 5001 is refused', () => {
    expect(submitCommentSchema.safeParse({ ...valid, text: `  ${'x'.repeat(5000)}  ` }).success).toBe(true);
    expect(submitCommentSchema.safeParse({ ...valid, text: 'x'.repeat(5001) }).success).toBe(false);
  });

  it('When text is only white space, then it is refused', () => {
    expect(submitCommentSchema.safeParse({ ...valid, text: ' \n\t ' }).success).toBe(false);
  });

  it('When text has control characters or a lone surrogate, then it is refused; line breaks are fine', () => {
    expect(submitCommentSchema.safeParse({ ...valid, text: 'a\u0000b' }).success).toBe(false);
    expect(submitCommentSchema.safeParse({ ...valid, text: 'a\u001bb' }).success).toBe(false);
    expect(submitCommentSchema.safeParse({ ...valid, text: 'a\ud800b' }).success).toBe(false);
    expect(submitCommentSchema.safeParse({ ...valid, text: 'Zeile 1\r\nZeile 2\tEnde' }).success).toBe(true);
  });

  it('When unknown or __proto__ keys are sent, then they are refused by name', () => {
    const result = submitCommentSchema.safeParse(JSON.parse('{"articleId":"a","text":"t","author":{"id":"u"},"__proto__":{"admin":true},"extra":1}'));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('When a language tag is given, then it maps onto the moderated languages', () => {
    expect(['de-CH', 'gsw', 'fr-CH', 'it', 'EN', 'es', 'rm'].map(toLanguage)).toEqual(['de', 'de', 'fr', 'it', 'en', 'other', 'other']);
    expect(submitCommentSchema.safeParse({ ...valid, language: 'de_CH!' }).success).toBe(false);
  });
});

describe('identifiers and metadata', () => {
  it('When an id carries a line break or tab, then it is refused (ids end up in keys and logs)', () => {
    expect(submitCommentSchema.safeParse({ ...valid, author: { id: 'u1\nadmin' } }).success).toBe(false);
    expect(submitCommentSchema.safeParse({ ...valid, articleId: 'a\tb' }).success).toBe(false);
  });

  it('When metadata has a reserved key such as __proto__, then it is refused, not silently dropped', () => {
    const result = submitCommentSchema.safeParse(JSON.parse('{"articleId":"a","text":"t","author":{"id":"u"},"metadata":{"__proto__":{"polluted":true}}}'));
    expect(result.success).toBe(false);
    expect(submitCommentSchema.safeParse({ ...valid, metadata: { constructor: 'x' } }).success).toBe(false);
    expect(submitCommentSchema.safeParse({ ...valid, metadata: { source: 'app', rank: 3, pinned: false } }).success).toBe(true);
  });
});
