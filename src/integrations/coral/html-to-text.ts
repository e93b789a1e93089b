const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Tags that end a line of text: their removal must not glue two words together. */
const BREAKING_TAG = /<\/?(?:br|p|div|li|ul|ol|blockquote|h[1-6]|tr|td|pre)\b[^>]*>/gi;
/** Only what is unmistakably a tag (`<` then a letter, `/` or `!`): `<3` and `a < b` stay text. */
const TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/g;

/**
 * Coral's comment body as the text a reader sees: tags removed (line-breaking ones become a line break),
 * entities decoded. Deliberately narrow: a stray `<` is text, never the start of something to drop, so
 * "Toller Artikel <3 du bist ein Vollidiot" keeps its insult.
 */
export function htmlToText(html: string): string {
  return html
    .replace(BREAKING_TAG, '\n')
    .replace(TAG, '')
    .replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});/g, (entity: string, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/[ \t]*\n[ \t\n]*/g, '\n')
    .trim();
}
