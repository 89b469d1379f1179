import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import { Redis } from 'ioredis';
import pg from 'pg';
import { runMigrations } from '../../storage/migrate.ts';

/** The PostgreSQL server integration tests use; each test file gets its own fresh database on it. */
export const TEST_SERVER_URL = process.env.FANZHA_TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.FANZHA_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Set in CI: a missing service fails the tests instead of skipping them. */
export const SERVICES_REQUIRED = process.env.FANZHA_REQUIRE_SERVICES === '1' || process.env.CI === 'true';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  drop(): Promise<void>;
}

function urlWithDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A new, migrated database for one test file, dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `fanzha_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = urlWithDatabase(TEST_SERVER_URL, name);
  await runMigrations(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return {
    url,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      const client = new pg.Client({ connectionString: TEST_SERVER_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Whether Redis answers; when it does not and services are not required, the caller skips and says so. */
export async function redisIsAvailable(): Promise<boolean> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 2000, retryStrategy: () => null, maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
    return true;
  } catch {
    if (SERVICES_REQUIRED) throw new Error(`Redis is required for these tests but does not answer at ${TEST_REDIS_URL}`);
    console.warn(`\n*** Redis does not answer at ${TEST_REDIS_URL}: the queue tests are SKIPPED on this machine ***\n`);
    return false;
  } finally {
    redis.disconnect();
  }
}

/** A queue name no other test uses. */
export function uniqueQueueName(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}
