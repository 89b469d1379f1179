import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const migrationsDir = fileURLToPath(new URL('../prisma/migrations', import.meta.url));

/** Names of the committed migrations, in order. */
function committedMigrations(): string[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** True when every committed migration is recorded as applied; lets ordinary commands skip the Prisma CLI (~5 s). */
async function isUpToDate(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS name");
    if (!table.rows[0]?.name) return false;
    const applied = await client.query(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const names = new Set(applied.rows.map((row) => row.migration_name as string));
    return committedMigrations().every((name) => names.has(name));
  } finally {
    await client.end();
  }
}

/**
 * Applies the committed migrations in prisma/migrations (`prisma migrate deploy`); safe to run on every start
 * and from several processes at once (Prisma takes an advisory lock).
 */
export async function runMigrations(databaseUrl: string): Promise<void> {
  if (await isUpToDate(databaseUrl)) return;
  const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [prismaCli, 'migrate', 'deploy'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => output.push(String(chunk)));
    child.stderr.on('data', (chunk) => output.push(String(chunk)));
    child.on('error', reject);
    child.on('close', resolvePromise);
  });
  if (code !== 0) {
    const reason = output.join('').split('\n').filter((line) => /error|P\d{4}/i.test(line)).slice(-3).join(' ');
    throw new Error(`database migration failed: ${reason || output.join('').slice(-300)}`);
  }
}
