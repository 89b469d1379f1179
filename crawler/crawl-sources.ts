import { Configuration, log as crawleeLog, LogLevel, RequestQueue } from 'crawlee';
import { compileLinkRules, classifyUrl, discoverLinks, parseFeedLinks, parseSitemap, type LinkRules } from './discover-links.ts';
import { FanzhaCrawler } from './fanzha-crawler.ts';
import { normalizeUrl } from './normalize-url.ts';
import type { SourceConfig } from './source-config.ts';

/** An article page as fetched, ready for extraction and analysis. */
export interface FetchedPage {
  /** Normalised final URL (after redirects). */
  url: string;
  /** Normalised URL that was requested. */
  requestedUrl: string;
  sourceName: string;
  html: string;
  charset: string;
  fetchedAt: string;
}

export type CrawlEvent =
  | { type: 'fetched'; url: string; kind: PageKind }
  | { type: 'skipped-known'; count: number }
  | { type: 'robots-blocked'; url: string }
  | { type: 'failed'; url: string; message: string };

export interface CrawlHooks {
  /** Which of these normalised URLs are already stored; they are not fetched again unless recrawling. */
  knownUrls(urls: string[]): Promise<Set<string>>;
  /** Receives every fetched article page; the crawl waits for it (queueing or analysing it). */
  onArticlePage(page: FetchedPage): Promise<void>;
  onEvent?(event: CrawlEvent): void;
}

export interface CrawlOptions {
  sources: SourceConfig[];
  userAgent: string;
  /** @default 5242880 */
  maxResponseBytes?: number;
  /** @default 20 */
  requestTimeoutSecs?: number;
  /** Fetch pages again even when their URL is stored. @default false */
  recrawl?: boolean;
  hooks: CrawlHooks;
}

export interface CrawlSummary {
  pagesFetched: number;
  articlePages: number;
  skippedKnown: number;
  robotsBlocked: number;
  failures: { url: string; message: string }[];
}

type PageKind = 'start' | 'list' | 'article' | 'feed' | 'sitemap';
interface PageData {
  kind: PageKind;
  depth: number;
}

let crawleeQuieted = false;

/** Crawls every source in parallel (each with its own per-host concurrency and delay) and hands over article pages. */
export async function crawlSources(options: CrawlOptions): Promise<CrawlSummary> {
  if (!crawleeQuieted) {
    // fanzha reports progress and failures itself; crawlee's own INFO logs would drown them.
    crawleeLog.setLevel(LogLevel.OFF);
    crawleeQuieted = true;
  }
  const summary: CrawlSummary = { pagesFetched: 0, articlePages: 0, skippedKnown: 0, robotsBlocked: 0, failures: [] };
  await Promise.all(options.sources.map((source) => crawlOneSource(source, options, summary)));
  return summary;
}

