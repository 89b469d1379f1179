import { extractArticle } from '../crawler/extract/extract-article.ts';
import { classifyArticle, MODEL_VERSION } from './classify.ts';
import type { AnalysisResult, Region } from './contract.ts';
import { assessQuality } from './quality/assess-quality.ts';
import { extractStats } from './stats/extract-stats.ts';

export { MODEL_VERSION };

export interface ArticleText {
  title?: string | null;
  /** The text the statistics' offsets refer to. */
  body: string;
  publishedAt?: string | null;
  url?: string | null;
  sourceName?: string | null;
}

/** What bare 元 means in a story about this region. */
function currencyFor(region: Region | null): 'CNY' | 'HKD' | 'TWD' | 'MOP' {
  if (region === '香港') return 'HKD';
  if (region === '台湾') return 'TWD';
  if (region === '澳门') return 'MOP';
  return 'CNY';
}

/** The analysis contract's verdict on one article whose text is already known. Pure: no I/O. */
export function analyzeArticle(article: ArticleText): AnalysisResult {
  const classification = classifyArticle({ title: article.title, body: article.body });
  const stats = extractStats(article.body, { defaultCurrency: currencyFor(classification.region) });
  const quality = assessQuality({ title: article.title, body: article.body, url: article.url, sourceName: article.sourceName });
  const result: AnalysisResult = { ...classification, stats, quality };
  if (article.title) result.title = article.title;
  if (article.publishedAt) result.publishedAt = article.publishedAt;
  return result;
}

/** True when input for `fanzha analyze` is HTML rather than plain text (the contract: it starts with `<`). */
export function looksLikeHtml(input: string): boolean {
  return input.trimStart().startsWith('<');
}

/**
 * Analyses plain text or an HTML page. For HTML the article is extracted first and the statistics' offsets refer
 * to its body; a page with no article is analysed as empty text and says so through `relevant: false`.
 */
export function analyzeInput(input: string, options: { url?: string; as?: 'text' | 'html' } = {}): AnalysisResult {
  const asHtml = options.as ? options.as === 'html' : looksLikeHtml(input);
  if (!asHtml) return analyzeArticle({ body: input });
  const extracted = extractArticle(input, { url: options.url });
  return analyzeArticle({
    title: extracted.title,
    body: extracted.isArticle ? extracted.body : '',
    publishedAt: extracted.publishedAt,
    url: options.url,
  });
}
