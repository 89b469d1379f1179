import type { Prisma, PrismaClient } from '@prisma/client';
import type { AnalysisResult } from '../classifier/contract.ts';
import { isSameStory, similarity, type Fingerprint } from '../classifier/stories/fingerprint.ts';

/** Everything the worker learned about one article page, ready to store. */
export interface ArticleRecord {
  url: string;
  /** The URL that was requested, when a redirect led from it to `url`. */
  requestedUrl: string;
  canonicalUrl: string | null;
  title: string | null;
  /** ISO 8601 with the page's offset. */
  publishedAt: string | null;
  sourceName: string;
  creditedSource: string | null;
  author: string | null;
  body: string;
  charset: string;
  contentHash: string;
  fetchedAt: string;
  crawlRunId: number | null;
  searchTokens: string;
  fingerprint: Fingerprint;
  analysis: AnalysisResult;
  modelVersion: string;
}

export type SaveStatus = 'created' | 'updated' | 'unchanged';

export interface SaveResult {
  status: SaveStatus;
  articleId: number;
  storyId: number | null;
}

/** Story candidates compared per article at most: bounds the cost when boilerplate fills a bucket. */
const MAX_CANDIDATES = 200;
/** Serialises story assignment across workers, so two copies arriving at once cannot found two stories. */
const STORY_LOCK_KEY = 0x66616e7a; // "fanz"

type Tx = Prisma.TransactionClient;

