import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CommentStatus } from '../domain';
import type { QueueCounts } from '../queue/moderation-queue';

/** One finished HTTP request, labelled by its route-table path (never the raw path, which holds ids). */
export interface RequestSample {
  route: string;
  method: string;
  status: number;
  durationSeconds: number;
}

/** What the HTTP adapter reports. */
export interface HttpMetrics {
  observeRequest(sample: RequestSample): void;
}

/** One final or routing decision, automatic or by a moderator. */
export interface DecisionSample {
  status: string;
  by: 'auto' | 'moderator';
  language: string;
  /** The scorer whose scores were used; `none` when no scorer ran (word lists, moderators). */
  scorer: string;
  /** From intake to this decision. */
  sinceIntakeSeconds: number;
}

/** One call of one scorer. */
export interface ScorerSample {
  scorer: string;
  durationSeconds: number;
  /** Set when the call failed: `timeout`, `rate_limited`, `unavailable`, `shutdown`, `rejected`. */
  errorKind?: string;
}

/** Gauges read from Redis when Prometheus scrapes: BullMQ job counts by state and comments by status. */
export interface StateSource {
  queueJobs(): Promise<QueueCounts>;
  comments(): Promise<Record<CommentStatus, number>>;
}

/** Receives decisions as they are made (metrics, queue-health statistics). */
export interface DecisionMetrics {
  observeDecision(sample: DecisionSample): void;
}

/** Receives each scorer call's duration and failure. */
export interface ScorerMetrics {
  observeScorer(sample: ScorerSample): void;
}

/**
 * The process's Prometheus metrics, on a registry of its own (tests run several services in one process; in
 * `npm start` the API and the worker share one). Names and labels are part of the API: dashboards use them.
 */
export class ServiceMetrics implements HttpMetrics, DecisionMetrics, ScorerMetrics {
  readonly registry = new Registry();
  private readonly requestDuration: Histogram<'route' | 'method' | 'status'>;
  private readonly decisions: Counter<'status' | 'by' | 'language' | 'scorer'>;
  private readonly scorerDuration: Histogram<'scorer'>;
  private readonly scorerErrors: Counter<'scorer' | 'kind'>;
  private readonly timeToDecision: Histogram<'by'>;
  private readonly sources: StateSource[] = [];
  private readonly requestChildren = new Map<string, { observe(value: number): void }>();

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requestDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by route-table route, method and status',
      labelNames: ['route', 'method', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.decisions = new Counter({
      name: 'moderation_decisions_total',
      help: 'Decisions made, by resulting status, by whom (auto or moderator), language and scorer used',
      labelNames: ['status', 'by', 'language', 'scorer'],
      registers,
    });
    this.scorerDuration = new Histogram({
      name: 'moderation_scorer_duration_seconds',
      help: 'Time one scorer took for one comment, failures included',
      labelNames: ['scorer'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.scorerErrors = new Counter({
      name: 'moderation_scorer_errors_total',
      help: 'Failed scorer calls by scorer and kind (timeout, rate_limited, unavailable, shutdown, rejected)',
      labelNames: ['scorer', 'kind'],
      registers,
    });
    this.timeToDecision = new Histogram({
      name: 'moderation_time_to_decision_seconds',
      help: 'From intake to the decision, by who decided',
      labelNames: ['by'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300, 900, 3600, 4 * 3600, 24 * 3600],
      registers,
    });
    const sources = this.sources;
    new Gauge({
      name: 'moderation_queue_jobs',
      help: 'Moderation queue jobs by state (read from BullMQ at scrape time)',
      labelNames: ['state'],
      registers,
      async collect() {
        const source = sources[0];
        if (source === undefined) return;
        for (const [state, count] of Object.entries(await source.queueJobs())) this.set({ state }, count);
      },
    });
    new Gauge({
      name: 'moderation_comments',
      help: 'Stored comments by status (read from Redis at scrape time)',
      labelNames: ['status'],
      registers,
      async collect() {
        const source = sources[0];
        if (source === undefined) return;
        for (const [status, count] of Object.entries(await source.comments())) this.set({ status }, count);
      },
    });
  }

  /** Where the gauges read queue and comment counts; the first source given wins. */
  addStateSource(source: StateSource): void {
    this.sources.push(source);
  }

  observeRequest(sample: RequestSample): void {
    // One child per route, method and status, looked up by a plain string: prom-client would otherwise sort and
    // join the label object on every request (intake's hot path).
    const key = `${sample.route} ${sample.method} ${sample.status}`;
    let child = this.requestChildren.get(key);
    if (child === undefined) {
      child = this.requestDuration.labels(sample.route, sample.method, String(sample.status));
      this.requestChildren.set(key, child);
    }
    child.observe(sample.durationSeconds);
  }

  observeDecision(sample: DecisionSample): void {
    this.decisions.inc({ status: sample.status, by: sample.by, language: sample.language, scorer: sample.scorer });
    this.timeToDecision.observe({ by: sample.by }, Math.max(0, sample.sinceIntakeSeconds));
  }

  observeScorer(sample: ScorerSample): void {
    this.scorerDuration.observe({ scorer: sample.scorer }, sample.durationSeconds);
    if (sample.errorKind !== undefined) this.scorerErrors.inc({ scorer: sample.scorer, kind: sample.errorKind });
  }

  /** The exposition text and its content type. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
