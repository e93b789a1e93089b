import { NotFoundError } from '../../errors/app-errors';
import type { PerspectiveAnalysisService, RequestedLanguage } from '../../perspective-api/perspective-analysis-service';
import { parse, type Handler } from '../route';
import { analyzeCommentSchema, suggestScoreSchema, toLanguage } from '../schemas';

export interface PerspectiveRouteDeps {
  /** Null while PERSPECTIVE_API is off: the routes answer 404. */
  perspective: PerspectiveAnalysisService | null;
}

function service(deps: PerspectiveRouteDeps): PerspectiveAnalysisService {
  if (deps.perspective === null) throw new NotFoundError('the Perspective-compatible API is off on this server (PERSPECTIVE_API=on turns it on)');
  return deps.perspective;
}

/** `de-CH` is German, `gsw` Swiss German (German); anything we do not moderate is `other`. */
function requested(tags: string[] | undefined): RequestedLanguage[] {
  return (tags ?? []).map((tag) => ({ tag, language: toLanguage(tag) }));
}

/** `POST /v1alpha1/comments:analyze`: Perspective's request in, Perspective's answer out. Stores nothing. */
export function analyzeComment(deps: PerspectiveRouteDeps): Handler {
  return async (request) => {
    const analysis = service(deps);
    const body = parse(analyzeCommentSchema, request.body, 'body');
    const result = await analysis.analyze({
      text: body.comment.text,
      requestedAttributes: body.requestedAttributes,
      languages: requested(body.languages),
      spanAnnotations: body.spanAnnotations === true,
      clientToken: body.clientToken,
    });
    return { status: 200, body: result };
  };
}

/** `POST /v1alpha1/comments:suggestscore`: a moderator's verdict on a comment, kept for calibration. */
export function suggestCommentScore(deps: PerspectiveRouteDeps): Handler {
  return async (request) => {
    const analysis = service(deps);
    const body = parse(suggestScoreSchema, request.body, 'body');
    const scores: Record<string, number> = {};
    for (const [attribute, value] of Object.entries(body.attributeScores)) {
      const score = value.summaryScore?.value ?? value.spanScores?.[0]?.score.value;
      if (score !== undefined) scores[attribute] = score;
    }
    const result = await analysis.suggestScore({
      text: body.comment?.text,
      scores,
      languages: requested(body.languages),
      communityId: body.communityId,
      clientToken: body.clientToken,
      client: request.principal?.name ?? 'unknown',
    });
    return { status: 200, body: result };
  };
}
