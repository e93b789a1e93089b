import { NotFoundError, ValidationError } from '../../errors/app-errors';
import { CORAL_SIGNATURE_HEADER } from '../../integrations/coral/coral-signature';
import type { CoralModerationService } from '../../integrations/coral/coral-moderation-service';
import { parse, type Handler } from '../route';
import { coralModerationSchema } from '../schemas';

export interface CoralRouteDeps {
  /** Null while no CORAL_SIGNING_SECRETS is configured: the route answers 404. */
  coral: CoralModerationService | null;
}

/**
 * `POST /v1/integrations/coral/moderation`, Coral's external moderation phase. Reject → 200 REJECTED; hold →
 * 200 SYSTEM_WITHHELD with a FLAG action so Coral's moderators see why; approve → 204, and Coral's later
 * phases run.
 */
export function coralModeration(deps: CoralRouteDeps): Handler {
  return async (request) => {
    if (deps.coral === null) throw new NotFoundError('the Coral moderation phase is not configured on this server: set CORAL_SIGNING_SECRETS');
    const raw = request.body as Buffer;
    const signature = request.headers[CORAL_SIGNATURE_HEADER];
    deps.coral.authenticate(raw, Array.isArray(signature) ? signature.join(',') : signature);
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new ValidationError('the request body is not valid JSON');
    }
    const verdict = await deps.coral.moderate(parse(coralModerationSchema, json, 'body'));
    switch (verdict.status) {
      case 'rejected':
        return { status: 200, body: { status: 'REJECTED' } };
      case 'held':
        return { status: 200, body: { status: 'SYSTEM_WITHHELD', actions: [{ actionType: 'FLAG', reason: 'COMMENT_DETECTED_TOXIC' }] } };
      case 'approved':
        return { status: 204, body: null };
    }
  };
}