async function crawlOneSource(source: SourceConfig, options: CrawlOptions, summary: CrawlSummary): Promise<void> {
  const { hooks } = options;
  const rules = compileLinkRules(source);
  // Each source gets its own in-memory storage, so parallel sources never share queues and nothing lands on disk.
  const config = new Configuration({ persistStorage: false, purgeOnStart: true });
  const requestQueue = await RequestQueue.open(null, { config });
  const seen = new Set<string>();
  /** Final URLs (after redirects) processed in this crawl. */
  const handled = new Set<string>();

  /** Queues URLs of one kind, skipping those seen in this crawl and (for articles) those already stored. */
  const enqueue = async (urls: string[], data: PageData) => {
    let fresh = urls.filter((url) => !seen.has(url));
    if (data.kind === 'article' && !options.recrawl && fresh.length > 0) {
      const known = await hooks.knownUrls(fresh);
      if (known.size > 0) {
        fresh.forEach((url) => known.has(url) && seen.add(url));
        summary.skippedKnown += known.size;
        hooks.onEvent?.({ type: 'skipped-known', count: known.size });
        fresh = fresh.filter((url) => !known.has(url));
      }
    }
    fresh.forEach((url) => seen.add(url));
    if (fresh.length > 0) {
      await crawler.addRequests(fresh.map((url) => ({ url, uniqueKey: url, userData: { ...data } })));
    }
  };

  const crawler = new FanzhaCrawler(
    {
      requestQueue,
      maxResponseBytes: options.maxResponseBytes,
      maxRequestsPerCrawl: source.maxPages,
      maxConcurrency: source.maxConcurrency,
      sameDomainDelaySecs: source.delayMs / 1000,
      navigationTimeoutSecs: options.requestTimeoutSecs ?? 20,
      requestHandlerTimeoutSecs: (options.requestTimeoutSecs ?? 20) * 3,
      maxRequestRetries: 2,
      respectRobotsTxtFile: { userAgent: 'fanzha' },
      useSessionPool: false,
      persistCookiesPerSession: false,
      additionalMimeTypes: ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'text/plain'],
      preNavigationHooks: [
        (_context, gotOptions) => {
          // An honest User-Agent instead of the browser-like headers got-scraping would invent.
          gotOptions.useHeaderGenerator = false;
          gotOptions.headers = { ...gotOptions.headers, 'user-agent': options.userAgent };
        },
      ],
      onSkippedRequest: async ({ url, reason }) => {
        if (reason === 'robotsTxt') {
          summary.robotsBlocked += 1;
          hooks.onEvent?.({ type: 'robots-blocked', url });
        }
      },
      requestHandler: async ({ request, response, body }) => {
        const data = request.userData as PageData;
        if (response.statusCode && response.statusCode >= 400) {
          // crawlee retries only 5xx; a 4xx page is gone for good, so it is reported and not analysed.
          const message = `HTTP ${response.statusCode}`;
          summary.failures.push({ url: request.url, message });
          hooks.onEvent?.({ type: 'failed', url: request.url, message });
          return;
        }
        const text = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
        const finalUrl = normalizeUrl(request.loadedUrl ?? request.url) ?? request.url;
        summary.pagesFetched += 1;
        hooks.onEvent?.({ type: 'fetched', url: finalUrl, kind: data.kind });

        if (data.kind === 'feed') {
          await enqueue(parseFeedLinks(text, finalUrl), { kind: 'article', depth: data.depth + 1 });
          return;
        }
        if (data.kind === 'sitemap') {
          const { pages, sitemaps } = parseSitemap(text, finalUrl);
          const articles = rules.articlePatterns.length > 0 ? pages.filter((url) => classifyUrl(url, rules) === 'article') : pages;
          await enqueue(sitemaps, { kind: 'sitemap', depth: data.depth });
          await enqueue(articles, { kind: 'article', depth: data.depth + 1 });
          return;
        }
        const isArticle = data.kind === 'article' || classifyUrl(finalUrl, rules) === 'article';
        const requestedUrl = normalizeUrl(request.url) ?? request.url;
        // A redirect can lead to a page this crawl already handled, or (without --recrawl) to a stored one.
        const alreadyHandled = handled.has(finalUrl) || (finalUrl !== requestedUrl && !options.recrawl && (await hooks.knownUrls([finalUrl])).size > 0);
        handled.add(finalUrl);
        if (isArticle && !alreadyHandled) {
          summary.articlePages += 1;
          await hooks.onArticlePage({
            url: finalUrl,
            requestedUrl,
            sourceName: source.name,
            html: text,
            charset: String(request.userData.charset ?? 'utf-8'),
            fetchedAt: new Date().toISOString(),
          });
        }
        // Article pages link to related articles too, so they are followed like list pages, within maxDepth.
        if (data.depth < source.maxDepth && !alreadyHandled) await followLinks(text, finalUrl, data.depth, rules, enqueue);
      },
      failedRequestHandler: async ({ request }, error) => {
        const message = (error as Error).message.split('\n')[0];
        summary.failures.push({ url: request.url, message });
        hooks.onEvent?.({ type: 'failed', url: request.url, message });
      },
    },
    config,
  );

  const start = (urls: string[], kind: PageKind) =>
    urls.map((url) => normalizeUrl(url)).filter((url): url is string => url !== null).map((url) => ({ url, kind }));
  const startPages = [...start(source.startUrls, 'start'), ...start(source.feeds, 'feed'), ...start(source.sitemaps, 'sitemap')];
  for (const page of startPages) {
    const kind = page.kind === 'start' && classifyUrl(page.url, rules) === 'article' ? 'article' : page.kind;
    await enqueue([page.url], { kind, depth: 0 });
  }
  await crawler.run();
}

async function followLinks(
  html: string,
  pageUrl: string,
  depth: number,
  rules: LinkRules,
  enqueue: (urls: string[], data: PageData) => Promise<void>,
): Promise<void> {
  const links = discoverLinks(html, pageUrl, rules);
  await enqueue(links.lists, { kind: 'list', depth: depth + 1 });
  await enqueue(links.articles, { kind: 'article', depth: depth + 1 });
}
