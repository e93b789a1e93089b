import type { DecisionReason } from '../../domain';
import { UnauthorizedError } from '../../errors/app-errors';
import { runPipeline } from '../../moderation/pipeline';
import { initialState, type Phase } from '../../moderation/phases/phase';
import { htmlToText } from './html-to-text';
import { verifyCoralSignature } from './coral-signature';

/** Coral's user roles that are never held by us (Coral's own staff phase approves them too). */
export const CORAL_STAFF_ROLES: readonly string[] = ['ADMIN', 'MODERATOR', 'STAFF'];

/** The parts of Coral's external moderation request we read (Coral may send more; it is ignored). */
export interface CoralModerationRequest {
  action: 'NEW' | 'EDIT';
  comment: { body: string; parentID?: string | null | undefined };
  author: { id: string; role: string };
  /** Coral's story: its id is our article id, so the article's policy applies. */
  story?: { id?: string | undefined } | undefined;
}

/** What we tell Coral: approve (204, Coral's later phases still run), hold for its moderators, or reject. */
export type CoralVerdict = { status: 'approved' | 'held' | 'rejected'; reasons: DecisionReason[]; staff: boolean };

/**
 * Coral Talk's external moderation phase: a signed, synchronous request per new or edited comment, answered
 * by our word lists, the in-process local scorer and the policy. Nothing is stored.
 */
export class CoralModerationService {
  constructor(
    private readonly deps: {
      signingSecrets: readonly string[];
      phases: readonly Phase[];
      now: () => Date;
    },
  ) {}

  /** Throws UnauthorizedError unless the raw body carries a valid signature. Call before parsing anything. */
  authenticate(rawBody: Buffer, signature: string | undefined): void {
    if (!verifyCoralSignature(rawBody, signature, this.deps.signingSecrets)) {
      throw new UnauthorizedError('missing or invalid X-Coral-Signature: sign the raw body with the configured secret (sha256=<hex HMAC-SHA256>)');
    }
  }

  async moderate(request: CoralModerationRequest): Promise<CoralVerdict> {
    const text = htmlToText(request.comment.body);
    const staff = CORAL_STAFF_ROLES.includes(request.author.role);
    if (text.length === 0) return { status: 'approved', reasons: [], staff };
    const now = this.deps.now();
    // Coral waits for this answer: there is no later attempt.
    const result = await runPipeline(this.deps.phases, initialState({ text, givenLanguage: null, now, createdAt: now, finalAttempt: true, ...(request.story?.id ? { articleId: request.story.id } : {}) }));
    if (result.kind === 'retry') return { status: staff ? 'approved' : 'held', reasons: [{ rule: 'scorer_unavailable', note: result.reason }], staff };
    const { status, reasons } = result.verdict;
    // Staff, moderators and admins are approved whatever the text scores, as Coral's own staff phase does.
    if (staff) return { status: 'approved', reasons, staff };
    return { status, reasons, staff };
  }
}