/** Stores an analysed article idempotently: the same URL with the same content and model version changes nothing. */
export async function saveArticle(prisma: PrismaClient, record: ArticleRecord): Promise<SaveResult> {
  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.article.findUnique({
        where: { url: record.url },
        select: { id: true, contentHash: true, storyId: true, analysis: { select: { modelVersion: true } } },
      });
      if (existing && existing.contentHash === record.contentHash && existing.analysis?.modelVersion === record.modelVersion) {
        await rememberAlias(tx, existing.id, record);
        return { status: 'unchanged', articleId: existing.id, storyId: existing.storyId };
      }
      const source = await tx.source.findUnique({ where: { name: record.sourceName }, select: { id: true } });
      const fields = {
        canonicalUrl: record.canonicalUrl,
        title: record.title,
        publishedAt: record.publishedAt ? new Date(record.publishedAt) : null,
        publishedAtText: record.publishedAt,
        sourceId: source?.id ?? null,
        sourceName: record.sourceName,
        creditedSource: record.creditedSource,
        author: record.author,
        body: record.body,
        charset: record.charset,
        contentHash: record.contentHash,
        fetchedAt: new Date(record.fetchedAt),
        crawlRunId: record.crawlRunId,
        searchTokens: record.searchTokens,
        simhash: BigInt.asIntN(64, record.fingerprint.simhash),
        fingerprint: storedFingerprint(record.fingerprint),
      };
      const article = await tx.article.upsert({
        where: { url: record.url },
        create: { url: record.url, ...fields },
        update: fields,
        select: { id: true },
      });
      await rememberAlias(tx, article.id, record);
      await writeAnalysis(tx, article.id, record.analysis, record.modelVersion);
      const storyId = await assignStory(tx, article.id, record.fingerprint);
      return { status: existing ? 'updated' : 'created', articleId: article.id, storyId };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

async function rememberAlias(tx: Tx, articleId: number, record: ArticleRecord): Promise<void> {
  if (record.requestedUrl === record.url) return;
  await tx.articleAlias.upsert({ where: { url: record.requestedUrl }, create: { url: record.requestedUrl, articleId }, update: { articleId } });
}

/** Replaces an article's analysis and statistics (used by `fanzha reprocess` after a retrain). */
export async function replaceAnalysis(prisma: PrismaClient, articleId: number, analysis: AnalysisResult, modelVersion: string): Promise<void> {
  await prisma.$transaction((tx) => writeAnalysis(tx, articleId, analysis, modelVersion));
}

async function writeAnalysis(tx: Tx, articleId: number, analysis: AnalysisResult, modelVersion: string): Promise<void> {
  const fields = {
    modelVersion,
    relevant: analysis.relevant,
    relevanceScore: analysis.relevanceScore,
    fraudTypes: analysis.fraudTypes,
    topics: analysis.topics,
    region: analysis.region,
    qualitySpam: analysis.quality.spam,
    qualityScore: analysis.quality.score,
    qualitySignals: analysis.quality.signals,
    analyzedAt: new Date(),
  };
  await tx.analysis.upsert({ where: { articleId }, create: { articleId, ...fields }, update: fields });
  await tx.articleStat.deleteMany({ where: { articleId } });
  if (analysis.stats.length > 0) {
    await tx.articleStat.createMany({
      data: analysis.stats.map((stat) => ({ articleId, ...stat })),
    });
  }
}

/** What is kept of a fingerprint besides its simhash column and band rows (MinHash signature, size, anchors). */
type StoredFingerprint = Omit<Fingerprint, 'simhash' | 'bands'>;

function storedFingerprint(fingerprint: Fingerprint): StoredFingerprint {
  const { simhash: _simhash, bands: _bands, ...rest } = fingerprint;
  return rest;
}

interface Candidate {
  id: number;
  story_id: number | null;
  simhash: bigint | null;
  fingerprint: StoredFingerprint | null;
}

/**
 * Files the article under its band keys and joins it to the story of its most similar candidate (or founds a new
 * story), then re-elects the story's canonical copy. Candidates come from shared band keys only: no scan.
 */
async function assignStory(tx: Tx, articleId: number, fingerprint: Fingerprint): Promise<number | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${STORY_LOCK_KEY}::int)`;
  await tx.storyBand.deleteMany({ where: { articleId } });
  if (fingerprint.bands.length === 0) {
    await tx.article.update({ where: { id: articleId }, data: { storyId: null } });
    return null;
  }
  const candidates = await tx.$queryRaw<Candidate[]>`
    SELECT a.id, a.story_id, a.simhash, a.fingerprint
    FROM article a
    WHERE a.id IN (
      SELECT DISTINCT b.article_id FROM story_band b
      WHERE b.key = ANY(${fingerprint.bands}::text[]) AND b.article_id <> ${articleId}
      LIMIT ${MAX_CANDIDATES}
    )`;
  let best: { candidate: Candidate; score: number } | null = null;
  for (const candidate of candidates) {
    if (!candidate.fingerprint || candidate.simhash === null) continue;
    const other: Fingerprint = { ...candidate.fingerprint, simhash: BigInt.asUintN(64, BigInt(candidate.simhash)), bands: [] };
    if (!isSameStory(fingerprint, other)) continue;
    const score = similarity(fingerprint, other);
    if (!best || score > best.score) best = { candidate, score };
  }
  await tx.storyBand.createMany({ data: fingerprint.bands.map((key) => ({ key, articleId })), skipDuplicates: true });

  let storyId: number;
  if (best?.candidate.story_id) {
    storyId = best.candidate.story_id;
  } else {
    storyId = (await tx.story.create({ data: {}, select: { id: true } })).id;
    if (best) await tx.article.update({ where: { id: best.candidate.id }, data: { storyId } });
  }
  await tx.article.update({ where: { id: articleId }, data: { storyId } });
  await electCanonical(tx, storyId);
  return storyId;
}

/** The canonical copy: not spam, cleanest, then earliest published, then first stored. */
async function electCanonical(tx: Tx, storyId: number): Promise<void> {
  const [winner] = await tx.$queryRaw<{ id: number }[]>`
    SELECT a.id FROM article a LEFT JOIN analysis x ON x.article_id = a.id
    WHERE a.story_id = ${storyId}
    ORDER BY COALESCE(x.quality_spam, false) ASC, COALESCE(x.quality_score, 0) DESC,
             a.published_at ASC NULLS LAST, a.id ASC
    LIMIT 1`;
  if (winner) await tx.story.update({ where: { id: storyId }, data: { canonicalArticleId: winner.id } });
}

/** Which of these URLs are stored already (as fetched URL, canonical URL or redirect source). */
export async function findKnownUrls(prisma: PrismaClient, urls: string[]): Promise<Set<string>> {
  if (urls.length === 0) return new Set();
  const [articles, aliases] = await Promise.all([
    prisma.article.findMany({
      where: { OR: [{ url: { in: urls } }, { canonicalUrl: { in: urls } }] },
      select: { url: true, canonicalUrl: true },
    }),
    prisma.articleAlias.findMany({ where: { url: { in: urls } }, select: { url: true } }),
  ]);
  const wanted = new Set(urls);
  const found = [...articles.flatMap((row) => [row.url, row.canonicalUrl]), ...aliases.map((row) => row.url)];
  return new Set(found.filter((url): url is string => url !== null && wanted.has(url)));
}
