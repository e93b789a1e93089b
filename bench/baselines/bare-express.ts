/**
 * Baseline for the intake benchmark: a bare Express 5 app that parses the same JSON body (same 32 KB limit)
 * and answers 202 without doing anything else. `PORT=… node --import tsx bench/baselines/bare-express.ts`
 */
import express from 'express';

const port = Number(process.env.PORT ?? 0);
const app = express();
app.disable('x-powered-by');
app.post('/v1/comments', express.json({ limit: 32 * 1024 }), (req, res) => {
  const body = req.body as { articleId?: unknown } | undefined;
  res.status(202).json({ status: 'pending', articleId: body?.articleId ?? null });
});
const server = app.listen(port, '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
