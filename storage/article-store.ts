import { Prisma, type PrismaClient } from '@prisma/client';
import type { AnalysisResult } from '../classifier/contract.ts';
import { chooseCanonical } from '../classifier/stories/choose-canonical.ts';
import { isSameStory, mayMergeStories, similarity, type Fingerprint } from '../classifier/stories/fingerprint.ts';
import { REPRESENTATIVE_JACCARD } from '../classifier/stories/same-story-rule.ts';

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

/** Candidates taken per bucket key (the newest): bounds the cost when boilerplate or common figures fill a bucket. */
export const PER_KEY_CANDIDATES = 16;
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
      const storyId = await assignStory(tx, article.id, record.fingerprint, existing ? { storyId: existing.storyId } : null);
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
  /** The new article's band keys that led to this candidate. */
  keys: string[];
}

/**
 * Files the article under its band keys and joins it to the story of its most similar candidate (or founds a new
 * story), then keeps the story's canonical copy right. Candidates come from shared band keys only: no scan. When the
 * article also matches copies in other stories that agree with the main one (a brief and a spun copy stored before
 * their full original), those stories are merged into the oldest, as the in-memory StoryIndex does.
 *
 * Every worker queues on one advisory lock here, so the common paths (a new article founding a story or joining
 * one) take three or four short statements; full re-elections are left to merges and to articles that change.
 */
async function assignStory(tx: Tx, articleId: number, fingerprint: Fingerprint, before: { storyId: number | null } | null): Promise<number | null> {
  const previous = before?.storyId ?? null;
  if (before) {
    // A new article takes the lock inside story_candidates, in the same round trip as the candidate query; a changed
    // one changes bands and stories first, so it takes it here (taking it twice in one transaction is harmless).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${STORY_LOCK_KEY}::int)`;
    // Copies of its story may have skipped the keys this article holds (they led to it): hand them to another
    // copy of the story, so that the story stays reachable whatever becomes of this article (no story, no heir).
    await tx.$executeRaw`
      WITH heir AS (SELECT id FROM article WHERE story_id = ${previous}::int AND id <> ${articleId} ORDER BY id DESC LIMIT 1),
      moved AS (DELETE FROM story_band WHERE article_id = ${articleId} RETURNING key)
      INSERT INTO story_band (key, article_id) SELECT moved.key, heir.id FROM moved, heir ON CONFLICT DO NOTHING`;
    // A changed article may leave its story: that story must not keep it as its canonical copy.
    if (previous !== null) await tx.story.updateMany({ where: { id: previous, canonicalArticleId: articleId }, data: { canonicalArticleId: null } });
  }
  if (fingerprint.bands.length === 0) {
    await tx.article.update({ where: { id: articleId }, data: { storyId: null } });
    if (previous !== null) await electCanonical(tx, previous);
    return null;
  }
  // The newest PER_KEY_CANDIDATES articles of each key, as the in-memory index caps its buckets: a hot key (a topic
  // word's band, a pair of common figures) cannot crowd out the rare keys that lead to the real copies. The query
  // is the SQL function of prisma/migrations/20261130000000_story_candidates.
  const candidates = await tx.$queryRaw<Candidate[]>`
    SELECT * FROM story_candidates(${STORY_LOCK_KEY}::int, ${fingerprint.bands}::text[], ${articleId}::int, ${PER_KEY_CANDIDATES}::int)`;
  // The best-matching copy per story (a candidate without a story counts as its own).
  const matches = new Map<string, Match>();
  for (const candidate of candidates) {
    if (!candidate.fingerprint || candidate.simhash === null) continue;
    const other: Fingerprint = { ...candidate.fingerprint, simhash: BigInt.asUintN(64, BigInt(candidate.simhash)), bands: [] };
    if (!isSameStory(fingerprint, other)) continue;
    const score = similarity(fingerprint, other);
    const key = candidate.story_id === null ? `article:${candidate.id}` : `story:${candidate.story_id}`;
    const known = matches.get(key);
    if (!known || score > known.score) matches.set(key, { candidate, fingerprint: other, score });
  }

  const ranked = [...matches.values()].sort((a, b) => b.score - a.score);
  const main = ranked[0];
  const joined = main ? [main, ...ranked.slice(1).filter((match) => mayMergeStories(match.fingerprint, main.fingerprint))] : [];
  const storyIds = joined.flatMap((match) => (match.candidate.story_id === null ? [] : [match.candidate.story_id]));
  const loose = joined.filter((match) => match.candidate.story_id === null).map((match) => match.candidate.id);
  const founded = storyIds.length === 0;
  // A key that already leads to a close copy in the story adds nothing (as in the in-memory StoryIndex): a
  // syndicated copy files few or no band rows, which keeps both this statement and the band table small.
  const covered = new Set(
    joined.filter((match) => match.score >= REPRESENTATIVE_JACCARD).flatMap((match) => match.candidate.keys),
  );
  const bands = fingerprint.bands.filter((key) => !covered.has(key));
  const survivor = founded ? null : Math.min(...storyIds);
  const merged = storyIds.filter((id) => id !== survivor);
  if (merged.length > 0) {
    await tx.article.updateMany({ where: { storyId: { in: merged } }, data: { storyId: survivor } });
    await tx.story.deleteMany({ where: { id: { in: merged } } });
  }
  // The story (created here when the article founds one: canonical from the start if it founds it alone), band
  // rows and membership in one statement.
  const storyRow =
    survivor === null
      ? Prisma.sql`INSERT INTO story (canonical_article_id) VALUES (${loose.length === 0 ? articleId : null}::int) RETURNING id`
      : Prisma.sql`SELECT ${survivor}::int AS id`;
  const [{ id: storyId }] = await tx.$queryRaw<{ id: number }[]>`
    WITH story_row AS (${storyRow}),
    band_rows AS (
      INSERT INTO story_band (key, article_id) SELECT unnest(${bands}::text[]), ${articleId}::int ON CONFLICT DO NOTHING
    ),
    members AS (
      UPDATE article SET story_id = (SELECT id FROM story_row) WHERE id = ANY(${[articleId, ...loose]}::int[])
    )
    SELECT id FROM story_row`;

  const left = previous !== null && previous !== storyId && !merged.includes(previous);
  if (merged.length > 0 || loose.length > 0 || previous !== null) await electCanonical(tx, storyId);
  else if (!founded) await challengeCanonical(tx, storyId, articleId);
  if (left) await electCanonical(tx, previous);
  return storyId;
}

