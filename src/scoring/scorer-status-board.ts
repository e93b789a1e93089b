import type { Redis } from 'ioredis';
import type { ScorerStatus } from './scorer-chain';

export interface PublishedScorerStatus extends ScorerStatus {
  /** When a worker last reported it. */
  reportedAt: string;
}

/**
 * Workers publish their scorers' health here; the stats API reads it, so a dashboard sees an adapter as down
 * (e.g. Perspective after its shutdown) whichever process noticed.
 */
export class ScorerStatusBoard {
  constructor(private readonly options: { redis: Redis; keyPrefix: string }) {}

  private get key(): string {
    return `${this.options.keyPrefix}:scorers`;
  }

  async publish(statuses: readonly ScorerStatus[], now: Date): Promise<void> {
    if (statuses.length === 0) return;
    const fields = statuses.flatMap((status) => [status.name, JSON.stringify({ ...status, reportedAt: now.toISOString() })]);
    await this.options.redis.hset(this.key, ...fields);
  }

  async read(): Promise<PublishedScorerStatus[]> {
    const raw = await this.options.redis.hgetall(this.key);
    return Object.values(raw)
      .map((value) => JSON.parse(value) as PublishedScorerStatus)
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
