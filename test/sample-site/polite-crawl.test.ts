import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSources, type SourceConfig } from '../../crawler/source-config.ts';
import { startSampleSite, type SampleSite } from '../../sample-site/start-sample-site.ts';

/**
 * A deliberately tiny crawler (breadth-first, robots.txt honoured, tracking parameters dropped,
 * redirects followed) that checks the manifest's `crawlable` flags and trap lists against what
 * a polite crawler following the sources' patterns actually reaches.
 */
interface CrawlLog {
  articles: Set<string>;
  statuses: Map<string, number>;
  seenLinks: Set<string>;
  fetched: Set<string>;
}

function normalise(raw: string, base: string): string {
  const url = new URL(raw, base);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (key.startsWith('utm_')) url.searchParams.delete(key);
  return url.href;
}

async function disallowRules(origin: string): Promise<string[]> {
  const response = await fetch(`${origin}/robots.txt`);
  if (response.status !== 200) return [];
  return [...(await response.text()).matchAll(/^Disallow:[ \t]*(\S+)[ \t]*$/gm)].map((match) => match[1]);
}

async function crawl(source: SourceConfig, log: CrawlLog): Promise<void> {
  const articles = source.articlePatterns.map((p) => new RegExp(p));
  const lists = source.listPatterns.map((p) => new RegExp(p));
  const isArticle = (url: string): boolean => articles.some((re) => re.test(url));
  const isList = (url: string): boolean => lists.some((re) => re.test(url));
  const origin = new URL(source.startUrls[0] ?? source.feeds[0]).origin;
  const rules = await disallowRules(origin);
  const allowed = (url: string): boolean => !rules.some((rule) => new URL(url).pathname.startsWith(rule));

  const queue: { url: string; depth: number }[] = source.startUrls.map((url) => ({ url, depth: 0 }));
  for (const feed of [...source.feeds, ...source.sitemaps]) {
    const xml = await (await fetch(feed)).text();
    for (const match of xml.matchAll(/<(?:link|loc)>([^<]+)<\/(?:link|loc)>/g)) if (isArticle(match[1])) queue.push({ url: match[1], depth: 1 });
  }
  const queued = new Set(queue.map((item) => item.url));
  while (queue.length > 0) {
    const { url, depth } = queue.shift()!;
    if (!allowed(url)) continue;
    log.fetched.add(url);
    const response = await fetch(url);
    const finalUrl = normalise(response.url, response.url);
    log.statuses.set(url, response.status);
    const html = Buffer.from(await response.arrayBuffer()).toString('latin1'); // links are ASCII in every charset used
    if (response.status !== 200) continue;
    if (isArticle(finalUrl)) log.articles.add(finalUrl);
    if (depth >= source.maxDepth) continue;
    for (const match of html.matchAll(/href="([^"]+)"/g)) {
      if (match[1].startsWith('javascript:')) continue;
      const link = normalise(match[1], finalUrl);
      log.seenLinks.add(link);
      if (queued.has(link) || !(isArticle(link) || isList(link))) continue;
      queued.add(link);
      queue.push({ url: link, depth: depth + 1 });
    }
  }
}

let site: SampleSite;
const log: CrawlLog = { articles: new Set(), statuses: new Map(), seenLinks: new Set(), fetched: new Set() };

beforeAll(async () => {
  site = await startSampleSite({ slowMs: 50 });
  for (const source of parseSources({ sources: site.sources })) await crawl(source, log);
});
afterAll(async () => {
  await site?.close();
});

describe('a polite crawl of the sample site', () => {
  it('reaches exactly the crawlable articles of the manifest', () => {
    const crawlable = site.articles.filter((a) => a.crawlable).map((a) => a.url).sort();
    expect([...log.articles].sort()).toEqual(crawlable);
    expect(log.articles.size).toBe(site.expected.crawlableArticles);
  });

  it('sees links to every disallowed URL but never fetches them', () => {
    for (const url of site.expected.disallowed) {
      expect(log.seenLinks.has(url), url).toBe(true);
      expect(log.fetched.has(url), url).toBe(false);
    }
  });

  it('meets every 404 and every redirect through ordinary links', () => {
    for (const url of site.expected.notFound) expect(log.statuses.get(url), url).toBe(404);
    for (const { from } of site.expected.redirects) expect(log.statuses.get(from), from).toBe(200);
  });

  it('meets list links carrying tracking parameters on the Big5 site', async () => {
    const list = await (await fetch(`${site.origins.big5}/list.php?page=1`)).text();
    expect(list).toMatch(/\.htm\?utm_source=/);
  });
});
