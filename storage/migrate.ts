import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Applies the committed migrations in prisma/migrations (`prisma migrate deploy`); safe to run on every start
 * and from several processes at once (Prisma takes an advisory lock).
 */
export async function runMigrations(databaseUrl: string): Promise<void> {
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
