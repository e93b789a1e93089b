import { ScorerError } from '../../src/scoring/scorer';

/** Awaits a promise that must reject with a ScorerError, and returns that error for assertions. */
export async function scorerFailure(promise: Promise<unknown>): Promise<ScorerError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ScorerError) return error;
    throw error;
  }
  throw new Error('expected a ScorerError');
}
