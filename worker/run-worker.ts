import { UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { describeIssues } from '../crawler/source-config.ts';
import { articleJobSchema, type ArticleJob } from './article-job.ts';
import { processArticlePage, type ProcessOutcome, type SaveArticle } from './process-article-page.ts';

export interface WorkerOptions {
  connection: ConnectionOptions;
  queueName: string;
  save: SaveArticle;
  /** Jobs processed at once. @default 1 (analysis is CPU-bound: more processes scale better than more concurrency) */
  concurrency?: number;
  /** How long a job's lock lasts without renewal before another worker may take it over (ms). @default 30000 */
  lockDurationMs?: number;
  onOutcome?(outcome: ProcessOutcome, job: Job): void;
  onFailure?(error: Error, job: Job | undefined): void;
}

/**
 * A BullMQ worker running the article processor. Each job is bounded work (extraction and analysis of one capped
 * page, a few tens of milliseconds), so the event loop comes back between jobs and lock renewal keeps running.
 */
export function startWorker(options: WorkerOptions): Worker<ArticleJob, ProcessOutcome> {
  const worker = new Worker<ArticleJob, ProcessOutcome>(
    options.queueName,
    async (job) => {
      const parsed = articleJobSchema.safeParse(job.data);
      // A malformed job will never succeed: fail it at once instead of retrying.
      if (!parsed.success) throw new UnrecoverableError(`malformed job ${job.id}: ${describeIssues(parsed.error)}`);
      const outcome = await processArticlePage(parsed.data, options.save);
      options.onOutcome?.(outcome, job);
      return outcome;
    },
    {
      connection: options.connection,
      concurrency: options.concurrency ?? 1,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: Math.max(1000, Math.floor((options.lockDurationMs ?? 30_000) / 2)),
      maxStalledCount: 3,
    },
  );
  worker.on('failed', (job, error) => options.onFailure?.(error, job));
  return worker;
}
