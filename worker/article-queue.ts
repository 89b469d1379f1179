import { Queue, type ConnectionOptions } from 'bullmq';
import { jobIdFor, type ArticleJob } from './article-job.ts';

/** Retries for transient failures (database restarts, lock timeouts), with exponential backoff from 2 s. */
export const ARTICLE_JOB_ATTEMPTS = 5;

export function openArticleQueue(connection: ConnectionOptions, name: string): Queue<ArticleJob> {
  return new Queue<ArticleJob>(name, { connection });
}

/** Queues a fetched page; the job id comes from its URL, so queueing the same page twice adds one job. */
export async function enqueueArticle(queue: Queue<ArticleJob>, job: ArticleJob): Promise<void> {
  await queue.add('article', job, {
    jobId: jobIdFor(job.url),
    attempts: ARTICLE_JOB_ATTEMPTS,
    backoff: { type: 'exponential', delay: 2000 },
    removeOnComplete: true,
    removeOnFail: { count: 10_000 },
  });
}

/** Jobs not yet finished (waiting, delayed for retry, or being processed). */
export async function pendingJobs(queue: Queue<ArticleJob>): Promise<number> {
  const counts = await queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized', 'paused');
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}
