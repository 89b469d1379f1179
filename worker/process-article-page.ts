import { createHash } from 'node:crypto';
import { analyzeArticle, MODEL_VERSION } from '../classifier/analyze.ts';
import { normalizeText } from '../classifier/normalize.ts';
import { searchTokens } from '../classifier/segment.ts';
import { fingerprintText } from '../classifier/stories/fingerprint.ts';
import { findCanonicalUrl } from '../crawler/canonical-url.ts';
import { extractArticle } from '../crawler/extract/extract-article.ts';
import type { ArticleRecord, SaveResult } from '../storage/article-store.ts';
import type { ArticleJob } from './article-job.ts';

export type ProcessOutcome =
  | ({ kind: 'stored'; relevant: boolean } & SaveResult)
  | { kind: 'not-article'; reason: string };

/** Where processed articles go: the database in production, anything in tests. */
export type SaveArticle = (record: ArticleRecord) => Promise<SaveResult>;

/** SHA-256 of the normalised body: the same text under any URL or markup hashes the same. */
export function contentHashOf(body: string): string {
  return createHash('sha256').update(normalizeText(body).replace(/\s+/g, '')).digest('hex');
}

/** Builds the stored record of one fetched page; null when the page holds no article. Pure CPU work. */
export function buildArticleRecord(job: ArticleJob): ArticleRecord | { notArticle: string } {
  const extracted = extractArticle(job.html, { url: job.url });
  if (!extracted.isArticle) return { notArticle: extracted.reason ?? 'no article found' };
  const analysis = analyzeArticle({
    title: extracted.title,
    body: extracted.body,
    publishedAt: extracted.publishedAt,
    url: job.url,
    sourceName: job.sourceName,
  });
  return {
    url: job.url,
    requestedUrl: job.requestedUrl,
    canonicalUrl: findCanonicalUrl(job.html, job.url),
    title: extracted.title,
    publishedAt: extracted.publishedAt,
    sourceName: job.sourceName,
    creditedSource: extracted.source,
    author: extracted.author,
    body: extracted.body,
    charset: job.charset,
    contentHash: contentHashOf(extracted.body),
    fetchedAt: job.fetchedAt,
    crawlRunId: job.crawlRunId,
    searchTokens: searchTokens(normalizeText(`${extracted.title ?? ''}\n${extracted.body}`)).join(' '),
    fingerprint: fingerprintText(extracted.body),
    analysis,
    modelVersion: MODEL_VERSION,
  };
}

/** The queue processor: extract, analyse, store. Idempotent: running it twice on one job changes nothing. */
export async function processArticlePage(job: ArticleJob, save: SaveArticle): Promise<ProcessOutcome> {
  const record = buildArticleRecord(job);
  if ('notArticle' in record) return { kind: 'not-article', reason: record.notArticle };
  const saved = await save(record);
  return { kind: 'stored', relevant: record.analysis.relevant, ...saved };
}
