import { get } from 'node:http';
import { createServer } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAUD_TYPES } from '../../classifier/contract.ts';
import { parseSources } from '../../crawler/source-config.ts';
import { escapeHtml } from '../../sample-site/route.ts';
import { startSampleSite, type SampleArticle, type SampleSite } from '../../sample-site/start-sample-site.ts';

const SLOW_MS = 300;
let site: SampleSite;

beforeAll(async () => {
  site = await startSampleSite({ seed: 7, slowMs: SLOW_MS });
});
afterAll(async () => {
  await site?.close();
});

async function fetchDecoded(url: string, charset: string): Promise<{ status: number; contentType: string; html: string }> {
  const response = await fetch(url);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', html: iconv.decode(bytes, charset) };
}

function bySite(siteKey: SampleArticle['site']): SampleArticle[] {
  return site.articles.filter((article) => article.site === siteKey);
}

describe('sample site pages', () => {
  it('serves every manifest article with its exact title in <h1> and every paragraph, in its charset', async () => {
    for (const article of site.articles) {
      const { status, html } = await fetchDecoded(article.url, article.charset);
      expect(status, article.url).toBe(200);
      expect(html).toContain(`<h1>${escapeHtml(article.title)}</h1>`);
      for (const paragraph of article.body.split('\n')) expect(html).toContain(escapeHtml(paragraph));
      expect(html).not.toContain('\uFFFD');
    }
  });

  it('shows the publish time of every article to the minute and its source on the page', async () => {
    for (const article of site.articles) {
      const { html } = await fetchDecoded(article.url, article.charset);
      const [, y, m, d, hh, mm] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(article.publishedAt)!;
      const shown = [`${y}-${m}-${d} ${hh}:${mm}`, `${y}年${Number(m)}月${Number(d)}日 ${hh}:${mm}`, `${y}/${m}/${d} ${hh}:${mm}`, `${y}年${m}月${d}日 ${hh}:${mm}`];
      expect(shown.some((text) => html.includes(text)), article.url).toBe(true);
      if (article.source) expect(html, article.url).toMatch(new RegExp(`(来源|來源)：${article.source}`));
    }
  });

  it('copies syndicated stories with an edited headline and the same (or trimmed) body, and spins the spam copy', () => {
    const copies = new Map<string, SampleArticle[]>();
    for (const article of site.articles) copies.set(article.story, [...(copies.get(article.story) ?? []), article]);
    const syndicated = [...copies.values()].filter((group) => group.length > 1);
    expect(syndicated.length).toBeGreaterThanOrEqual(3);
    for (const group of syndicated) {
      const [original, ...others] = group;
      for (const copy of others) {
        expect(copy.title).not.toBe(original.title);
        if (copy.spam) {
          expect(copy.body).toContain('鼎盛娱乐城');
          expect(copy.body).not.toContain('民警');
        } else {
          expect(original.body.startsWith(copy.body)).toBe(true);
        }
      }
    }
  });

  it('declares the charset of each page exactly where the manifest says (header, meta, both, BOM or nowhere)', async () => {
    for (const article of site.articles) {
      const response = await fetch(article.url);
      const bytes = Buffer.from(await response.arrayBuffer());
      const head = bytes.subarray(0, 2048).toString('latin1');
      const declared = {
        header: /charset=/i.test(response.headers.get('content-type') ?? ''),
        meta: /<meta[^>]+charset=/i.test(head),
        bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
      };
      const want = article.charsetDeclaredBy;
      expect(declared, `${article.url} (${want})`).toEqual({
        header: want === 'header' || want === 'header+meta',
        meta: want === 'meta' || want === 'header+meta',
        bom: want === 'bom',
      });
      if (declared.header) expect(response.headers.get('content-type')).toBe(`text/html; charset=${article.charset}`);
    }
    const bySiteDeclarations = (key: SampleArticle['site']): string[] => [...new Set(bySite(key).map((a) => a.charsetDeclaredBy))].sort();
    expect(bySiteDeclarations('police')).toEqual(['header', 'meta']);
    expect(bySiteDeclarations('big5')).toEqual(['header+meta', 'meta', 'none']);
    expect(bySiteDeclarations('spam')).toEqual(['bom', 'header+meta']);
  });

  it('titles police pages with the site suffix and Big5 pages that decode to the manifest title', async () => {
    for (const article of bySite('police')) {
      const { html } = await fetchDecoded(article.url, 'gbk');
      expect(html).toContain(`<title>${escapeHtml(article.title)}_江城市公安局</title>`);
    }
    for (const article of bySite('big5')) {
      const { html } = await fetchDecoded(article.url, 'big5');
      expect(html).toContain(`<title>${escapeHtml(article.title)} | 晨曦新聞網</title>`);
    }
    expect(bySite('big5').some((a) => a.body.includes('新台幣'))).toBe(true);
    expect(bySite('big5').some((a) => a.body.includes('港元'))).toBe(true);
  });

  it('answers robots.txt per site, disallowing what the manifest says', async () => {
    const police = await fetch(`${site.origins.police}/robots.txt`);
    expect(await police.text()).toBe('User-agent: *\nDisallow: /internal/\nDisallow: /search/\n');
    const portal = await (await fetch(`${site.origins.portal}/robots.txt`)).text();
    expect(portal).toContain(`Sitemap: ${site.origins.portal}/sitemap.xml`);
    expect((await fetch(`${site.origins.spam}/robots.txt`)).status).toBe(404);
    for (const url of site.expected.disallowed) {
      const { origin, pathname } = new URL(url);
      const robots = await (await fetch(`${origin}/robots.txt`)).text();
      const rules = [...robots.matchAll(/^Disallow: (\S+)$/gm)].map((match) => match[1]);
      expect(rules.some((rule) => pathname.startsWith(rule)), url).toBe(true);
    }
  });

  it('answers 404 for the broken links', async () => {
    expect(site.expected.notFound.length).toBeGreaterThan(0);
    for (const url of site.expected.notFound) expect((await fetch(url)).status, url).toBe(404);
  });

  it('redirects old article URLs to manifest articles', async () => {
    expect(site.expected.redirects.length).toBeGreaterThan(0);
    for (const { from, to } of site.expected.redirects) {
      const response = await fetch(from, { redirect: 'manual' });
      expect([301, 302]).toContain(response.status);
      expect(new URL(response.headers.get('location')!, from).href).toBe(to);
      expect(site.articles.map((a) => a.url)).toContain(to);
    }
  });

  it('gzips portal pages for clients that accept it, and answers 304 to a matching If-None-Match', async () => {
    const article = bySite('portal')[0];
    const raw = await new Promise<{ encoding?: string; etag?: string }>((resolve, reject) => {
      get(article.url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        response.resume();
        resolve({ encoding: response.headers['content-encoding'], etag: response.headers.etag });
      }).on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    const police = bySite('police')[0];
    const first = await fetch(police.url);
    expect(first.headers.get('content-encoding')).toBeNull();
    const again = await fetch(police.url, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('delays the slow page by slowMs', async () => {
    const started = Date.now();
    const response = await fetch(site.expected.slow[0]);
    await response.arrayBuffer();
    expect(Date.now() - started).toBeGreaterThanOrEqual(SLOW_MS - 20);
  });

  it('lists exactly the portal articles in the RSS feed and the sitemap', async () => {
    const portalUrls = bySite('portal').map((a) => a.url).sort();
    const rss = await (await fetch(`${site.origins.portal}/rss.xml`)).text();
    expect([...rss.matchAll(/<link>([^<]+\/news\/[^<]+)<\/link>/g)].map((m) => m[1]).sort()).toEqual(portalUrls);
    const sitemap = await (await fetch(`${site.origins.portal}/sitemap.xml`)).text();
    const pattern = new RegExp(site.sources[1].articlePatterns![0]);
    expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).filter((url) => pattern.test(url)).sort()).toEqual(portalUrls);
  });
});

describe('sample site manifest', () => {
  it('derives the expected figures from the articles', () => {
    const crawlable = site.articles.filter((a) => a.crawlable);
    const relevant = crawlable.filter((a) => a.relevant);
    expect(site.expected.crawlableArticles).toBe(crawlable.length);
    expect(site.expected.relevantArticles).toBe(relevant.length);
    expect(site.expected.stories).toBe(new Set(crawlable.map((a) => a.story)).size);
    const byType: Record<string, number> = {};
    for (const article of relevant) for (const type of article.fraudTypes) byType[type] = (byType[type] ?? 0) + 1;
    expect(site.expected.byFraudType).toEqual(byType);
  });

  it('has the promised shape: four sites, syndicated and spun copies, irrelevant articles, unique URLs', () => {
    expect(new Set(site.articles.map((a) => a.url)).size).toBe(site.articles.length);
    expect(new Set(site.articles.map((a) => a.site))).toEqual(new Set(['police', 'portal', 'big5', 'spam']));
    expect(site.articles.filter((a) => a.spam).every((a) => a.site === 'spam')).toBe(true);
    const storySites = new Map<string, Set<string>>();
    for (const a of site.articles) storySites.set(a.story, (storySites.get(a.story) ?? new Set()).add(a.site));
    expect([...storySites.values()].filter((sites) => sites.size >= 3).length).toBeGreaterThanOrEqual(1);
    expect(site.articles.filter((a) => !a.relevant).length).toBeGreaterThanOrEqual(5);
    for (const a of site.articles) expect(a.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/);
    expect(site.articles.filter((a) => !a.crawlable).map((a) => a.url)).toContain(site.expected.disallowed[0]);
  });

  it('holds the figures sample-site/README.md documents (update the README when this changes)', () => {
    const perSite = Object.fromEntries(
      (['police', 'portal', 'big5', 'spam'] as const).map((key) => {
        const pages = bySite(key);
        return [key, [pages.length, pages.filter((a) => a.crawlable).length, pages.filter((a) => a.crawlable && a.relevant).length]];
      }),
    );
    expect(perSite).toEqual({ police: [21, 19, 15], portal: [15, 15, 12], big5: [6, 6, 5], spam: [2, 2, 2] });
    expect([site.articles.length, site.expected.crawlableArticles, site.expected.relevantArticles, site.expected.stories]).toEqual([44, 42, 34, 37]);
    expect(Object.keys(site.expected.byFraudType).sort()).toEqual([...FRAUD_TYPES].sort());
  });

  it('gives a source config that crawler/source-config.ts accepts', () => {
    expect(parseSources({ sources: site.sources })).toHaveLength(4);
  });

  it('serves on four consecutive ports from firstPort, and says so when a port is taken', async () => {
    const free = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const fixed = await startSampleSite({ firstPort: free, slowMs: 0 });
    try {
      expect(Object.values(fixed.origins)).toEqual([0, 1, 2, 3].map((i) => `http://127.0.0.1:${free + i}`));
      await expect(startSampleSite({ firstPort: free })).rejects.toThrow(`port ${free} on 127.0.0.1 is already in use`);
    } finally {
      await fixed.close();
    }
    await fixed.close(); // closing twice is harmless
  });

  it('delays every answer by latencyMs when asked', async () => {
    const laggy = await startSampleSite({ latencyMs: 200, slowMs: 0 });
    try {
      const started = Date.now();
      await (await fetch(`${laggy.origins.portal}/robots.txt`)).text();
      expect(Date.now() - started).toBeGreaterThanOrEqual(180);
    } finally {
      await laggy.close();
    }
  });

  it('gives the same manifest and pages for the same seed, apart from ports', async () => {
    const again = await startSampleSite({ seed: 7, slowMs: 0 });
    const other = await startSampleSite({ seed: 8, slowMs: 0 });
    try {
      const portless = (value: unknown): string => JSON.stringify(value).replace(/127(?:\\\\)?\.0(?:\\\\)?\.0(?:\\\\)?\.1:\d+/g, 'HOST');
      expect(portless(again.articles)).toBe(portless(site.articles));
      expect(portless(again.expected)).toBe(portless(site.expected));
      expect(portless(again.sources)).toBe(portless(site.sources));
      const page = async (s: SampleSite, i: number): Promise<string> => portless(await (await fetch(s.articles[i].url)).text());
      expect(await page(again, 20)).toBe(await page(site, 20));
      // Another seed varies the chrome (counters, comments), never the articles.
      expect(portless(other.articles)).toBe(portless(site.articles));
      expect(await page(other, 20)).not.toBe(await page(site, 20));
    } finally {
      await again.close();
      await other.close();
    }
  });
});
