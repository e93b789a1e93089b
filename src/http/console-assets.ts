import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type RequestHandler } from 'express';
import { ConsoleNotBuiltError } from '../errors/app-errors';

/**
 * The console's page may run only its own bundle and talk only to this origin: even if some comment text were
 * ever rendered as HTML, an injected `onerror=` or `<script>` would not run.
 */
const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const setConsoleHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('Content-Security-Policy', CONSOLE_CSP);
  next();
};

/** Serves the built console (`npm run build` writes it to dist/ui): index.html at /ui, the bundle under /ui/assets. */
export function consoleAssets(options: { dir: string }): Router {
  const router = Router();
  router.use(setConsoleHeaders);
  const index = join(options.dir, 'index.html');
  const built: RequestHandler = (_req, _res, next) => {
    if (!existsSync(index)) {
      next(new ConsoleNotBuiltError('the console is not built: run "npm run build"'));
      return;
    }
    next();
  };
  router.use(built);
  router.use('/assets', express.static(join(options.dir, 'assets'), { index: false, etag: false }));
  router.get(['/', '/index.html'], (_req, res) => {
    res.sendFile(index);
  });
  return router;
}
