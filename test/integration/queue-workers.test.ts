import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parseSources } from '../../crawler/source-config.ts';
import { startSampleSite, type SampleSite } from '../../sample-site/start-sample-site.ts';
import { openArticleQueue, pendingJobs } from '../../worker/article-queue.ts';
import { runCrawl } from '../../worker/crawl-pipeline.ts';
import { createTestDatabase, redisIsAvailable, TEST_REDIS_URL, uniqueQueueName, type TestDatabase } from '../helpers/services.ts';
import { silentLogger } from '../helpers/silent-logger.ts';

const CLI = fileURLToPath(new URL('../../bin/fanzha.js', import.meta.url));
const redisAvailable = await redisIsAvailable();

/** The distributed path: `crawl` enqueues BullMQ jobs on a real Redis, `fanzha worker` processes store into PostgreSQL. */
describe.skipIf(!redisAvailable)('crawling through the queue with worker processes', () => {
  let site: SampleSite;
  let db: TestDatabase;
  let queueName: string;
  let redis: Redis;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    site ??= await startSampleSite({ slowMs: 200 });
    redis ??= new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    await db?.drop();
    db = await createTestDatabase();
    queueName = uniqueQueueName('fanzha-test');
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    const queue = openArticleQueue(redis, queueName);
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    redis?.disconnect();
    await site?.close();
    await db?.drop();
  });

  const enqueueCrawl = async () => {
    const queue = openArticleQueue(redis, queueName);
    try {
      return await runCrawl({
        prisma: db.prisma,
        sources: parseSources({ sources: site.sources }),
        userAgent: 'fanzha-test',
        maxResponseBytes: 5 * 1024 * 1024,
        requestTimeoutSecs: 10,
        recrawl: false,
        queue,
        log: silentLogger,
      });
    } finally {
      await queue.close();
    }
  };

  const startWorker = (extraArgs: string[] = [], env: Record<string, string> = {}) => {
    const child = spawn(process.execPath, [CLI, 'worker', ...extraArgs], {
      env: { ...process.env, DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, FANZHA_QUEUE: queueName, FANZHA_JOB_LOCK_MS: '2000', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.stderr!.setEncoding('utf8');
    children.push(child);
    const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
    return { child, exited };
  };

  const storedUrls = async () => (await db.prisma.article.findMany({ select: { url: true } })).map((row) => row.url).sort();
  const crawlableUrls = () => site.articles.filter((article) => article.crawlable).map((article) => article.url).sort();

  it('stores every article exactly once with two workers, and a second crawl queues nothing', async () => {
    const report = await enqueueCrawl();
    expect(report.queued).toBe(site.expected.crawlableArticles);
    const workers = [startWorker(['--until-empty']), startWorker(['--until-empty'])];
    const results = await Promise.all(workers.map((worker) => worker.exited));
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(await storedUrls()).toEqual(crawlableUrls());

    const again = await enqueueCrawl();
    expect(again.queued).toBe(0);
    expect(await db.prisma.article.count()).toBe(site.expected.crawlableArticles);
  });

  it('loses no article when a worker is killed mid-run and another takes over', async () => {
    await enqueueCrawl();
    const doomed = startWorker();
    // Kill it as soon as it has stored something, while jobs remain.
    for (let stored = 0; stored === 0; stored = await db.prisma.article.count()) await new Promise((r) => setTimeout(r, 25));
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    const storedAtKill = await db.prisma.article.count();
    expect(storedAtKill).toBeLessThan(site.expected.crawlableArticles);

    const rescuer = startWorker(['--until-empty']);
    const result = await rescuer.exited;
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(await storedUrls()).toEqual(crawlableUrls());
    const queue = openArticleQueue(redis, queueName);
    expect(await pendingJobs(queue)).toBe(0);
    await queue.close();
  });

  it('stops cleanly on SIGTERM', async () => {
    const worker = startWorker(['--verbose']);
    let log = '';
    worker.child.stderr!.on('data', (chunk) => (log += chunk));
    while (!log.includes('worker started')) await new Promise((r) => setTimeout(r, 50));
    worker.child.kill('SIGTERM');
    const result = await worker.exited;
    expect(result, result.stderr).toMatchObject({ code: 0 });
  });
});
