import { htmlToText } from './html-to-text';

describe('Coral comment HTML to text', () => {
  it('When the body is HTML, then tags go, block tags become line breaks and entities are decoded', () => {
    expect(htmlToText('<p>Du bist ein <b>Voll</b>idiot</p><p>Gruss &amp; Kuss&nbsp;&#8212; &#x1F600;</p>')).toBe('Du bist ein Vollidiot\nGruss & Kuss — 😀');
    expect(htmlToText('Zeile eins<br>Zeile zwei')).toBe('Zeile eins\nZeile zwei');
  });

  it('When the text has a stray "<", then it is kept: stripping must never drop the rest of a comment', () => {
    expect(htmlToText('Toller Artikel <3 du bist ein Vollidiot')).toBe('Toller Artikel <3 du bist ein Vollidiot');
    expect(htmlToText('a < b und &lt;script&gt;')).toBe('a < b und <script>');
  });
});
