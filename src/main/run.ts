import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from '../../config';
import { createLogger } from '../observability/logger';

/** Loads the configuration or exits naming every bad setting. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

/** Runs `close` once on SIGTERM/SIGINT, then exits. A second signal exits at once. */
export function onShutdown(logger: Logger, close: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

export function processLogger(config: Config, name: string): Logger {
  return createLogger({ level: config.logLevel, name });
}

export function warnAboutDevelopmentKeys(config: Config, logger: Logger): void {
  if (config.usingDevelopmentKeys) {
    logger.warn('API_KEYS is not set: using the public development keys dev-intake-key, dev-moderator-key, dev-dashboard-key, dev-analyze-key');
  }
}
