/**
 * The API's shapes as the console sees them: imported from the server's own modules (types only, erased from
 * the bundle) so that the console and the API cannot drift apart.
 */
import type { Appeal, Comment, HistoryEntry, Legality, Report, Role } from '../../src/domain';
import type { HeldComment } from '../../src/comments/comment-store';
import type { QueueStats } from '../../src/queue/queue-stats-service';
import type { WordListEntry } from '../../src/word-lists/word-list-store';
import type { QueuedComment } from '../../src/reports/report-service';
import type { SessionView } from '../../src/sessions/session-service';
import { REASON_CODES, type ReasonCode } from '../../src/review/statement-of-reasons';

export type { Appeal, Comment, HeldComment, Legality, QueuedComment, Report, HistoryEntry, QueueStats, ReasonCode, Role, SessionView, WordListEntry };
export { REASON_CODES };

