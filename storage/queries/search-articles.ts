import { Prisma, type PrismaClient } from '@prisma/client';

export interface ArticleSearch {
  /** jieba search tokens of the query (all must match); empty lists everything that passes the filters. */
  tokens: string[];
  since?: Date;
  until?: Date;
  region?: string;
  source?: string;
  fraudType?: string;
  topic?: string;
  /** Lowest quality score shown. @default 0 */
  minQuality?: number;
  /** Show spam copies too. @default false */
  includeSpam?: boolean;
  /** Show articles judged not about telecom fraud too. @default false */
  includeIrrelevant?: boolean;
  /** @default 20 */
  limit?: number;
}

export interface ArticleHit {
  id: number;
  url: string;
  title: string | null;
  publishedAt: string | null;
  sourceName: string;
  body: string;
  region: string | null;
  fraudTypes: string[];
  relevanceScore: number;
  qualityScore: number;
  spam: boolean;
  storyId: number | null;
}

/** Articles matching the query tokens and filters, newest first. */
export async function searchArticles(prisma: PrismaClient, search: ArticleSearch): Promise<ArticleHit[]> {
  const where: Prisma.Sql[] = [];
  if (search.tokens.length > 0) {
    // Tokens were segmented the same way as the stored text; plainto_tsquery ANDs them and escapes operators.
    where.push(Prisma.sql`a.search @@ plainto_tsquery('simple', ${search.tokens.join(' ')})`);
  }
  if (search.since) where.push(Prisma.sql`a.published_at >= ${search.since}`);
  if (search.until) where.push(Prisma.sql`a.published_at < ${search.until}`);
  if (search.region) where.push(Prisma.sql`x.region = ${search.region}`);
  if (search.source) where.push(Prisma.sql`a.source_name = ${search.source}`);
  if (search.fraudType) where.push(Prisma.sql`${search.fraudType} = ANY(x.fraud_types)`);
  if (search.topic) where.push(Prisma.sql`${search.topic} = ANY(x.topics)`);
  if (search.minQuality) where.push(Prisma.sql`x.quality_score >= ${search.minQuality}`);
  if (!search.includeSpam) where.push(Prisma.sql`NOT x.quality_spam`);
  if (!search.includeIrrelevant) where.push(Prisma.sql`x.relevant`);
  const condition = where.length > 0 ? Prisma.join(where, ' AND ') : Prisma.sql`TRUE`;
  return prisma.$queryRaw<ArticleHit[]>`
    SELECT a.id, a.url, a.title, a.published_at_text AS "publishedAt", a.source_name AS "sourceName", a.body,
           x.region, x.fraud_types AS "fraudTypes", x.relevance_score AS "relevanceScore",
           x.quality_score AS "qualityScore", x.quality_spam AS spam, a.story_id AS "storyId"
    FROM article a JOIN analysis x ON x.article_id = a.id
    WHERE ${condition}
    ORDER BY a.published_at DESC NULLS LAST, a.id DESC
    LIMIT ${search.limit ?? 20}`;
}

/** A short piece of the body around the first query token (or its start), on one line. */
export function snippetOf(body: string, tokens: string[], width = 60): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  const at = tokens.map((token) => lower.indexOf(token)).filter((index) => index >= 0).sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, at - Math.floor(width / 3));
  const piece = flat.slice(start, start + width);
  return `${start > 0 ? '…' : ''}${piece}${start + width < flat.length ? '…' : ''}`;
}
