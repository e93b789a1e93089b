import { reportedQuotationTokens } from './speech-context';
import { normalizeText } from './text-normalizer';

const masked = (text: string): string[] => {
  const { tokens } = normalizeText(text);
  const mask = reportedQuotationTokens(tokens);
  return tokens.filter((_, i) => mask?.[i] === 1).map((t) => t.norm);
};

describe('reportedQuotationTokens', () => {
  it('When a comment condemns a quotation, then the quoted words are masked', () => {
    expect(masked('Wer schreibt «Flüchtlinge sind Ungeziefer», verbreitet Hetze.')).toEqual(['fluechtlinge', 'sind', 'ungeziefer']);
    expect(masked('He said "gays are disgusting" and that is hateful.')).toEqual(['gays', 'are', 'disgusting']);
  });

  it('When a quotation is not reported or condemned, then nothing is masked', () => {
    expect(masked('«Du bist ein Idiot», und zwar ein grosser.')).toEqual([]);
    expect(masked('Die Politik sagt viel, tut aber nichts.')).toEqual([]);
  });
});
