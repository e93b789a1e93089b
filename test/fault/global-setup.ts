import { buildDist } from '../support/processes';

/**
 * Jest global setup for the fault tests: they run the compiled service as real processes, so compile it first
 * (a stale dist/ would test old code). Each test file starts its own redis-server.
 */
export default function globalSetup(): void {
  const startedAt = Date.now();
  buildDist();
  console.log(`\nfault tests: built dist/ in ${Date.now() - startedAt} ms`);
}
