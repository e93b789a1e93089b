import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { RequestHandler } from 'express';
import type { Principal } from './auth';
import type { Mount } from './express-app';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * bull-board's page loads its own scripts and styles (and inline styles), which the API's `default-src 'none'`
 * forbids; it gets a policy of its own that still allows nothing from other origins (its Google Fonts link
 * stays unloaded: no network at run time) and no inline script.
 */
const BOARD_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; base-uri 'self'; frame-ancestors 'none'";

function board(queues: readonly Queue[], readOnlyMode: boolean): RequestHandler {
  const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode })), serverAdapter, options: { uiConfig: { boardTitle: 'Moderation queues' } } });
  const router = serverAdapter.getRouter() as RequestHandler;
  return (req, res, next) => {
    res.setHeader('Content-Security-Policy', BOARD_CSP);
    router(req, res, next);
  };
}

/** bull-board at /admin/queues: moderators may retry and clean jobs, dashboards only look (read-only mode). */
export function queueBoardMount(queues: readonly Queue[]): Mount {
  const full = board(queues, false);
  const readOnly = board(queues, true);
  return {
    path: QUEUE_BOARD_PATH,
    access: ['moderator', 'dashboard'],
    signInPage: '/ui',
    handlerFor: (principal: Principal) => (principal.role === 'moderator' ? full : readOnly),
  };
}
