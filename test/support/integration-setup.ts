import { closeLeftoverServices } from './service-harness';

/**
 * Integration and browser suites start real processes in their hooks: a redis-server, the service (whose local
 * scorer compiles ~119,000 lexicon terms at start, 1–3 s on a shared 2-core machine) and Chromium. Jest's 5 s
 * default for a hook failed them when the suites ran in parallel on a loaded machine; a test that waits on a
 * condition still fails at its own deadline.
 */
jest.setTimeout(30_000);

// After the suite's own afterAll: a service whose start outlived a failed hook is closed, so jest can exit.
afterAll(closeLeftoverServices);
