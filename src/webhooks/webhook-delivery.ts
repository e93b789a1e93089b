import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { CommentStore } from '../comments/comment-store';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signPayload } from './webhook-signature';
import { RELEASE_LEASE } from '../redis/lease';

export const WEBHOOK_QUEUE = 'webhooks';

const RELAY_BATCH = 200;

export interface WebhookJobData {
  /** The event as JSON: sent byte for byte on every attempt, so receivers can deduplicate by its id. */
  event: string;
  eventId: string;
  url: string;
}

export interface WebhookOptions {
  urls: string[];
  secret: string | undefined;
  timeoutMs: number;
  attempts: number;
  backoffMs: number;
}

export class WebhookDeliveryError extends Error {
  override readonly name = 'WebhookDeliveryError';
}

/** Posts one signed event to one receiver; anything but a 2xx is a failure that BullMQ retries with backoff. */
export async function deliver(data: WebhookJobData, options: { secret: string; timeoutMs: number; nowSeconds: number }): Promise<number> {
  const response = await fetch(data.url, {
    method: 'POST',
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs),
    headers: {
      'content-type': 'application/json',
      'user-agent': 'comment-moderation-webhooks/1',
      [EVENT_ID_HEADER]: data.eventId,
      [SIGNATURE_HEADER]: signPayload(options.secret, data.event, options.nowSeconds),
    },
    body: data.event,
  });
  await response.body?.cancel();
  if (response.status < 200 || response.status >= 300) throw new WebhookDeliveryError(`receiver answered ${response.status}`);
  return response.status;
}

export interface WebhookDispatcher {
  /** Moves decision events from the outbox to delivery jobs (one per receiver). Returns how many events moved. */
  relayOnce(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The decision transition writes its event to an outbox list in the same Lua script, so no event is lost
 * between a decision and its webhook. It does so in every process, with or without receivers of its own, once
 * any process with receivers has marked the deployment (`RedisCommentStore.markWebhooksConfigured`). This relay hands outbox events to the webhook queue (job id = event id +
 * receiver, so relaying twice is harmless) and a BullMQ worker delivers them with retries and backoff.
 */
export function startWebhookDispatcher(deps: {
  connection: Redis;
  prefix: string;
  store: CommentStore;
  /** Redis key of the relay lock. */
  lockKey: string;
  options: WebhookOptions;
  logger: Logger;
  relayIntervalMs: number;
}): WebhookDispatcher {
  const { options, logger } = deps;
  const queue = new Queue<WebhookJobData>(WEBHOOK_QUEUE, {
    connection: deps.connection,
    prefix: deps.prefix,
    defaultJobOptions: {
      attempts: options.attempts,
      backoff: { type: 'exponential', delay: options.backoffMs },
      // Kept a day so that a relay that runs twice cannot deliver an event twice.
      removeOnComplete: { age: 86_400, count: 100_000 },
      removeOnFail: { count: 10_000 },
    },
  });
  const secret = options.secret;
  const worker =
    options.urls.length > 0 && secret !== undefined
      ? new Worker<WebhookJobData>(
          WEBHOOK_QUEUE,
          async (job: Job<WebhookJobData>) => deliver(job.data, { secret, timeoutMs: options.timeoutMs, nowSeconds: Math.floor(Date.now() / 1000) }),
          { connection: deps.connection, prefix: deps.prefix, concurrency: 8 },
        )
      : null;
  worker?.on('failed', (job, error) => logger.warn({ eventId: job?.data.eventId, attempt: job?.attemptsMade, reason: error.message }, 'webhook delivery failed'));
  worker?.on('error', (error) => logger.error({ reason: error.message }, 'webhook worker error'));

  let relaying: Promise<number> | null = null;
  const token = randomUUID();
  const relayOnce = (): Promise<number> => {
    // Only processes that deliver relay: one configured without receivers (a rolling change of WEBHOOK_URLS)
    // must not take events off the outbox that others would deliver. Once any process with receivers has started
    // (it marks the deployment in Redis), every process writes events, whatever its own WEBHOOK_URLS, so the
    // API's moderator decisions reach the workers' receivers; the outbox is capped in the decision scripts, so it
    // stays bounded while no process relays.
    if (worker === null) return Promise.resolve(0);
    relaying ??= (async () => {
      try {
        // One relay at a time across all processes saves duplicate work; the trim below is safe without it.
        if ((await deps.connection.set(deps.lockKey, token, 'PX', 10_000, 'NX')) !== 'OK') return 0;
        try {
          // Drain in batches while full ones come back (bounded per tick), so the relay keeps up with decisions.
          let moved = 0;
          for (let batch = 0; batch < 50; batch += 1) {
            const events = await deps.store.peekOutbox(RELAY_BATCH);
            if (events.length === 0) break;
            await queue.addBulk(
              events.flatMap((event) => {
                const eventId = (JSON.parse(event) as { id: string }).id;
                return options.urls.map((url, index) => ({ name: 'deliver', data: { event, eventId, url }, opts: { jobId: `${eventId}_${index}` } }));
              }),
            );
            // Only the events read: should another relay have taken over (this one stalled past the lock), the
            // head has moved and nothing is trimmed, so no later event is lost; duplicates keep their job id.
            if (!(await deps.store.trimOutbox(events))) break;
            moved += events.length;
            if (events.length < RELAY_BATCH) break;
          }
          return moved;
        } finally {
          await RELEASE_LEASE.run(deps.connection, { keys: { lease: deps.lockKey }, args: { token } }).catch(() => undefined);
        }
      } finally {
        relaying = null;
      }
    })();
    return relaying;
  };
  const timer =
    worker === null
      ? undefined
      : setInterval(() => {
          relayOnce().catch((error: unknown) => logger.warn({ reason: (error as Error).message }, 'webhook relay failed'));
        }, deps.relayIntervalMs);
  timer?.unref();

  return {
    relayOnce,
    async close() {
      if (timer !== undefined) clearInterval(timer);
      await relaying?.catch(() => undefined);
      await worker?.close();
      await queue.close();
    },
  };
}
