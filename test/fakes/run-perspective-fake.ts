/**
 * Starts the Perspective fake for manual trials and benchmarks, e.g.
 *   npx tsc test/fakes/run-perspective-fake.ts --outDir /tmp/perspective-fake --rootDir . --module commonjs \
 *     --target es2022 --strict --skipLibCheck --types node
 *   node /tmp/perspective-fake/test/fakes/run-perspective-fake.js --port 8089 --qps 1 --latency-ms 300
 * then point PERSPECTIVE_URL at http://127.0.0.1:8089 with PERSPECTIVE_API_KEY=test-key.
 * Options: --port N (default 8089), --key K (repeatable, default test-key), --qps N (429 above N per
 * second), --latency-ms N. It logs one line per request (status, bytes; never the text) and stops on
 * SIGINT/SIGTERM.
 */
import { startPerspectiveFake } from './perspective-fake';

function parseArgs(argv: string[]): { port: number; keys: string[]; qps?: number; latencyMs?: number } {
  const options: { port: number; keys: string[]; qps?: number; latencyMs?: number } = { port: 8089, keys: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    const number = Number(value);
    if (value === undefined) throw new Error(`missing value for ${flag}`);
    if (flag === '--key') options.keys.push(value);
    else if (!Number.isFinite(number) || number < 0) throw new Error(`${flag} needs a non-negative number, got ${value}`);
    else if (flag === '--port') options.port = number;
    else if (flag === '--qps') options.qps = number;
    else if (flag === '--latency-ms') options.latencyMs = number;
    else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const fake = await startPerspectiveFake({ port: options.port, apiKeys: options.keys.length > 0 ? options.keys : ['test-key'] });
  fake.setMode({ maxPerSecond: options.qps, latencyMs: options.latencyMs ?? 0 });
  console.log(`Perspective fake listening on ${fake.url} (POST ${fake.url}/v1alpha1/comments:analyze?key=...)`);
  let logged = 0;
  const timer = setInterval(() => {
    for (; logged < fake.requests.length && fake.requests[logged]?.status !== undefined; logged += 1) {
      const r = fake.requests[logged]!;
      console.log(`${new Date(r.at).toISOString()} ${r.method} ${r.path} -> ${r.status} (${Buffer.byteLength(r.bodyText)} bytes)`);
    }
  }, 200);
  const stop = (): void => {
    clearInterval(timer);
    void fake.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
