import type { CommentScoring } from '../../src/moderation/comment-scoring';
import { chainScoring } from '../../src/scoring/create-scoring';
import { ScorerChain } from '../../src/scoring/scorer-chain';
import { ScorerError, type ScoreRequest, type ScoreResult, type Scorer } from '../../src/scoring/scorer';

/**
 * An in-memory Scorer for tests: INSULT 0.99 when the text has "REJECTME", 0.7 for "HOLDME", 0.02 otherwise;
 * "FAILME" makes it fail as an unavailable remote would.
 */
export class KeywordScorer implements Scorer {
  readonly name = 'keyword';
  calls = 0;

  async score(request: ScoreRequest): Promise<ScoreResult> {
    this.calls += 1;
    if (request.text.includes('FAILME')) throw new ScorerError(this.name, 'unavailable', 'keyword scorer is down');
    const at = (word: string) => request.text.indexOf(word);
    const insult = at('REJECTME') >= 0 ? 0.99 : at('HOLDME') >= 0 ? 0.7 : 0.02;
    const word = at('REJECTME') >= 0 ? 'REJECTME' : 'HOLDME';
    const spans = at(word) >= 0 ? [{ begin: at(word), end: at(word) + word.length, attribute: 'INSULT' as const, score: insult, rule: `keyword:${word}` }] : [];
    return { scorer: this.name, model: 'keyword-1', language: request.language, scores: { INSULT: insult, TOXICITY: insult }, spans };
  }
}

/**
 * The real scorer chain around a KeywordScorer, under the `retry` policy: a failure is retried by the queue and
 * held with `scorer_unavailable` on the last attempt.
 */
export function keywordScoring(scorer: KeywordScorer = new KeywordScorer()): CommentScoring {
  return chainScoring(new ScorerChain({ scorers: [scorer], policy: 'retry' }));
}
