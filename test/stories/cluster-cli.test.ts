import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const original = (name: string) => readFileSync(new URL(`../fixtures/stories-eval/originals/${name}.txt`, import.meta.url), 'utf8');

function run(args: string[], input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/fanzha.js', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('fanzha cluster', () => {
  it('prints {id, story} per line in input order, copies sharing the first id, bad lines as errors', async () => {
    const text = original('hubei-yichang-zhifu');
    const input = [
      JSON.stringify({ id: 'a1', text }),
      JSON.stringify({ id: 2, text: original('jiangsu-wuxi-zhifu') }),
      '{not json',
      JSON.stringify({ id: 'a3', text: text.replace(/。/g, '！').replace('宜昌警方', '湖北宜昌警方') }),
      JSON.stringify({ id: 'a4' }),
      JSON.stringify({ id: 'a5', text: original('jiangsu-wuxi-zhifu').split('\n').slice(0, 3).join('\n') }),
      '',
    ].join('\n');
    const { code, stdout } = await run(['cluster'], input);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      { id: 'a1', story: 'a1' },
      { id: 2, story: 2 },
      { id: null, error: 'line 3: not valid JSON' },
      { id: 'a3', story: 'a1' },
      { id: 'a4', error: 'line 5: "text" must be a string' },
      { id: 'a5', story: 2 },
    ]);
  }, 60_000);

  it('exits 2 with a one-line reason on bad usage', async () => {
    const { code, stderr, stdout } = await run(['cluster', 'articles.jsonl'], '');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/cluster takes no arguments/);
  }, 60_000);
});
