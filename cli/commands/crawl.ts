import type { Command } from 'commander';
import { loadSourcesFile } from '../../crawler/source-config.ts';
import { openArticleQueue, pendingJobs } from '../../worker/article-queue.ts';
import { runCrawl, type CrawlReport } from '../../worker/crawl-pipeline.ts';
import { connectRedis } from '../../worker/redis-connection.ts';
import { UsageError } from '../errors.ts';
import { Progress } from '../progress.ts';
import { createRuntime, withDatabase, type GlobalFlags } from '../runtime.ts';

interface CrawlFlags extends GlobalFlags {
  sources: string;
  source?: string[];
  recrawl?: boolean;
  local?: boolean;
  wait?: boolean;
  json?: boolean;
}

export function registerCrawl(program: Command): void {
  program
    .command('crawl')
    .description('crawl the configured sources; with REDIS_URL pages become jobs for `fanzha worker`, else they are analysed here')
    .requiredOption('-s, --sources <file>', 'JSON file with {"sources": [...]} (see README: adding a source)')
    .option('--source <name...>', 'crawl only these sources by name')
    .option('--recrawl', 'fetch pages again even when their URL is already stored')
    .option('--local', 'analyse in this process even when REDIS_URL is set')
    .option('--wait', 'with the queue: wait until workers have processed every queued page')
    .option('--json', 'print the report as JSON')
    .option('--log-json', 'structured JSON logs on stderr')
    .option('-v, --verbose', 'log each page')
    .action(async (flags: CrawlFlags) => {
      const runtime = createRuntime(flags);
      let sources = await loadSourcesFile(flags.sources);
      if (flags.source) {
        const unknown = flags.source.filter((name) => !sources.some((source) => source.name === name));
        if (unknown.length > 0) throw new UsageError(`no source named ${unknown.join(', ')} in ${flags.sources}`);
        sources = sources.filter((source) => flags.source!.includes(source.name));
      }
      const useQueue = Boolean(runtime.config.redisUrl) && !flags.local;
      const redis = useQueue ? await connectRedis(runtime.config.redisUrl!) : undefined;
      const queue = redis ? openArticleQueue(redis, runtime.config.queueName) : undefined;
      const progress = new Progress('crawl', useQueue ? ['fetched', 'queued', 'known', 'errors'] : ['fetched', 'created', 'updated', 'unchanged', 'relevant', 'known', 'errors']);
      try {
        const report = await withDatabase(runtime, (db) =>
          runCrawl({
            prisma: db.prisma,
            sources,
            userAgent: runtime.config.userAgent,
            maxResponseBytes: runtime.config.maxResponseBytes,
            requestTimeoutSecs: runtime.config.requestTimeoutSecs,
            recrawl: Boolean(flags.recrawl),
            queue,
            log: runtime.log,
            count: (name, by) => progress.add(name, by),
          }),
        );
        if (queue && flags.wait) {
          for (let pending = await pendingJobs(queue); pending > 0; pending = await pendingJobs(queue)) {
            progress.counts.queued = pending;
            await new Promise((resolve) => setTimeout(resolve, 500));
          }
        }
        progress.stop();
        process.stdout.write(flags.json ? JSON.stringify(report) + '\n' : formatCrawlReport(report));
      } finally {
        progress.stop();
        await queue?.close();
        redis?.disconnect();
      }
    });
}

export function formatCrawlReport(report: CrawlReport): string {
  const lines = [
    `crawl run #${report.runId} (${report.mode === 'queue' ? 'queued for workers' : 'analysed in-process'}) in ${report.seconds.toFixed(1)}s`,
    `  pages fetched     ${report.pagesFetched}`,
    `  article pages     ${report.articlePages}`,
  ];
  if (report.mode === 'queue') lines.push(`  jobs queued       ${report.queued}`);
  else {
    lines.push(`  stored new        ${report.created}`, `  updated           ${report.updated}`, `  unchanged         ${report.unchanged}`);
    lines.push(`  relevant          ${report.relevant}`, `  no article found  ${report.notArticle}`);
  }
  lines.push(`  already stored    ${report.skippedKnown} (not fetched)`, `  robots.txt denied ${report.robotsBlocked}`);
  lines.push(`  failed pages      ${report.failures.length}`);
  for (const failure of report.failures.slice(0, 10)) lines.push(`    ${failure.url}: ${failure.message}`);
  if (report.failures.length > 10) lines.push(`    … and ${report.failures.length - 10} more`);
  return lines.join('\n') + '\n';
}
