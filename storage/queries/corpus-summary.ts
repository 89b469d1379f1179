import type { PrismaClient } from '@prisma/client';

export interface CorpusSummary {
  articles: number;
  relevant: number;
  spam: number;
  stories: number;
  byFraudType: { fraudType: string; articles: number }[];
  byRegion: { region: string; articles: number }[];
}

/** What the store holds, optionally only the articles of one crawl run. */
export async function corpusSummary(prisma: PrismaClient, crawlRunId?: number): Promise<CorpusSummary> {
  const runFilter = crawlRunId === undefined ? {} : { crawlRunId };
  const [articles, relevant, spam, stories, byFraudType, byRegion] = await Promise.all([
    prisma.article.count({ where: runFilter }),
    prisma.article.count({ where: { ...runFilter, analysis: { relevant: true } } }),
    prisma.article.count({ where: { ...runFilter, analysis: { qualitySpam: true } } }),
    prisma.article.findMany({ where: { ...runFilter, storyId: { not: null } }, distinct: ['storyId'], select: { storyId: true } }),
    prisma.$queryRaw<{ fraud_type: string; articles: bigint }[]>`
      SELECT t AS fraud_type, COUNT(*) AS articles FROM analysis x JOIN article a ON a.id = x.article_id, unnest(x.fraud_types) t
      WHERE x.relevant AND (${crawlRunId ?? null}::int IS NULL OR a.crawl_run_id = ${crawlRunId ?? null}::int)
      GROUP BY t ORDER BY articles DESC, t`,
    prisma.$queryRaw<{ region: string; articles: bigint }[]>`
      SELECT COALESCE(x.region, 'unknown') AS region, COUNT(*) AS articles FROM analysis x JOIN article a ON a.id = x.article_id
      WHERE x.relevant AND (${crawlRunId ?? null}::int IS NULL OR a.crawl_run_id = ${crawlRunId ?? null}::int)
      GROUP BY 1 ORDER BY articles DESC, 1`,
  ]);
  return {
    articles,
    relevant,
    spam,
    stories: stories.length,
    byFraudType: byFraudType.map((row) => ({ fraudType: row.fraud_type, articles: Number(row.articles) })),
    byRegion: byRegion.map((row) => ({ region: row.region, articles: Number(row.articles) })),
  };
}
