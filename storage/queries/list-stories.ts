import type { PrismaClient } from '@prisma/client';

export interface StoryCopy {
  id: number;
  url: string;
  title: string | null;
  sourceName: string;
  publishedAt: string | null;
  spam: boolean;
}

export interface StorySummary {
  storyId: number;
  size: number;
  canonical: StoryCopy | null;
  copies: StoryCopy[];
}

/** The biggest stories (most copies first), each with its canonical article and all its copies. */
export async function listStories(prisma: PrismaClient, options: { limit?: number; minSize?: number } = {}): Promise<StorySummary[]> {
  const top = await prisma.$queryRaw<{ story_id: number; size: bigint }[]>`
    SELECT story_id, COUNT(*) AS size FROM article WHERE story_id IS NOT NULL
    GROUP BY story_id HAVING COUNT(*) >= ${options.minSize ?? 1}
    ORDER BY size DESC, story_id ASC LIMIT ${options.limit ?? 10}`;
  if (top.length === 0) return [];
  const stories = await prisma.story.findMany({
    where: { id: { in: top.map((row) => row.story_id) } },
    select: {
      id: true,
      canonicalArticleId: true,
      articles: {
        select: { id: true, url: true, title: true, sourceName: true, publishedAtText: true, analysis: { select: { qualitySpam: true } } },
        orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
      },
    },
  });
  const byId = new Map(stories.map((story) => [story.id, story]));
  return top.map((row) => {
    const story = byId.get(row.story_id)!;
    const copies = story.articles.map((article) => ({
      id: article.id,
      url: article.url,
      title: article.title,
      sourceName: article.sourceName,
      publishedAt: article.publishedAtText,
      spam: article.analysis?.qualitySpam ?? false,
    }));
    return {
      storyId: story.id,
      size: Number(row.size),
      canonical: copies.find((copy) => copy.id === story.canonicalArticleId) ?? null,
      copies,
    };
  });
}
