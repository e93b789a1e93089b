/**
 * The replies of a pipeline or MULTI (`exec()`'s `[error, reply]` pairs), in order. A reply error is never
 * ignored: the first one is thrown, so a WRONGTYPE or a refused write cannot pass as a missing value.
 */
export function pipelineReplies(results: [Error | null, unknown][] | null, expected: number): unknown[] {
  if (results === null || results.length !== expected) throw new Error('a Redis pipeline was aborted');
  return results.map(([error, reply]) => {
    if (error) throw error;
    return reply;
  });
}
