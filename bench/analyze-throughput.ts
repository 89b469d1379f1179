/**
 * Throughput of `fanzha analyze --batch` on one core: the corpus articles (title + body) fed as JSON Lines to
 * the real CLI, pinned to CPU 0 with taskset when available. Prints articles per second with and without the
 * process start-up (tsx + jieba dictionaries), measured by a one-article run.
 *   npm run bench:analyze [-- --articles 3000]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const wanted = Number(process.argv[process.argv.indexOf('--articles') + 1]) || 3000;

function corpusTexts(): string[] {
  const texts: string[] = [];
  for (const split of ['heldout', 'train']) {
    const dir = join(root, 'classifier/corpus', split);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const article = JSON.parse(line) as { title: string; text: string };
        texts.push(`${article.title}\n${article.text}`);
      }
    }
  }
  return texts;
}

const texts = corpusTexts();
const lines = Array.from({ length: wanted }, (_, i) => JSON.stringify({ id: i, text: texts[i % texts.length] }));
const input = lines.join('\n') + '\n';
const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

function run(batch: string): { seconds: number; output: string } {
  const command = hasTaskset ? 'taskset' : process.execPath;
  const args = [...(hasTaskset ? ['-c', '0', process.execPath] : []), join(root, 'bin/fanzha.js'), 'analyze', '--batch'];
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { input: batch, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`analyze --batch failed: ${result.stderr}`);
  return { seconds, output: result.stdout };
}

const startup = Math.min(...[0, 1, 2].map(() => run(lines[0] + '\n').seconds));
const full = run(input);
const outputLines = full.output.trim().split('\n');
if (outputLines.length !== wanted) throw new Error(`expected ${wanted} output lines, got ${outputLines.length}`);
const errors = outputLines.filter((line) => 'error' in JSON.parse(line)).length;
const chars = lines.reduce((sum, _, i) => sum + texts[i % texts.length].length, 0);

console.log(`fanzha analyze --batch, ${wanted} articles (${texts.length} distinct corpus texts, mean ${Math.round(chars / wanted)} chars)${hasTaskset ? ', pinned to one core' : ''}`);
console.log(`  total wall time          ${full.seconds.toFixed(2)} s  → ${(wanted / full.seconds).toFixed(0)} articles/s including start-up`);
console.log(`  start-up (1 article)     ${startup.toFixed(2)} s`);
console.log(`  steady state             ${(wanted / (full.seconds - startup)).toFixed(0)} articles/s (${(((full.seconds - startup) / wanted) * 1000).toFixed(2)} ms/article)`);
console.log(`  error lines              ${errors}`);
