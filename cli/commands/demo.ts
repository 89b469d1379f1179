import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { parseSources } from '../../crawler/source-config.ts';
import { startSampleSite, type SampleSite } from '../../sample-site/start-sample-site.ts';
import { corpusSummary, type CorpusSummary } from '../../storage/queries/corpus-summary.ts';
import { runCrawl, type CrawlReport } from '../../worker/crawl-pipeline.ts';
import { formatCrawlReport } from './crawl.ts';
import { parseNumberFlag } from '../parse-flags.ts';
import { Progress } from '../progress.ts';
import { createRuntime, withDatabase, type GlobalFlags } from '../runtime.ts';

interface DemoFlags extends GlobalFlags {
  port: string;
  json?: boolean;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('serve the bundled sample news sites on 127.0.0.1, crawl them, analyse and store every article, print a summary')
    .option('--port <n>', 'first of four consecutive local ports for the sample sites (stable URLs across runs)', '18601')
    .option('--json', 'print the report as JSON')
    .option('--log-json', 'structured JSON logs on stderr')
    .option('-v, --verbose', 'log each page')
    .action(async (flags: DemoFlags) => {
      const runtime = createRuntime(flags);
      const firstPort = parseNumberFlag('port', flags.port, 1024, 65_000)!;
      const site = await startSampleSite({ firstPort });
      try {
        const sources = parseSources({ sources: site.sources }, 'the sample site');
        const sourcesFile = join(runtime.config.dataDir, 'demo-sources.json');
        await mkdir(runtime.config.dataDir, { recursive: true });
        await writeFile(sourcesFile, JSON.stringify({ sources: site.sources }, null, 2) + '\n');
        const progress = new Progress('demo', ['fetched', 'created', 'updated', 'unchanged', 'relevant', 'known', 'errors']);
        const { report, summary } = await withDatabase(runtime, async (db) => {
          const report = await runCrawl({
            prisma: db.prisma,
            sources,
            userAgent: runtime.config.userAgent,
            maxResponseBytes: runtime.config.maxResponseBytes,
            requestTimeoutSecs: runtime.config.requestTimeoutSecs,
            recrawl: false,
            log: runtime.log,
            count: (name, by) => progress.add(name, by),
          });
          return { report, summary: await corpusSummary(db.prisma) };
        });
        progress.stop();
        if (flags.json) {
          process.stdout.write(JSON.stringify({ report, summary, expected: site.expected }) + '\n');
          return;
        }
        process.stdout.write(formatDemo(report, summary, site, sourcesFile));
      } finally {
        await site.close();
      }
    });
}

function formatDemo(report: CrawlReport, summary: CorpusSummary, site: SampleSite, sourcesFile: string): string {
  const expected = site.expected;
  const check = (label: string, got: number, want: number) => `  ${label.padEnd(28)} ${String(got).padStart(4)}   (site has ${want})${got === want ? '' : '  ← differs'}`;
  const topTypes = summary.byFraudType.slice(0, 5).map((row) => `${row.fraudType} ${row.articles}`).join(' · ') || 'none';
  return [
    formatCrawlReport(report).trimEnd(),
    '',
    'stored in the database (all runs):',
    check('articles', summary.articles, expected.crawlableArticles),
    check('relevant to telecom fraud', summary.relevant, expected.relevantArticles),
    check('stories', summary.stories, expected.stories),
    `  flagged as spam              ${String(summary.spam).padStart(4)}`,
    `  top fraud types              ${topTypes}`,
    '',
    `sources used: ${sourcesFile}`,
    'query what was stored:',
    '  npx fanzha search 刷单',
    '  npx fanzha search 诈骗 --region 湖北 --since 2024-01-01',
    '  npx fanzha stories',
    '  npx fanzha stats --metric funds_intercepted --by region',
    '',
  ].join('\n');
}
