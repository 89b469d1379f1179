import type { SourceConfigInput } from '../crawler/source-config.ts';
import { buildCatalog, SITE_CHARSETS, SITE_KEYS, SITE_NAMES, type Catalog, type CharsetDeclaration, type SiteKey } from './build-catalog.ts';
import { big5NotFound, renderBig5Site } from './render-big5-site.ts';
import { policeNotFound, renderPoliceSite } from './render-police-site.ts';
import { portalNotFound, renderPortalSite } from './render-portal-site.ts';
import { renderSpamSite, spamNotFound } from './render-spam-site.ts';
import type { RenderContext, Route, SiteRoutes } from './route.ts';
import { serveSite, type SiteServer } from './serve-site.ts';

/** One article page of the sample site, as the crawler and analysis should see it. */
export interface SampleArticle {
  /** Absolute URL after start (the final URL, not a redirect). */
  url: string;
  site: SiteKey;
  /** Exactly the page's <h1>. */
  title: string;
  /** ISO 8601 with +08:00, to the minute. */
  publishedAt: string;
  source: string | null;
  charset: 'gbk' | 'utf-8' | 'big5';
  /** Where the page declares its charset: header, meta, both, a UTF-8 BOM, or nowhere (sniff). */
  charsetDeclaredBy: CharsetDeclaration;
  /** Paragraphs joined by "\n" (the article text as written, before encoding). */
  body: string;
  relevant: boolean;
  fraudTypes: string[];
  region: string | null;
  /** Same value for syndicated/spun copies of one story. */
  story: string;
  /** The spun/stuffed copy on the spam site. */
  spam: boolean;
  /** False when robots.txt disallows it or no page links to it. */
  crawlable: boolean;
}

export interface SampleSiteExpectations {
  /** Articles a polite crawler reaches and stores (robots.txt honoured). */
  crawlableArticles: number;
  /** Crawlable articles that are relevant. */
  relevantArticles: number;
  /** Distinct stories among crawlable articles. */
  stories: number;
  /** Over crawlable relevant articles: how many carry each fraud type. */
  byFraudType: Record<string, number>;
  /** Linked URLs that answer 404. */
  notFound: string[];
  /** Linked article URLs that redirect (301/302) to an article. */
  redirects: { from: string; to: string }[];
  /** Linked URLs robots.txt forbids (articles among them); none may be fetched. */
  disallowed: string[];
  /** URLs that answer only after `slowMs`. */
  slow: string[];
}

export interface SampleSite {
  origins: Record<SiteKey, string>;
  /** One per site, valid for crawler/source-config.ts (delayMs 0). */
  sources: SourceConfigInput[];
  /** The manifest: every article page the site has. */
  articles: SampleArticle[];
  expected: SampleSiteExpectations;
  close(): Promise<void>;
}

export interface SampleSiteOptions {
  /** Varies page chrome (counters, comments, related links); never the articles. @default 20240510 */
  seed?: number;
  /** Delay of the slow page, in milliseconds. @default 1500 */
  slowMs?: number;
  /**
   * Delay of every other answer, in milliseconds: makes a crawl last long enough to kill a worker
   * in the middle of it. @default 0
   */
  latencyMs?: number;
  /** Only loopback is allowed. @default '127.0.0.1' */
  host?: '127.0.0.1';
  /**
   * Serve the four sites on firstPort … firstPort+3 (police, portal, big5, spam), so URLs stay the
   * same across runs (a second demo run then finds its articles already stored). @default ephemeral ports
   */
  firstPort?: number;
}

export const DEFAULT_SEED = 20240510;
export const DEFAULT_SLOW_MS = 1500;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The crawler's view of each site: where to start, which links are articles and which are lists. */
export function sourcesFor(origins: Record<SiteKey, string>): SourceConfigInput[] {
  const o = (site: SiteKey): string => `^${escapeRegExp(origins[site])}`;
  return [
    {
      name: SITE_NAMES.police,
      startUrls: [`${origins.police}/index.html`],
      articlePatterns: [`${o('police')}/(?:internal/)?content/\\d{4}-\\d{2}/t\\d{8}_\\d+\\.html$`, `${o('police')}/art/\\d{4}/\\d{1,2}/\\d{1,2}/art_\\d+\\.html$`],
      listPatterns: [`${o('police')}/index(?:_\\d+)?\\.html$`],
      maxDepth: 3,
      delayMs: 0,
    },
    {
      name: SITE_NAMES.portal,
      startUrls: [`${origins.portal}/`],
      articlePatterns: [`${o('portal')}/news/\\d{4}/\\d{2}/\\d{2}/\\d+\\.html$`],
      listPatterns: [`${o('portal')}/$`, `${o('portal')}/list/news_\\d+\\.html$`],
      feeds: [`${origins.portal}/rss.xml`],
      sitemaps: [`${origins.portal}/sitemap.xml`],
      maxDepth: 3,
      delayMs: 0,
    },
    {
      name: SITE_NAMES.big5,
      startUrls: [`${origins.big5}/list.php?page=1`],
      articlePatterns: [`${o('big5')}/news/\\d{8}/\\d+\\.htm(?:\\?.*)?$`],
      listPatterns: [`${o('big5')}/list\\.php\\?page=\\d+$`],
      maxDepth: 3,
      delayMs: 0,
    },
    {
      name: SITE_NAMES.spam,
      startUrls: [`${origins.spam}/`],
      articlePatterns: [`${o('spam')}/html/\\d+\\.html$`],
      listPatterns: [`${o('spam')}/$`],
      maxDepth: 3,
      delayMs: 0,
    },
  ];
}

