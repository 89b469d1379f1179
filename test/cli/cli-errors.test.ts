import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../bin/fanzha.js', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'fanzha-cli-'));

function fanzha(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    cwd: workDir,
    env: { ...process.env, FANZHA_DATA_DIR: join(workDir, 'data'), ...options.env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every failure is one line on stderr that names the problem, with the contract's exit status. */
describe('command-line failures', () => {
  it('names the bad field of a source config, exit 1', () => {
    const file = join(workDir, 'bad-sources.json');
    writeFileSync(file, JSON.stringify({ sources: [{ name: '某市公安局', startUrls: ['not-a-url'], maxPage: 5 }] }));
    const result = fanzha(['crawl', '--sources', file], { env: { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/test' } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^fanzha: invalid source config in .*bad-sources\.json: /);
    expect(result.stderr).toMatch(/sources\.0: Unrecognized key\(s\) in object: 'maxPage'/);
    expect(result.stderr).toMatch(/sources\.0\.startUrls\.0: Invalid url/);
  });

  it('says which PostgreSQL it cannot reach', () => {
    const file = join(workDir, 'sources.json');
    writeFileSync(file, JSON.stringify({ sources: [{ name: 'x', startUrls: ['http://127.0.0.1:9/'] }] }));
    const result = fanzha(['crawl', '--sources', file], { env: { DATABASE_URL: 'postgresql://postgres:secret@127.0.0.1:9/none' } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^fanzha: cannot reach PostgreSQL at postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:9\/none: ECONNREFUSED/);
  });

  it('says which Redis it cannot reach', () => {
    const result = fanzha(['worker'], { env: { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/test', REDIS_URL: 'redis://127.0.0.1:9' } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^fanzha: cannot reach Redis at redis:\/\/127\.0\.0\.1:9.*ECONNREFUSED/);
  });

  it('refuses a worker without REDIS_URL as bad usage, exit 2', () => {
    const result = fanzha(['worker'], { env: { REDIS_URL: '' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/needs REDIS_URL/);
  });

  it('rejects an invalid environment with the variable named', () => {
    const result = fanzha(['search', '刷单'], { env: { DATABASE_URL: 'not a url' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/invalid environment: DATABASE_URL: Invalid url/);
  });

  it.each([
    [['search', '刷单', '--since', 'yesterday'], /--since must be a date/],
    [['search', '--region', '火星'], /--region must be one of/],
    [['stats', '--metric', 'nonsense'], /--metric must be one of/],
    [['analyze'], /expects an article on stdin/],
    [['extract'], /use `fanzha extract --batch`/],
    [['no-such-command'], /unknown command/],
  ])('treats %j as bad usage, exit 2', (args, message) => {
    const result = fanzha(args, { env: { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/test' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
