import { reportedMainClauseTokens, reportedSpeechTokens } from './speech-context';
import { normalizeText } from './text-normalizer';

const masked = (text: string): string[] => {
  const normalized = normalizeText(text);
  const { tokens } = normalized;
  const mask = reportedSpeechTokens(normalized);
  return tokens.filter((_, i) => mask?.[i] === 1).map((t) => t.norm);
};

describe('reportedSpeechTokens', () => {
  it('When a comment condemns a quotation, then the quoted words are masked', () => {
    expect(masked('Wer schreibt «Flüchtlinge sind Ungeziefer», verbreitet Hetze.')).toEqual(['fluechtlinge', 'sind', 'ungeziefer']);
    expect(masked('He said "gays are disgusting" and that is hateful.')).toEqual(['gays', 'are', 'disgusting']);
  });

  it('When a participle of saying has its auxiliary and a comma after it, then the clause is masked; "Ehrlich gesagt, …" is not', () => {
    expect(masked('Als du gesagt hast, Schwule seien erbärmlich, war ich traurig.')).toEqual(['schwule', 'seien', 'erbaermlich']);
    expect(masked('Ehrlich gesagt, diese Leute sind mir egal.')).toEqual([]);
  });

  it('When a quotation is not reported or condemned, then nothing is masked', () => {
    expect(masked('«Du bist ein Idiot», und zwar ein grosser.')).toEqual([]);
    expect(masked('Die Politik redet viel, tut aber nichts.')).toEqual([]);
  });

  it('When a verb of saying opens a clause, then that clause up to the next comma is masked', () => {
    expect(masked('Wenn jemand schreibt, Frauen gehören an den Herd, zeigt das seine Dummheit.')).toEqual(['frauen', 'gehoeren', 'an', 'den', 'herd']);
    expect(masked('Er sagt, dass alle Muslime gefährlich sind. Das stimmt nicht.')).toEqual(['dass', 'alle', 'muslime', 'gefaehrlich', 'sind']);
    expect(masked('Er sagt nichts dazu.')).toEqual([]);
  });

  it('When the verb ends a clause about whoever says something it names, then the main clause after it is not masked', () => {
    expect(masked('Wer so etwas schreibt, hat kein Hirn.')).toEqual([]);
    expect(masked('Wer schreibt, Frauen gehören an den Herd, hat nichts verstanden.')).toEqual(['frauen', 'gehoeren', 'an', 'den', 'herd']);
  });
});

describe('reportedMainClauseTokens: someone unnamed saying, after a main clause that condemns it', () => {
  const reported = (text: string): string[] => {
    const normalized = normalizeText(text);
    const mask = reportedMainClauseTokens(normalized);
    return normalized.tokens.filter((_, i) => mask?.[i] === 1).map((t) => t.norm);
  };

  it('When the main clause condemns what someone says, then the clause after the saying is reported', () => {
    expect(reported('Es muss Konsequenzen haben, wenn jemand sagt, er würde eine Frau vergewaltigen.')).toContain('vergewaltigen');
    expect(reported('Es ist widerlich, wenn einer schreibt, man solle die Flüchtlinge erschiessen.')).toContain('erschiessen');
  });

  it('When the main clause praises it or the saying opens the sentence, then nothing after it is reported', () => {
    expect(reported('Ich finde es gut, wenn jemand sagt, die Politiker sind Idioten.')).toEqual([]);
    expect(reported('Wenn jemand sagt, die Politiker sind Idioten, hat er recht.')).toEqual([]);
  });
});
