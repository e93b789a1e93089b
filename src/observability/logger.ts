import pino, { type Logger } from 'pino';

/**
 * The service's logger. Comment text, request bodies, API keys and tokens never reach it: requests are logged
 * by method, route and status only, and these paths are redacted should they ever be passed.
 */
export function createLogger(options: { level: string; name: string }): Logger {
  return pino({
    name: options.name,
    level: options.level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'text',
        '*.text',
        'body',
        'req.body',
        'apiKey',
        '*.apiKey',
        'key',
      ],
      censor: '[redacted]',
    },
  });
}
