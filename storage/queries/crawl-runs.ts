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
