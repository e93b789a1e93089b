import type { CommentService } from '../../comments/comment-service';
import { commentIdSchema, submitCommentSchema } from '../schemas';
import { commentView, parse, type Handler } from '../route';

export function submitComment(deps: { comments: CommentService }): Handler {
  return async (request) => {
    const body = parse(submitCommentSchema, request.body, 'body');
    const { comment, created } = await deps.comments.submit(body, request.principal?.name ?? 'unknown');
    return {
      status: 202,
      headers: { Location: `/v1/comments/${comment.id}`, ...(created ? {} : { 'Idempotent-Replayed': 'true' }) },
      body: commentView(comment),
    };
  };
}

export function getComment(deps: { comments: CommentService }): Handler {
  return async (request) => {
    const { id } = parse(commentIdSchema, request.params, 'params');
    return { status: 200, body: commentView(await deps.comments.get(id)) };
  };
}

export function getCommentHistory(deps: { comments: CommentService }): Handler {
  return async (request) => {
    const { id } = parse(commentIdSchema, request.params, 'params');
    return { status: 200, body: { id, history: await deps.comments.history(id) } };
  };
}
