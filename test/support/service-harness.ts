import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { loadConfig, type Config } from '../../config';
import { createApi, createWorker, type ApiParts, type Overrides, type WorkerParts } from '../../src/composition-root';
import { closeServer, listen } from '../../src/main/http-server';
import { waitFor } from './wait-for';
import { testRedisUrl } from './redis-server';

let counter = 0;

export const DEV_KEYS = {
  intake: 'dev-intake-key',
  moderator: 'dev-moderator-key',
  dashboard: 'dev-dashboard-key',
  analyze: 'dev-analyze-key',
} as const;

export interface HarnessResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface ServiceHarness {
  config: Config;
  baseUrl: string;
  api: ApiParts;
  worker: WorkerParts | null;
  request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options?: { key?: string | null; json?: unknown; rawBody?: string | Buffer; headers?: Record<string, string> },
  ): Promise<HarnessResponse<T>>;
  close(): Promise<void>;
}

/** A unique key prefix per harness, so tests sharing the one test Redis never see each other's data. */
export function uniquePrefix(): string {
  counter += 1;
  return `t${process.pid}x${counter}x${Date.now().toString(36)}`;
}

export function testConfig(env: Record<string, string> = {}): Config {
  const redisUrl = testRedisUrl();
  return loadConfig({ NODE_ENV: 'test', REDIS_URL: redisUrl, REDIS_KEY_PREFIX: uniquePrefix(), LOG_LEVEL: 'silent', PORT: '0', ...env });
}

/**
 * Every service this test file started, settled or still starting. A `beforeAll` that times out leaves its start
 * running and its variable unset, so the suite's `afterAll` cannot close it and jest would wait on its connections:
 * {@link closeLeftoverServices} (registered by the integration setup file) closes whatever is left.
 */
const startedServices = new Set<Promise<ServiceHarness>>();

export async function closeLeftoverServices(): Promise<void> {
  const starts = [...startedServices];
  startedServices.clear();
  const settled = await Promise.allSettled(starts);
  for (const result of settled) if (result.status === 'fulfilled') await result.value.close();
}

/** Starts the real API on 127.0.0.1 (ephemeral port) and, unless `worker: false`, a real worker. */
export function startService(
  options: { env?: Record<string, string>; overrides?: Overrides; worker?: boolean; config?: Config; logger?: Logger } = {},
): Promise<ServiceHarness> {
  const start = startServiceNow(options);
  startedServices.add(start);
  return start;
}

async function startServiceNow(
  options: { env?: Record<string, string>; overrides?: Overrides; worker?: boolean; config?: Config; logger?: Logger },
): Promise<ServiceHarness> {
  const config = options.config ?? testConfig(options.env);
  const logger = options.logger ?? pino({ level: 'silent' });
  const worker = options.worker === false ? null : await createWorker(config, logger, options.overrides);
  const api = await createApi(config, logger, options.overrides);
  const server: Server = await listen(api.app, 0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let closed = false;

  return {
    config,
    baseUrl,
    api,
    worker,
    async request(method, path, requestOptions = {}) {
      const headers: Record<string, string> = { ...(requestOptions.headers ?? {}) };
      const key = requestOptions.key === undefined ? DEV_KEYS.moderator : requestOptions.key;
      if (key !== null) headers.authorization = `Bearer ${key}`;
      let body: string | Buffer | undefined;
      if (requestOptions.json !== undefined) {
        body = JSON.stringify(requestOptions.json);
        headers['content-type'] ??= 'application/json';
      } else if (requestOptions.rawBody !== undefined) {
        body = requestOptions.rawBody;
      }
      const response = await fetch(`${baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text === '' ? null : JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, headers: response.headers, body: parsed as never };
    },
    async close() {
      if (closed) return;
      closed = true;
      await closeServer(server, 2000);
      await api.close();
      await worker?.close();
    },
  };
}

/** Waits until the comment has left `pending`, and returns it as the API shows it. */
export async function waitForDecision<T extends { status: string }>(service: ServiceHarness, id: string, options: { key?: string; timeoutMs?: number } = {}): Promise<T> {
  return waitFor(
    async () => {
      const { body } = await service.request<T>('GET', `/v1/comments/${id}`, options.key === undefined ? {} : { key: options.key });
      return body.status !== 'pending' ? body : undefined;
    },
    { what: `comment ${id} to be decided`, ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) },
  );
}
