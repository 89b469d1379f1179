import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The one schema for fanzha's environment, parsed once at start; everything else receives typed config.
 * Command-line flags override these values where a command offers them.
 */
const envSchema = z.object({
  /** PostgreSQL connection string. Unset: an embedded PostgreSQL under FANZHA_DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** Redis connection string. Set: crawls enqueue BullMQ jobs for `fanzha worker`; unset: analysis runs in-process. */
  REDIS_URL: z.string().url().optional(),
  /** Where the embedded PostgreSQL keeps its data (and other local state). @default ./.fanzha */
  FANZHA_DATA_DIR: z.string().min(1).default('.fanzha'),
  /** Port of the embedded PostgreSQL. @default 54329 */
  FANZHA_EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** BullMQ queue name; workers and crawlers must agree on it. @default fanzha-articles */
  FANZHA_QUEUE: z.string().regex(/^[\w.-]+$/, 'letters, digits, _ . - only').default('fanzha-articles'),
  /** How long a worker may hold a job before BullMQ hands it to another worker (ms). @default 30000 */
  FANZHA_JOB_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  /** Jobs one worker process analyses at a time. @default 1 (analysis is CPU-bound) */
  FANZHA_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /** pino log level. @default warn (quiet) */
  FANZHA_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  /** Logs as JSON lines instead of readable text. @default false */
  FANZHA_LOG_JSON: z
    .enum(['0', '1', 'true', 'false'])
    .default('false')
    .transform((value) => value === '1' || value === 'true'),
  /** User-Agent sent to every site: honest, names the project. */
  FANZHA_USER_AGENT: z.string().min(1).default('fanzha/0.1 (anti-fraud news research crawler; respects robots.txt)'),
  /** Largest response body accepted, in bytes. @default 5242880 */
  FANZHA_MAX_RESPONSE_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 * 1024),
  /** Time limit for one HTTP request, in seconds. @default 20 */
  FANZHA_REQUEST_TIMEOUT_SECS: z.coerce.number().int().min(1).default(20),
});

export interface AppConfig {
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  queueName: string;
  jobLockMs: number;
  workerConcurrency: number;
  logLevel: z.infer<typeof envSchema>['FANZHA_LOG_LEVEL'];
  logJson: boolean;
  userAgent: string;
  maxResponseBytes: number;
  requestTimeoutSecs: number;
}

/** Parses the environment; throws one line naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings mean "unset", as shells often export them that way.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    dataDir: resolve(e.FANZHA_DATA_DIR),
    embeddedPgPort: e.FANZHA_EMBEDDED_PG_PORT,
    queueName: e.FANZHA_QUEUE,
    jobLockMs: e.FANZHA_JOB_LOCK_MS,
    workerConcurrency: e.FANZHA_WORKER_CONCURRENCY,
    logLevel: e.FANZHA_LOG_LEVEL,
    logJson: e.FANZHA_LOG_JSON,
    userAgent: e.FANZHA_USER_AGENT,
    maxResponseBytes: e.FANZHA_MAX_RESPONSE_BYTES,
    requestTimeoutSecs: e.FANZHA_REQUEST_TIMEOUT_SECS,
  };
}