/** The manifest of the catalog once origins are known. */
export function manifestFor(catalog: Catalog, origins: Record<SiteKey, string>): SampleArticle[] {
  return catalog.articles.map((article) => ({
    url: `${origins[article.site]}${article.path}`,
    site: article.site,
    title: article.page.title,
    publishedAt: article.page.publishedAt,
    source: article.page.source,
    charset: SITE_CHARSETS[article.site],
    charsetDeclaredBy: article.declaration,
    body: article.page.paragraphs.join('\n'),
    relevant: article.page.relevant,
    fraudTypes: [...article.page.fraudTypes],
    region: article.page.region,
    story: article.storyId,
    spam: article.spam,
    crawlable: article.crawlable,
  }));
}

/** Every expected figure, derived from the manifest and the traps (never written down twice). */
export function expectationsFor(catalog: Catalog, articles: SampleArticle[], origins: Record<SiteKey, string>): SampleSiteExpectations {
  const crawlable = articles.filter((article) => article.crawlable);
  const relevant = crawlable.filter((article) => article.relevant);
  const byFraudType: Record<string, number> = {};
  for (const article of relevant) for (const type of article.fraudTypes) byFraudType[type] = (byFraudType[type] ?? 0) + 1;
  const url = (site: SiteKey, path: string): string => `${origins[site]}${path}`;
  const { traps } = catalog;
  return {
    crawlableArticles: crawlable.length,
    relevantArticles: relevant.length,
    stories: new Set(crawlable.map((article) => article.story)).size,
    byFraudType,
    notFound: traps.notFound.map((n) => url(n.site, n.path)),
    redirects: traps.redirects.map((r) => ({ from: url(r.site, r.from), to: url(r.site, r.to) })),
    disallowed: traps.disallowed.map((d) => url(d.site, d.path)),
    slow: traps.slow.map((s) => url(s.site, s.path)),
  };
}

const RENDERERS: Record<SiteKey, { render: (ctx: RenderContext) => SiteRoutes; notFound: () => Route }> = {
  police: { render: renderPoliceSite, notFound: policeNotFound },
  portal: { render: renderPortalSite, notFound: portalNotFound },
  big5: { render: renderBig5Site, notFound: big5NotFound },
  spam: { render: renderSpamSite, notFound: spamNotFound },
};

/**
 * Starts the four sample sites on 127.0.0.1 (ephemeral ports) and returns their manifest.
 * Articles and expectations are the same for every seed; the seed only varies page chrome.
 */
export async function startSampleSite(options: SampleSiteOptions = {}): Promise<SampleSite> {
  const seed = options.seed ?? DEFAULT_SEED;
  const slowMs = options.slowMs ?? DEFAULT_SLOW_MS;
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error(`sample site: host must be 127.0.0.1, got ${String(host)}`);
  if (!Number.isFinite(slowMs) || slowMs < 0) throw new Error(`sample site: slowMs must be a non-negative number, got ${slowMs}`);
  const latencyMs = options.latencyMs ?? 0;
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new Error(`sample site: latencyMs must be a non-negative number, got ${latencyMs}`);
  const firstPort = options.firstPort;
  if (firstPort !== undefined && !(Number.isInteger(firstPort) && firstPort >= 1 && firstPort <= 65_532)) {
    throw new Error(`sample site: firstPort must be an integer between 1 and 65532, got ${firstPort}`);
  }

  const catalog = buildCatalog();
  const servers: Partial<Record<SiteKey, SiteServer>> = {};
  let closing: Promise<void> | undefined;
  // Idempotent: a test's afterAll and a finally block may both close the site.
  const closeAll = (): Promise<void> => {
    closing ??= Promise.all(Object.values(servers).map((server) => server.close())).then(() => undefined);
    return closing;
  };
  try {
    for (const [index, site] of SITE_KEYS.entries()) {
      servers[site] = await serveSite(host, {
        slowMs,
        latencyMs,
        port: firstPort === undefined ? 0 : firstPort + index,
        // The portal and the spam site compress like modern hosts; the police and Big5 servers do not.
        gzip: site === 'portal' || site === 'spam',
      });
    }
    const origins = Object.fromEntries(SITE_KEYS.map((site) => [site, servers[site]!.origin])) as Record<SiteKey, string>;
    const ctx: RenderContext = { catalog, origins, seed };
    for (const site of SITE_KEYS) servers[site]!.setRoutes(RENDERERS[site].render(ctx), RENDERERS[site].notFound());
    const articles = manifestFor(catalog, origins);
    return {
      origins,
      sources: sourcesFor(origins),
      articles,
      expected: expectationsFor(catalog, articles, origins),
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
