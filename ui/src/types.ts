import type { Comment, HistoryEntry, Role } from '../../src/domain';

export type { Comment, HistoryEntry, Role };

export interface SessionView {
  role: Role;
  name: string;
  csrfToken: string;
}

export interface Claim {
  moderator: string;
  expiresAt: string;
}

export type HeldComment = Comment & { claim: Claim | null };

export const REASON_CODES = ['insult', 'hate', 'threat', 'spam', 'off_topic', 'personal_data', 'other'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Rates {
  m1: number;
  m5: number;
  m15: number;
}

export interface QueueStats {
  queue: Record<string, number>;
  awaitingQueue: number;
  comments: Record<string, number>;
  oldestHeldAgeSeconds: number | null;
  scorers: { name: string; state: string; lastFailure?: { kind: string; at: string } }[];
  throughput?: { decisionsPerMinute: Rates & { auto: Rates; moderator: Rates } };
  latency?: {
    intakeToDecisionMs: { p50: number | null; p95: number | null; p99: number | null; samples: number };
    holdToModeratorMs: { p50: number | null; p95: number | null; samples: number };
  };
  oldestPendingAgeSeconds?: number | null;
  moderatorsToday?: { moderator: string; decisions: number }[];
}

export interface WordListEntry {
  list: 'blocked' | 'watched' | 'allowed';
  term: string;
  language?: 'de' | 'fr' | 'it' | 'en';
  addedBy: string;
  addedAt: string;
}
