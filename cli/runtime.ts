import { loadConfig, type AppConfig } from '../config/app-config.ts';
import { openDatabase, type Database } from '../storage/database.ts';
import { createLogger, type Logger } from './logger.ts';

export interface Runtime {
  config: AppConfig;
  log: Logger;
}

/** Options every command accepts. */
export interface GlobalFlags {
  logJson?: boolean;
  verbose?: boolean;
}

/** Parses the environment once and applies the global flags. */
export function createRuntime(flags: GlobalFlags = {}): Runtime {
  const config = loadConfig();
  if (flags.logJson) config.logJson = true;
  if (flags.verbose) config.logLevel = 'info';
  return { config, log: createLogger(config) };
}

/** Runs work with an open database and always closes it (stopping the embedded server if this process started it). */
export async function withDatabase<T>(runtime: Runtime, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(runtime.config);
  runtime.log.info({ database: db.displayUrl, embedded: db.embedded }, 'database ready');
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
