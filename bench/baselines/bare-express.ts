/**
 * Baseline for the intake benchmark: a bare Express 5 app that parses the same JSON body (same 32 KB limit)
 * and answers 202 without doing anything else; and the same for Perspective's `comments:analyze` (answers 200). `PORT=… node --import tsx bench/baselines/bare-express.ts`
 */
import express from 'express';

const port = Number(process.env.PORT ?? 0);
const app = express();
app.disable('x-powered-by');
app.post('/v1/comments', express.json({ limit: 32 * 1024 }), (req, res) => {
  const body = req.body as { articleId?: unknown } | undefined;
  res.status(202).json({ status: 'pending', articleId: body?.articleId ?? null });
});
// The Perspective-compatible API's baseline: parse the same JSON, answer a fixed Perspective-shaped 200.
app.post('/v1alpha1/comments\\:analyze', express.json({ limit: 256 * 1024 }), (req, res) => {
  const body = req.body as { clientToken?: unknown } | undefined;
  res.status(200).json({ attributeScores: { TOXICITY: { summaryScore: { value: 0.1, type: 'PROBABILITY' } } }, languages: ['de'], detectedLanguages: ['de'], clientToken: body?.clientToken ?? null });
});
const server = app.listen(port, '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
