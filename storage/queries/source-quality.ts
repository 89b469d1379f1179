import type { PrismaClient } from '@prisma/client';
import { summariseSourceQuality, type SourceQuality } from '../../classifier/quality/source-quality.ts';

export interface SourceReport extends SourceQuality {
  sourceName: string;
  relevant: number;
  lastFetchedAt: string | null;
}

/**
 * Every source that has stored articles, with its quality summarised over them (spam share, mean score,
 * the signals that fire most): an operator's view of which sites are spam farms.
 */
export async function listSourceQuality(prisma: PrismaClient): Promise<SourceReport[]> {
  const rows = await prisma.article.findMany({
    select: { sourceName: true, fetchedAt: true, analysis: { select: { relevant: true, qualitySpam: true, qualityScore: true, qualitySignals: true } } },
  });
  const bySource = new Map<string, typeof rows>();
  for (const row of rows) bySource.set(row.sourceName, [...(bySource.get(row.sourceName) ?? []), row]);
  return [...bySource]
    .map(([sourceName, articles]) => {
      const analysed = articles.flatMap((article) => (article.analysis ? [article.analysis] : []));
      const latest = articles.reduce((max, article) => Math.max(max, article.fetchedAt.getTime()), 0);
      return {
        sourceName,
        relevant: analysed.filter((analysis) => analysis.relevant).length,
        lastFetchedAt: latest > 0 ? new Date(latest).toISOString() : null,
        ...summariseSourceQuality(analysed.map((analysis) => ({ spam: analysis.qualitySpam, score: analysis.qualityScore, signals: analysis.qualitySignals }))),
      };
    })
    .sort((a, b) => b.articles - a.articles || a.sourceName.localeCompare(b.sourceName));
}
