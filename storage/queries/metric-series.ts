import { Prisma, type PrismaClient } from '@prisma/client';

export type SeriesGrouping = 'month' | 'region' | 'source';

export interface MetricSeriesQuery {
  metric: string;
  by: SeriesGrouping;
  since?: Date;
  until?: Date;
  region?: string;
  /** Count every copy of a story instead of its canonical article only. @default false */
  allCopies?: boolean;
}

export interface SeriesRow {
  key: string;
  unit: string;
  total: number;
  statistics: number;
  articles: number;
}

/**
 * Totals of one metric grouped by month, region or source over relevant, non-spam articles. Syndicated copies
 * repeat the same figures, so by default only each story's canonical article counts.
 */
export async function metricSeries(prisma: PrismaClient, query: MetricSeriesQuery): Promise<SeriesRow[]> {
  const key =
    query.by === 'month'
      ? Prisma.sql`COALESCE(to_char(a.published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), 'unknown')`
      : query.by === 'region'
        ? Prisma.sql`COALESCE(x.region, 'unknown')`
        : Prisma.sql`a.source_name`;
  const where: Prisma.Sql[] = [Prisma.sql`s.metric = ${query.metric}`, Prisma.sql`x.relevant`, Prisma.sql`NOT x.quality_spam`];
  if (query.since) where.push(Prisma.sql`a.published_at >= ${query.since}`);
  if (query.until) where.push(Prisma.sql`a.published_at < ${query.until}`);
  if (query.region) where.push(Prisma.sql`x.region = ${query.region}`);
  if (!query.allCopies) {
    where.push(Prisma.sql`(a.story_id IS NULL OR EXISTS (SELECT 1 FROM story st WHERE st.id = a.story_id AND st.canonical_article_id = a.id))`);
  }
  const rows = await prisma.$queryRaw<{ key: string; unit: string; total: number; statistics: bigint; articles: bigint }[]>`
    SELECT ${key} AS key, s.unit, SUM(s.value)::float8 AS total, COUNT(*) AS statistics, COUNT(DISTINCT a.id) AS articles
    FROM article_stat s JOIN article a ON a.id = s.article_id JOIN analysis x ON x.article_id = a.id
    WHERE ${Prisma.join(where, ' AND ')}
    GROUP BY 1, 2 ORDER BY 1, 2`;
  return rows.map((row) => ({ ...row, statistics: Number(row.statistics), articles: Number(row.articles) }));
}
