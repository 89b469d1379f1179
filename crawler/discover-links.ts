import * as cheerio from 'cheerio';
import type { SourceConfig } from './source-config.ts';
import { normalizeUrl } from './normalize-url.ts';

export interface DiscoveredLinks {
  /** Links that look like article pages (articlePatterns). */
  articles: string[];
  /** Links to list/index pages worth following (listPatterns). */
  lists: string[];
}

/** Compiled patterns of one source, made once per crawl. */
export interface LinkRules {
  articlePatterns: RegExp[];
  listPatterns: RegExp[];
}

export function compileLinkRules(source: Pick<SourceConfig, 'articlePatterns' | 'listPatterns'>): LinkRules {
  return {
    articlePatterns: source.articlePatterns.map((pattern) => new RegExp(pattern)),
    listPatterns: source.listPatterns.map((pattern) => new RegExp(pattern)),
  };
}

/** What a URL is for this source: an article, a list page to follow, or neither. */
export function classifyUrl(url: string, rules: LinkRules): 'article' | 'list' | null {
  if (rules.articlePatterns.some((pattern) => pattern.test(url))) return 'article';
  if (rules.listPatterns.some((pattern) => pattern.test(url))) return 'list';
  return null;
}

/** Article and list links of an HTML page, normalised and deduplicated, in page order. */
export function discoverLinks(html: string, pageUrl: string, rules: LinkRules): DiscoveredLinks {
  const $ = cheerio.load(html);
  const baseHref = $('base[href]').attr('href');
  const base = baseHref ? (normalizeUrl(baseHref, pageUrl) ?? pageUrl) : pageUrl;
  const articles = new Set<string>();
  const lists = new Set<string>();
  $('a[href]').each((_, element) => {
    const url = normalizeUrl($(element).attr('href') ?? '', base);
    if (!url) return;
    const kind = classifyUrl(url, rules);
    if (kind === 'article') articles.add(url);
    else if (kind === 'list') lists.add(url);
  });
  return { articles: [...articles], lists: [...lists] };
}

/** Item links of an RSS 2.0 or Atom feed. */
export function parseFeedLinks(xml: string, feedUrl: string): string[] {
  const $ = cheerio.load(xml, { xml: true });
  const links = new Set<string>();
  $('item > link').each((_, element) => {
    const url = normalizeUrl($(element).text(), feedUrl);
    if (url) links.add(url);
  });
  $('entry > link').each((_, element) => {
    const rel = $(element).attr('rel');
    if (rel && rel !== 'alternate') return;
    const url = normalizeUrl($(element).attr('href') ?? '', feedUrl);
    if (url) links.add(url);
  });
  return [...links];
}

/** Page URLs and nested sitemap URLs of a sitemap or sitemap index. */
export function parseSitemap(xml: string, sitemapUrl: string): { pages: string[]; sitemaps: string[] } {
  const $ = cheerio.load(xml, { xml: true });
  const collect = (selector: string) => {
    const found = new Set<string>();
    $(selector).each((_, element) => {
      const url = normalizeUrl($(element).text(), sitemapUrl);
      if (url) found.add(url);
    });
    return [...found];
  };
  return { pages: collect('url > loc'), sitemaps: collect('sitemap > loc') };
}
