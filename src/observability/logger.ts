import pino, { type Logger } from 'pino';

/**
 * The service's logger. Comment text, request bodies, API keys and tokens never reach it: requests are logged
 * by method, route and status only, and these paths are redacted should they ever be passed.
 */
export function createLogger(options: { level: string; name: string }, destination?: pino.DestinationStream): Logger {
  const settings: pino.LoggerOptions = {
    name: options.name,
    level: options.level,
    // ioredis attaches the failed command, arguments included (comment text, authors, notes), to its errors.
    serializers: { err: errorWithoutCommand },
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
  };
  return destination === undefined ? pino(settings) : pino(settings, destination);
}

/** pino's error serializer, without the `command` (and its arguments) that ioredis puts on its errors. */
function errorWithoutCommand(error: Error): pino.SerializedError {
  const serialized = pino.stdSerializers.err(error);
  delete serialized.command;
  delete serialized.args;
  return serialized;
}
