import { randomUUID } from 'node:crypto';
import type { Comment, Decision } from '../domain';

/** What receivers get on every final decision. Carries no comment text: receivers fetch it if they need it. */
export interface DecisionEvent {
  id: string;
  type: 'comment.decided';
  createdAt: string;
  data: {
    commentId: string;
    articleId: string;
    externalId: string | null;
    status: Decision['status'];
    decision: Decision;
  };
}

export function decisionEvent(comment: Pick<Comment, 'id' | 'articleId' | 'externalId'>, decision: Decision): DecisionEvent {
  return {
    id: randomUUID(),
    type: 'comment.decided',
    createdAt: decision.at,
    data: { commentId: comment.id, articleId: comment.articleId, externalId: comment.externalId, status: decision.status, decision },
  };
}
