import type { PrismaClient } from '@prisma/client';
import type { SourceConfig } from '../../crawler/source-config.ts';

/** Records the sources as configured now, so articles link to them and operators can see what ran. */
export async function saveSources(prisma: PrismaClient, sources: SourceConfig[]): Promise<void> {
  for (const source of sources) {
    const config = JSON.parse(JSON.stringify(source));
    await prisma.source.upsert({ where: { name: source.name }, create: { name: source.name, config }, update: { config } });
  }
}

export async function startCrawlRun(prisma: PrismaClient, mode: 'local' | 'queue', sourceNames: string[]): Promise<number> {
  const run = await prisma.crawlRun.create({ data: { mode, sourceNames }, select: { id: true } });
  return run.id;
}

export async function finishCrawlRun(
  prisma: PrismaClient,
  id: number,
  result: { pagesFetched: number; articlesQueued: number; errors: number; failure?: string },
): Promise<void> {
  await prisma.crawlRun.update({
    where: { id },
    data: {
      status: result.failure ? 'failed' : 'finished',
      finishedAt: new Date(),
      pagesFetched: result.pagesFetched,
      articlesQueued: result.articlesQueued,
      errors: result.errors,
      failure: result.failure ?? null,
    },
  });
}

/** Live counters of a running crawl, written every few seconds so `fanzha runs` shows progress from anywhere. */
export async function recordCrawlProgress(
  prisma: PrismaClient,
  id: number,
  counters: { pagesFetched: number; articlesQueued: number; errors: number },
): Promise<void> {
  // updateMany: a no-op, not an error, when the run has just finished.
  await prisma.crawlRun.updateMany({ where: { id, status: 'running' }, data: counters });
}

export interface CrawlRunSummary {
  id: number;
  mode: string;
  status: string;
  sourceNames: string[];
  startedAt: string;
  finishedAt: string | null;
  pagesFetched: number;
  articlesQueued: number;
  /** Articles stored (created or updated) by this run so far: in queue mode, what the workers have done. */
  articlesStored: number;
  errors: number;
  failure: string | null;
}

/** The latest crawl runs, newest first, with how many of their articles are stored. */
export async function listCrawlRuns(prisma: PrismaClient, limit = 10): Promise<CrawlRunSummary[]> {
  const runs = await prisma.crawlRun.findMany({
    orderBy: { id: 'desc' },
    take: limit,
    include: { _count: { select: { articles: true } } },
  });
  return runs.map(({ _count, ...run }) => ({
    id: run.id,
    mode: run.mode,
    status: run.status,
    sourceNames: run.sourceNames,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    pagesFetched: run.pagesFetched,
    articlesQueued: run.articlesQueued,
    articlesStored: _count.articles,
    errors: run.errors,
    failure: run.failure,
  }));
}
