import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../classifier/normalize.ts';
import { parseSources } from '../../crawler/source-config.ts';
import { startSampleSite, type SampleSite } from '../../sample-site/start-sample-site.ts';
import { searchArticles } from '../../storage/queries/search-articles.ts';
import { listSourceQuality } from '../../storage/queries/source-quality.ts';
import { finishCrawlRun, listCrawlRuns, recordCrawlProgress, startCrawlRun } from '../../storage/queries/crawl-runs.ts';
import { SITE_NAMES } from '../../sample-site/build-catalog.ts';
import { runCrawl, type CrawlReport } from '../../worker/crawl-pipeline.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/services.ts';
import { silentLogger } from '../helpers/silent-logger.ts';

const CLI = fileURLToPath(new URL('../../bin/fanzha.js', import.meta.url));

/** Crawl of the sample site analysed in-process, against a real PostgreSQL. */
describe('crawling the sample site in-process', () => {
  let site: SampleSite;
  let db: TestDatabase;
  let first: CrawlReport;

  const crawl = (recrawl = false) =>
    runCrawl({
      prisma: db.prisma,
      sources: parseSources({ sources: site.sources }),
      userAgent: 'fanzha-test',
      maxResponseBytes: 5 * 1024 * 1024,
      requestTimeoutSecs: 10,
      recrawl,
      log: silentLogger,
    });

  beforeAll(async () => {
    site = await startSampleSite({ slowMs: 300 });
    db = await createTestDatabase();
    first = await crawl();
  });

  afterAll(async () => {
    await site?.close();
    await db?.drop();
  });

  it('stores every crawlable article exactly once', async () => {
    const stored = await db.prisma.article.findMany({ select: { url: true } });
    const crawlable = site.articles.filter((article) => article.crawlable).map((article) => article.url);
    expect(stored.map((row) => row.url).sort()).toEqual([...crawlable].sort());
    expect(first.created).toBe(site.expected.crawlableArticles);
  });

  it('never fetches what robots.txt disallows', async () => {
    expect(first.robotsBlocked).toBeGreaterThan(0);
    const leaked = await db.prisma.article.count({ where: { url: { in: site.expected.disallowed } } });
    expect(leaked).toBe(0);
  });

  it('stores GBK and Big5 pages as correct UTF-8 with their exact titles', async () => {
    for (const article of site.articles.filter((a) => a.crawlable && a.charset !== 'utf-8')) {
      const row = await db.prisma.article.findUniqueOrThrow({ where: { url: article.url }, select: { title: true, charset: true, body: true } });
      expect(row.title).toBe(article.title);
      expect(row.charset).toMatch(article.charset === 'gbk' ? /gbk|gb18030|gb2312/ : /big5/);
      expect(row.body).not.toMatch(/\uFFFD/);
    }
  });

  it('reports the 404 and follows the redirect to the article', async () => {
    for (const url of site.expected.notFound) expect(first.failures.map((failure) => failure.url)).toContain(url);
    for (const { to } of site.expected.redirects) expect(await db.prisma.article.count({ where: { url: to } })).toBe(1);
  });

  it('finds stored articles by Chinese words', async () => {
    const hits = await searchArticles(db.prisma, { tokens: ['诈骗'], includeIrrelevant: true, includeSpam: true, limit: 1000 });
    expect(hits.length).toBeGreaterThan(0);
    // Traditional pages (詐騙) match too: text and query are normalised to Simplified before segmentation.
    for (const hit of hits) expect(normalizeText(`${hit.title}${hit.body}`)).toContain('诈骗');
  });

  it('lists search hits on the command line and says when --limit cut the list', () => {
    const search = (...args: string[]) =>
      spawnSync(process.execPath, [CLI, 'search', '诈骗', '--all', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: db.url }, timeout: 60_000 });
    const all = search('--limit', '1000', '--json');
    const total = all.stdout.trim().split('\n').length;
    expect(total).toBeGreaterThan(3);
    const cut = search('--limit', '3');
    expect(cut.status, cut.stderr).toBe(0);
    expect(cut.stdout).toMatch(/the newest 3 articles shown; more match/);
    expect(search('--limit', '3', '--json').stdout.trim().split('\n')).toHaveLength(3);
    expect(search('--limit', String(total)).stdout).toMatch(new RegExp(`\\n${total} articles\\n$`));
  });

  it('summarises quality per source: the spam site is all spam, the others clean', async () => {
    const sources = new Map((await listSourceQuality(db.prisma)).map((source) => [source.sourceName, source]));
    for (const key of ['police', 'portal', 'big5', 'spam'] as const) {
      const crawlable = site.articles.filter((article) => article.crawlable && article.site === key).length;
      expect(sources.get(SITE_NAMES[key])?.articles).toBe(crawlable);
    }
    expect(sources.get(SITE_NAMES.spam)?.spamShare).toBe(1);
    for (const name of [SITE_NAMES.police, SITE_NAMES.portal, SITE_NAMES.big5]) expect(sources.get(name)?.spamShare).toBe(0);
  });

  it('records the run for operators: finished, with its pages and stored articles', async () => {
    const run = (await listCrawlRuns(db.prisma)).find((r) => r.id === first.runId);
    expect(run).toMatchObject({ status: 'finished', mode: 'local', pagesFetched: first.pagesFetched, articlesStored: first.created, errors: first.failures.length });
  });

  it('shows live counters of a running crawl and ignores late updates once it has finished', async () => {
    const id = await startCrawlRun(db.prisma, 'queue', ['x']);
    await recordCrawlProgress(db.prisma, id, { pagesFetched: 7, articlesQueued: 5, errors: 1 });
    expect((await listCrawlRuns(db.prisma)).find((r) => r.id === id)).toMatchObject({ status: 'running', pagesFetched: 7, articlesQueued: 5, errors: 1 });
    await finishCrawlRun(db.prisma, id, { pagesFetched: 9, articlesQueued: 6, errors: 1 });
    await recordCrawlProgress(db.prisma, id, { pagesFetched: 8, articlesQueued: 5, errors: 1 });
    expect((await listCrawlRuns(db.prisma)).find((r) => r.id === id)).toMatchObject({ status: 'finished', pagesFetched: 9, articlesQueued: 6 });
  });

  it('stores nothing new and fetches no stored article again when crawled again', async () => {
    const before = await db.prisma.article.count();
    const again = await crawl();
    expect(again.created).toBe(0);
    expect(again.articlePages).toBe(0);
    expect(again.skippedKnown).toBeGreaterThan(0);
    expect(await db.prisma.article.count()).toBe(before);
  });

  it('changes nothing when the same pages are processed again with --recrawl', async () => {
    const again = await crawl(true);
    expect(again.created).toBe(0);
    expect(again.updated).toBe(0);
    expect(again.unchanged).toBe(site.expected.crawlableArticles);
  });
});
