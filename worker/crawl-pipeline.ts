import type { PrismaClient } from '@prisma/client';
import type { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { crawlSources, type CrawlEvent, type FetchedPage } from '../crawler/crawl-sources.ts';
import type { SourceConfig } from '../crawler/source-config.ts';
import { findKnownUrls, saveArticle } from '../storage/article-store.ts';
import { finishCrawlRun, recordCrawlProgress, saveSources, startCrawlRun } from '../storage/queries/crawl-runs.ts';
import type { ArticleJob } from './article-job.ts';
import { enqueueArticle } from './article-queue.ts';
import { processArticlePage } from './process-article-page.ts';

export interface CrawlPipelineOptions {
  prisma: PrismaClient;
  sources: SourceConfig[];
  userAgent: string;
  maxResponseBytes: number;
  requestTimeoutSecs: number;
  recrawl: boolean;
  /** Given: pages become BullMQ jobs for `fanzha worker`. Absent: they are analysed and stored in this process. */
  queue?: Queue<ArticleJob>;
  log: Logger;
  /** Counter updates for live progress: fetched, queued, stored, updated, unchanged, relevant, skipped, errors. */
  count?(name: string, by?: number): void;
}

export interface CrawlReport {
  runId: number;
  mode: 'local' | 'queue';
  pagesFetched: number;
  articlePages: number;
  queued: number;
  created: number;
  updated: number;
  unchanged: number;
  notArticle: number;
  relevant: number;
  skippedKnown: number;
  robotsBlocked: number;
  failures: { url: string; message: string }[];
  seconds: number;
}

/** How often a running crawl writes its counters to its crawl_run row. */
const PROGRESS_INTERVAL_MS = 5000;

/** One crawl of the given sources, recorded as a crawl run; analysis in-process or through the queue. */
export async function runCrawl(options: CrawlPipelineOptions): Promise<CrawlReport> {
  const started = Date.now();
  const { prisma, log } = options;
  const count = options.count ?? (() => {});
  const mode = options.queue ? 'queue' : 'local';
  await saveSources(prisma, options.sources);
  const runId = await startCrawlRun(prisma, mode, options.sources.map((source) => source.name));
  const report: CrawlReport = {
    runId, mode, pagesFetched: 0, articlePages: 0, queued: 0, created: 0, updated: 0, unchanged: 0, notArticle: 0,
    relevant: 0, skippedKnown: 0, robotsBlocked: 0, failures: [], seconds: 0,
  };
  const fail = (url: string, message: string) => {
    report.failures.push({ url, message });
    count('errors');
    log.info({ url, reason: message }, 'page failed');
  };

  const handlePage = async (page: FetchedPage) => {
    const job: ArticleJob = { ...page, crawlRunId: runId };
    if (options.queue) {
      await enqueueArticle(options.queue, job);
      report.queued += 1;
      count('queued');
      return;
    }
    try {
      const outcome = await processArticlePage(job, (record) => saveArticle(prisma, record));
      if (outcome.kind === 'not-article') {
        report.notArticle += 1;
        count('not-article');
        log.info({ url: page.url, reason: outcome.reason }, 'no article on page');
        return;
      }
      report[outcome.status] += 1;
      count(outcome.status);
      if (outcome.relevant) {
        report.relevant += 1;
        count('relevant');
      }
    } catch (error) {
      fail(page.url, (error as Error).message.split('\n')[0]);
    }
  };

  let fetched = 0;
  const onEvent = (event: CrawlEvent) => {
    if (event.type === 'fetched') {
      fetched += 1;
      count('fetched');
    }
    else if (event.type === 'skipped-known') count('known', event.count);
    else if (event.type === 'robots-blocked') log.info({ url: event.url }, 'disallowed by robots.txt');
    else if (event.type === 'failed') fail(event.url, event.message);
  };

  // Operators watch a long crawl with `fanzha runs` from any machine: the run's row follows the counters.
  const progress = setInterval(() => {
    const counters = { pagesFetched: fetched, articlesQueued: report.queued || report.created + report.updated + report.unchanged, errors: report.failures.length };
    recordCrawlProgress(prisma, runId, counters).catch((error) => log.warn({ error: (error as Error).message }, 'could not record crawl progress'));
  }, PROGRESS_INTERVAL_MS);
  progress.unref();

  let failure: string | undefined;
  try {
    const summary = await crawlSources({
      sources: options.sources,
      userAgent: options.userAgent,
      maxResponseBytes: options.maxResponseBytes,
      requestTimeoutSecs: options.requestTimeoutSecs,
      recrawl: options.recrawl,
      hooks: { knownUrls: (urls) => findKnownUrls(prisma, urls), onArticlePage: handlePage, onEvent },
    });
    report.pagesFetched = summary.pagesFetched;
    report.articlePages = summary.articlePages;
    report.skippedKnown = summary.skippedKnown;
    report.robotsBlocked = summary.robotsBlocked;
  } catch (error) {
    failure = (error as Error).message.split('\n')[0];
    throw error;
  } finally {
    clearInterval(progress);
    report.seconds = (Date.now() - started) / 1000;
    await finishCrawlRun(prisma, runId, {
      pagesFetched: report.pagesFetched,
      articlesQueued: report.queued || report.articlePages,
      errors: report.failures.length,
      failure,
    }).catch((error) => log.error({ error: (error as Error).message }, 'could not record the end of the crawl run'));
  }
  return report;
}
