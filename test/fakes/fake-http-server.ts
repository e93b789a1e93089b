import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake saw it, for assertions on payloads and on requests per second. */
export interface RecordedRequest {
  /** Arrival time, `Date.now()` when the last body byte was read. */
  at: number;
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  bodyText: string;
  /** Parsed JSON body, or undefined when the body was not JSON. */
  body: unknown;
  /** Status the fake answered with; undefined while pending or when it never answered (hang). */
  status?: number;
}

/** Failure modes shared by the fakes, switchable at run time with `setMode`. */
export interface FakeMode {
  /** Delay before answering, ms. */
  latencyMs: number;
  /** Never answer (the connection stays open until the client gives up or the fake closes). */
  hang: boolean;
  /** Answer 429 to requests above this many per wall-clock second; undefined means no limit. */
  maxPerSecond: number | undefined;
  /** Answer every request with a 500. */
  alwaysFail500: boolean;
  /** Answer 200 with a body that is not valid JSON. */
  malformedBody: boolean;
  /** The service is gone: 403 PERMISSION_DENIED, a 404 HTML page, or 410. */
  shutdown: 403 | 404 | 410 | undefined;
}

export const DEFAULT_FAKE_MODE: FakeMode = {
  latencyMs: 0,
  hang: false,
  maxPerSecond: undefined,
  alwaysFail500: false,
  malformedBody: false,
  shutdown: undefined,
};

/** What a fake's handler answers. */
export interface FakeResponse {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/** Handle on a running fake, shared by the Perspective and OpenAI fakes. */
export interface FakeServerHandle {
  /** Base URL, e.g. `http://127.0.0.1:40123` (no trailing slash). */
  url: string;
  port: number;
  /** Every request received, in arrival order (live array). */
  requests: RecordedRequest[];
  readonly mode: Readonly<FakeMode>;
  setMode(patch: Partial<FakeMode>): void;
  resetMode(): void;
  clearRequests(): void;
  /** Most requests that arrived within one wall-clock second (`floor(at / 1000)`), over `requests`. */
  maxRequestsPerSecond(filter?: (request: RecordedRequest) => boolean): number;
  /** Most requests that arrived within any 1000 ms (sliding window), over `requests`. */
  maxRequestsInAnySecond(filter?: (request: RecordedRequest) => boolean): number;
  close(): Promise<void>;
}

export interface FakeServerContext {
  mode: Readonly<FakeMode>;
  /** Call once per request the fake admits past its quota check; returns false when over `maxPerSecond`. */
  admitForQuota(): boolean;
}

export type FakeHandler = (request: RecordedRequest, context: FakeServerContext) => FakeResponse;

export async function startFakeHttpServer(options: { port?: number; handle: FakeHandler }): Promise<FakeServerHandle> {
  let mode: FakeMode = { ...DEFAULT_FAKE_MODE };
  const requests: RecordedRequest[] = [];
  const admittedPerSecond = new Map<number, number>();
  const pendingTimers = new Set<NodeJS.Timeout>();

  const context: FakeServerContext = {
    get mode() {
      return mode;
    },
    admitForQuota() {
      if (mode.maxPerSecond === undefined) return true;
      const second = Math.floor(Date.now() / 1000);
      const count = admittedPerSecond.get(second) ?? 0;
      if (count >= mode.maxPerSecond) return false;
      admittedPerSecond.set(second, count + 1);
      return true;
    },
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const bodyText = Buffer.concat(chunks).toString('utf8');
      const parsedUrl = new URL(req.url ?? '/', 'http://fake.invalid');
      let body: unknown;
      try {
        body = bodyText === '' ? undefined : (JSON.parse(bodyText) as unknown);
      } catch {
        body = undefined;
      }
      const recorded: RecordedRequest = {
        at: Date.now(),
        method: req.method ?? 'GET',
        path: parsedUrl.pathname,
        query: Object.fromEntries(parsedUrl.searchParams),
        headers: req.headers,
        bodyText,
        body,
      };
      requests.push(recorded);
      if (mode.hang) return;

      const answer = (): void => {
        const response = options.handle(recorded, context);
        recorded.status = response.status;
        if (res.destroyed) return;
        res.writeHead(response.status, response.headers ?? { 'content-type': 'application/json; charset=UTF-8' });
        res.end(response.body);
      };
      if (mode.latencyMs > 0) {
        const timer = setTimeout(() => {
          pendingTimers.delete(timer);
          answer();
        }, mode.latencyMs);
        pendingTimers.add(timer);
      } else {
        answer();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    get mode() {
      return mode;
    },
    setMode(patch) {
      mode = { ...mode, ...patch };
    },
    resetMode() {
      mode = { ...DEFAULT_FAKE_MODE };
    },
    clearRequests() {
      requests.length = 0;
      admittedPerSecond.clear();
    },
    maxRequestsPerSecond(filter = () => true) {
      const perSecond = new Map<number, number>();
      for (const request of requests.filter(filter)) {
        const second = Math.floor(request.at / 1000);
        perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
      }
      return Math.max(0, ...perSecond.values());
    },
    maxRequestsInAnySecond(filter = () => true) {
      const times = requests.filter(filter).map((r) => r.at).sort((a, b) => a - b);
      let most = 0;
      for (let first = 0, last = 0; last < times.length; last += 1) {
        while (times[last]! - times[first]! >= 1000) first += 1;
        most = Math.max(most, last - first + 1);
      }
      return most;
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        for (const timer of pendingTimers) clearTimeout(timer);
        pendingTimers.clear();
        server.close(() => resolve());
        // Hung requests would otherwise keep the server (and jest) alive.
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** Google's HTML 404 page (what Google front ends answer for a wrong path), abridged. */
export function googleNotFoundPage(path: string): FakeResponse {
  return {
    status: 404,
    headers: { 'content-type': 'text/html; charset=UTF-8' },
    body:
      '<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <title>Error 404 (Not Found)!!1</title>\n' +
      `  <p><b>404.</b> <ins>That’s an error.</ins>\n  <p>The requested URL <code>${escapeHtml(path)}</code> was not found on this server.  <ins>That’s all we know.</ins>\n`,
  };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse {
  return { status, body: JSON.stringify(body), headers: { 'content-type': 'application/json; charset=UTF-8', ...headers } };
}
