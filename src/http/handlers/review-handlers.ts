import type { ReviewService } from '../../review/review-service';
import { bulkDecisionSchema, commentIdSchema, decisionSchema, listHeldQuerySchema } from '../schemas';
import { commentView, parse, type Handler } from '../route';

export function listHeldComments(deps: { review: ReviewService }): Handler {
  return async (request) => {
    const { status: _status, ...query } = parse(listHeldQuerySchema, request.query, 'query');
    const page = await deps.review.listHeld(query);
    return { status: 200, body: { items: page.items.map(commentView), nextCursor: page.nextCursor } };
  };
}

function moderatorOf(request: Parameters<Handler>[0]): string {
  return request.principal?.name ?? 'unknown';
}

export function decideComment(deps: { review: ReviewService }): Handler {
  return async (request) => {
    const { id } = parse(commentIdSchema, request.params, 'params');
    const body = parse(decisionSchema, request.body, 'body');
    return { status: 200, body: commentView(await deps.review.decide(id, moderatorOf(request), body)) };
  };
}

export function reverseDecision(deps: { review: ReviewService }): Handler {
  return async (request) => {
    const { id } = parse(commentIdSchema, request.params, 'params');
    const body = parse(decisionSchema, request.body, 'body');
    return { status: 200, body: commentView(await deps.review.reverse(id, moderatorOf(request), body)) };
  };
}

export function decideMany(deps: { review: ReviewService }): Handler {
  return async (request) => {
    const { decisions } = parse(bulkDecisionSchema, request.body, 'body');
    return { status: 200, body: { results: await deps.review.decideMany(moderatorOf(request), decisions) } };
  };
}

export function claimComment(deps: { review: ReviewService }): Handler {
  return async (request) => {
    const { id } = parse(commentIdSchema, request.params, 'params');
    const { comment, claim } = await deps.review.claim(id, moderatorOf(request));
    return { status: 200, body: { claim, comment: commentView(comment) } };
  };
}

export function releaseClaim(deps: { review: ReviewService }): Handler {
  return async (request) => {
    const { id } = parse(commentIdSchema, request.params, 'params');
    await deps.review.release(id, moderatorOf(request));
    return { status: 204, body: null };
  };
}
