import type { Command } from 'commander';
import { listCrawlRuns } from '../../storage/queries/crawl-runs.ts';
import { parseNumberFlag } from '../parse-flags.ts';
import { createRuntime, withDatabase, type GlobalFlags } from '../runtime.ts';

interface RunsFlags extends GlobalFlags {
  limit: string;
  json?: boolean;
}

export function registerRuns(program: Command): void {
  program
    .command('runs')
    .description('the latest crawl runs, newest first: status, pages fetched, articles queued and stored (live while running), errors')
    .option('--limit <n>', 'runs shown', '10')
    .option('--json', 'print JSON Lines, one run per line')
    .action(async (flags: RunsFlags) => {
      const runtime = createRuntime(flags);
      const limit = parseNumberFlag('limit', flags.limit, 1, 1000);
      const runs = await withDatabase(runtime, (db) => listCrawlRuns(db.prisma, limit));
      if (flags.json) {
        process.stdout.write(runs.map((run) => JSON.stringify(run)).join('\n') + (runs.length ? '\n' : ''));
        return;
      }
      if (runs.length === 0) {
        process.stdout.write('no crawl runs yet: start one with `fanzha crawl -s sources.json`\n');
        return;
      }
      const lines = runs.map((run) => {
        const end = run.finishedAt ? Date.parse(run.finishedAt) : Date.now();
        const seconds = Math.round((end - Date.parse(run.startedAt)) / 1000);
        const when = run.startedAt.slice(0, 19).replace('T', ' ');
        const failure = run.failure ? `\n    failed: ${run.failure}` : '';
        return (
          `#${run.id} ${run.status} (${run.mode}) ${when} UTC, ${seconds}s · ${run.sourceNames.join(', ')}\n` +
          `    pages ${run.pagesFetched} · queued ${run.articlesQueued} · stored ${run.articlesStored} · errors ${run.errors}${failure}`
        );
      });
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
