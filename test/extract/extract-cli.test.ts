import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = join(import.meta.dirname, '../..');
const page = readFileSync(join(projectRoot, 'test/fixtures/pages/police-gbk-dateline/input.html'), 'utf8');
const listPage = readFileSync(join(projectRoot, 'test/fixtures/pages/list-page/input.html'), 'utf8');

function runCli(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/fanzha.js', ...args], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('fanzha extract --batch', () => {
  it('prints one result per input line, in input order, and goes on after a bad line', async () => {
    const input = [
      JSON.stringify({ id: 'a1', html: page, url: 'http://www.yichang.gov.cn/jwdt/2024/05/10/1.html' }),
      '{"id": "broken", "html": ',
      JSON.stringify({ id: 'a3', url: 'http://x.test/' }),
      '',
      JSON.stringify({ id: 42, html: listPage }),
    ].join('\n');
    const { code, stdout, stderr } = await runCli(['extract', '--batch'], input);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({
      id: 'a1',
      title: '宜昌警方破获一起冒充公检法诈骗案 追回被骗资金46万元',
      publishedAt: '2024-05-10T04:48:00+08:00',
      source: '湖北日报',
      body: expect.stringContaining('追回被骗资金46万元'),
    });
    expect(Object.keys(lines[0])).toEqual(['id', 'title', 'publishedAt', 'source', 'body']);
    expect(lines[1]).toMatchObject({ id: null, error: expect.stringContaining('line 2') });
    expect(lines[2]).toMatchObject({ id: 'a3', error: expect.stringContaining('html') });
    expect(lines[3]).toMatchObject({ id: 42, body: '' });
  });

  it('exits with status 2 and a one-line reason when --batch is missing', async () => {
    const { code, stdout, stderr } = await runCli(['extract'], '');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/--batch/);
  });

  it('exits with status 2 on an unknown option', async () => {
    const { code } = await runCli(['extract', '--batch', '--bogus'], '');
    expect(code).toBe(2);
  });

  it('prints nothing and succeeds on empty input', async () => {
    const { code, stdout } = await runCli(['extract', '--batch'], '');
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });
});
