import { useEffect, useState } from 'preact/hooks';
import { api, describe } from './api';
import type { QueueStats } from './types';

const POLL_MS = 5000;
/** Samples of decisions per minute kept for the chart: 10 minutes at one poll every 5 s. */
const CHART_SAMPLES = 120;

function ms(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return value < 1000 ? `${value} ms` : value < 60_000 ? `${(value / 1000).toFixed(1)} s` : `${(value / 60_000).toFixed(1)} min`;
}

function Chart({ samples }: { samples: number[] }) {
  const width = 360;
  const height = 80;
  const max = Math.max(1, ...samples);
  const step = samples.length > 1 ? width / (samples.length - 1) : width;
  const points = samples.map((value, i) => `${(i * step).toFixed(1)},${(height - (value / max) * height).toFixed(1)}`).join(' ');
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={`Decisions per minute, last ${samples.length} samples, peak ${max}`}>
        <polyline points={points} fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      <figcaption>Decisions per minute (m1), peak {max}</figcaption>
    </figure>
  );
}

export function DashboardView() {
  const [stats, setStats] = useState<QueueStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [samples, setSamples] = useState<number[]>([]);

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const next = await api<QueueStats>('GET', '/v1/queue/stats');
        if (stopped) return;
        setStats(next);
        setError(null);
        setSamples((current) => [...current, next.throughput?.decisionsPerMinute.m1 ?? 0].slice(-CHART_SAMPLES));
      } catch (caught) {
        if (!stopped) setError(describe(caught));
      }
    };
    void poll();
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, []);

  return (
    <main class="dashboard" aria-label="Dashboard">
      <h1>Dashboard</h1>
      {error !== null && (
        <p role="alert" class="notice error">
          {error}
        </p>
      )}
      {stats === null ? (
        <p>Loading…</p>
      ) : (
        <div class="tiles">
          <section aria-label="Comments">
            <h2>Comments</h2>
            <dl>
              {Object.entries(stats.comments).map(([status, count]) => (
                <>
                  <dt>{status}</dt>
                  <dd data-stat={`comments.${status}`}>{count}</dd>
                </>
              ))}
            </dl>
          </section>
          <section aria-label="Backlog">
            <h2>Backlog</h2>
            <dl>
              <dt>queued jobs</dt>
              <dd>{(stats.queue.waiting ?? 0) + (stats.queue.delayed ?? 0)}</dd>
              <dt>active jobs</dt>
              <dd>{stats.queue.active ?? 0}</dd>
              <dt>awaiting the queue</dt>
              <dd>{stats.awaitingQueue}</dd>
              <dt>oldest pending</dt>
              <dd>{stats.oldestPendingAgeSeconds === null || stats.oldestPendingAgeSeconds === undefined ? '–' : `${stats.oldestPendingAgeSeconds} s`}</dd>
              <dt>oldest held</dt>
              <dd>{stats.oldestHeldAgeSeconds === null ? '–' : `${stats.oldestHeldAgeSeconds} s`}</dd>
            </dl>
          </section>
          <section aria-label="Throughput">
            <h2>Decisions per minute</h2>
            {stats.throughput !== undefined && (
              <dl>
                <dt>last 1 / 5 / 15 min</dt>
                <dd>
                  {stats.throughput.decisionsPerMinute.m1} / {stats.throughput.decisionsPerMinute.m5} / {stats.throughput.decisionsPerMinute.m15}
                </dd>
                <dt>automatic (1 min)</dt>
                <dd>{stats.throughput.decisionsPerMinute.auto.m1}</dd>
                <dt>moderators (1 min)</dt>
                <dd>{stats.throughput.decisionsPerMinute.moderator.m1}</dd>
              </dl>
            )}
            <Chart samples={samples} />
          </section>
          <section aria-label="Time to decision">
            <h2>Time to decision (15 min)</h2>
            {stats.latency !== undefined && (
              <dl>
                <dt>intake → decision p50 / p95 / p99</dt>
                <dd>
                  {ms(stats.latency.intakeToDecisionMs.p50)} / {ms(stats.latency.intakeToDecisionMs.p95)} / {ms(stats.latency.intakeToDecisionMs.p99)}
                </dd>
                <dt>hold → moderator p50 / p95</dt>
                <dd>
                  {ms(stats.latency.holdToModeratorMs.p50)} / {ms(stats.latency.holdToModeratorMs.p95)}
                </dd>
              </dl>
            )}
            {(stats.moderatorsToday ?? []).length > 0 && (
              <>
                <h3>Moderators today</h3>
                <ol>
                  {(stats.moderatorsToday ?? []).map((m) => (
                    <li>
                      {m.moderator}: {m.decisions}
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
          <section aria-label="Scorers">
            <h2>Scorers</h2>
            {stats.scorers.length === 0 ? (
              <p>No worker has reported yet.</p>
            ) : (
              <ul>
                {stats.scorers.map((scorer) => (
                  <li class={`scorer ${scorer.state}`}>
                    {scorer.name}: {scorer.state}
                    {scorer.lastFailure !== undefined && ` (last failure ${scorer.lastFailure.kind} at ${new Date(scorer.lastFailure.at).toLocaleTimeString()})`}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </main>
  );
}
