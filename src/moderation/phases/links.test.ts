import { initialState } from './phase';
import { isAllowedHost, linkHosts, linksPhase } from './links';

const now = new Date('2026-12-02T10:00:00Z');
const state = (text: string, trusted?: boolean) =>
  initialState({ text, givenLanguage: 'de', now, createdAt: now, finalAttempt: false, author: { id: 'r', ...(trusted === undefined ? {} : { trusted }) } });

describe('links', () => {
  it('When a text has links with a scheme, www. or a bare domain, then each host is found once', () => {
    expect(linkHosts('Siehe https://Spam.example.com/x?y=1, www.shop.biz und billig-uhren.ru/kaufen; nochmals https://spam.example.com')).toEqual([
      'spam.example.com',
      'www.shop.biz',
      'billig-uhren.ru',
    ]);
  });

  it('When a text has only ordinary words, abbreviations and numbers, then no link is found', () => {
    expect(linkHosts('z.B. 3.5 Prozent, d.h. Node.js und etc. sind keine Links')).toEqual([]);
  });

  it('When a host is an allowed domain or under one, then it passes', () => {
    expect(isAllowedHost('www.nzz.ch', ['nzz.ch'])).toBe(true);
    expect(isAllowedHost('nzz.ch', ['nzz.ch'])).toBe(true);
    expect(isAllowedHost('fakenzz.ch', ['nzz.ch'])).toBe(false);
  });

  it('When HOLD_LINKS is on and a link is outside the allow list, then the comment is held with form.link naming only that host', () => {
    const phase = linksPhase({ holdLinks: true, allowDomains: ['nzz.ch'] });
    expect(phase.run(state('Quelle: https://www.nzz.ch/a und https://spam.example.com'))).toEqual({
      state: { holds: [{ rule: 'form.link', note: 'links to spam.example.com' }] },
    });
    expect(phase.run(state('Quelle: https://www.nzz.ch/a'))).toEqual({});
  });

  it('When HOLD_LINKS is off, or the author is trusted, then links are not held', () => {
    expect(linksPhase({ holdLinks: false, allowDomains: [] }).run(state('https://spam.example.com'))).toEqual({});
    expect(linksPhase({ holdLinks: true, allowDomains: [] }).run(state('https://spam.example.com', true))).toEqual({});
  });
});
