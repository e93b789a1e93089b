import type { ReviewService } from '../../review/review-service';
import { commentIdSchema, decisionSchema, listHeldQuerySchema } from '../schemas';
import { commentView, parse, type Handler } from '../route';

export function listHeldComments(deps: { review: ReviewService }): Handler {
  return async (request) => {
    const query = parse(listHeldQuerySchema, request.query, 'query');
    const page = await deps.review.listHeld({
      limit: query.limit,
      ...(query.articleId === undefined ? {} : { articleId: query.articleId }),
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    });
    return { status: 200, body: { items: page.items.map(commentView), nextCursor: page.nextCursor } };
  };
}

export function decideComment(deps: { review: ReviewService }): Handler {
  return async (request) => {
    const { id } = parse(commentIdSchema, request.params, 'params');
    const body = parse(decisionSchema, request.body, 'body');
    const comment = await deps.review.decide(id, request.principal?.name ?? 'unknown', body);
    return { status: 200, body: commentView(comment) };
  };
}