interface Match {
  candidate: Candidate;
  fingerprint: Fingerprint;
  score: number;
}

interface CopyRow {
  id: number;
  published_at: Date | null;
  spam: boolean | null;
  score: number | null;
  source: string;
  length: number;
}

/** Chooses among stored copies with classifier/stories/choose-canonical.ts: never spam, most authoritative, earliest, fullest. */
function bestCopy(copies: readonly CopyRow[]): number | null {
  const winner = chooseCanonical(
    copies.map((copy) => ({
      id: String(copy.id),
      publishedAt: copy.published_at?.toISOString() ?? null,
      quality: { spam: copy.spam ?? false, score: copy.score ?? 0 },
      source: copy.source,
      length: Number(copy.length),
    })),
  );
  return winner ? Number(winner.id) : null;
}

/** Re-elects the canonical copy among all of a story's copies; an empty story goes. */
async function electCanonical(tx: Tx, storyId: number): Promise<void> {
  const copies = await tx.$queryRaw<CopyRow[]>`
    SELECT a.id, a.published_at, x.quality_spam AS spam, x.quality_score AS score,
           concat_ws(' ', a.url, a.source_name, a.credited_source) AS source, length(a.body) AS length
    FROM article a LEFT JOIN analysis x ON x.article_id = a.id
    WHERE a.story_id = ${storyId}
    ORDER BY a.id`;
  const winner = bestCopy(copies);
  if (winner !== null) await tx.story.update({ where: { id: storyId }, data: { canonicalArticleId: winner } });
  else await tx.story.deleteMany({ where: { id: storyId } }); // its last copy left
}

/**
 * A new copy joining a story only has to beat the current canonical copy: the order is total, so the others
 * lost to it already. Reads two rows, whatever the story's size.
 */
async function challengeCanonical(tx: Tx, storyId: number, articleId: number): Promise<void> {
  const copies = await tx.$queryRaw<CopyRow[]>`
    SELECT a.id, a.published_at, x.quality_spam AS spam, x.quality_score AS score,
           concat_ws(' ', a.url, a.source_name, a.credited_source) AS source, length(a.body) AS length
    FROM article a LEFT JOIN analysis x ON x.article_id = a.id
    WHERE a.id = ANY(ARRAY[(SELECT canonical_article_id FROM story WHERE id = ${storyId}), ${articleId}::int])
    ORDER BY a.id`;
  if (copies.length < 2) return electCanonical(tx, storyId); // no canonical copy recorded: elect from all
  const winner = bestCopy(copies);
  if (winner === articleId) await tx.story.update({ where: { id: storyId }, data: { canonicalArticleId: winner } });
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
