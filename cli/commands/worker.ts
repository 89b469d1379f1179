import type { Command } from 'commander';
import { saveArticle } from '../../storage/article-store.ts';
import { openArticleQueue, pendingJobs } from '../../worker/article-queue.ts';
import { connectRedis } from '../../worker/redis-connection.ts';
import { startWorker } from '../../worker/run-worker.ts';
import { UsageError } from '../errors.ts';
import { Progress } from '../progress.ts';
import { createRuntime, withDatabase, type GlobalFlags } from '../runtime.ts';

interface WorkerFlags extends GlobalFlags {
  concurrency?: string;
  untilEmpty?: boolean;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process queued article pages (needs REDIS_URL): extract, analyse, store; stops cleanly on SIGINT/SIGTERM')
    .option('-c, --concurrency <n>', 'jobs at once in this process (default FANZHA_WORKER_CONCURRENCY or 1)')
    .option('--until-empty', 'exit once the queue has been empty for 2 seconds (batch use)')
    .option('--log-json', 'structured JSON logs on stderr')
    .option('-v, --verbose', 'log each job')
    .action(async (flags: WorkerFlags) => {
      const runtime = createRuntime(flags);
      const { config, log } = runtime;
      if (!config.redisUrl) throw new UsageError('fanzha worker needs REDIS_URL (without it, `fanzha crawl` analyses in-process)');
      const concurrency = flags.concurrency === undefined ? config.workerConcurrency : Number(flags.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError('--concurrency must be a positive whole number');
      // Listen for signals from the start: a stop requested while connecting still ends cleanly.
      let requestStop: (signal: string) => void = () => {};
      const stopRequested = new Promise<string>((resolve) => (requestStop = resolve));
      process.once('SIGINT', () => requestStop('SIGINT'));
      process.once('SIGTERM', () => requestStop('SIGTERM'));
      const redis = await connectRedis(config.redisUrl);
      const progress = new Progress('worker', ['created', 'updated', 'unchanged', 'not-article', 'failed']);
      try {
        await withDatabase(runtime, async (db) => {
          const worker = startWorker({
            connection: redis,
            queueName: config.queueName,
            concurrency,
            lockDurationMs: config.jobLockMs,
            save: (record) => saveArticle(db.prisma, record),
            onOutcome: (outcome, job) => {
              progress.add(outcome.kind === 'stored' ? outcome.status : 'not-article');
              log.info({ job: job.id, url: job.data.url, outcome: outcome.kind === 'stored' ? outcome.status : outcome.reason }, 'job done');
            },
            onFailure: (error, job) => {
              progress.add('failed');
              log.warn({ job: job?.id, url: job?.data.url, attempt: job?.attemptsMade, reason: error.message }, 'job failed');
            },
          });
          worker.on('error', (error) => log.error({ reason: error.message }, 'worker error'));
          // Closing a worker whose connections are still starting leaves their late errors with no listener,
          // which crashes the process: a stop requested this early waits until they are up.
          await worker.waitUntilReady();
          log.info({ queue: config.queueName, concurrency }, 'worker started');

          await new Promise<void>((resolve) => {
            void stopRequested.then((signal) => {
              log.info({ signal }, 'finishing the current job, then stopping');
              resolve();
            });
            if (flags.untilEmpty) {
              const queue = openArticleQueue(redis, config.queueName);
              let idleSince = Date.now();
              const timer = setInterval(async () => {
                const pending = await pendingJobs(queue).catch(() => 1);
                if (pending > 0) idleSince = Date.now();
                else if (Date.now() - idleSince >= 2000) {
                  clearInterval(timer);
                  await queue.close();
                  resolve();
                }
              }, 250);
            }
          });
          // close() waits for the active jobs, so a stopped worker leaves no half-stored article behind.
          await worker.close();
        });
      } finally {
        progress.stop();
        redis.disconnect();
      }
      process.stderr.write(`${progress.line()}\n`);
    });
}
