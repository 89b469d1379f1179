import { createHash } from 'node:crypto';
import { z } from 'zod';

/** A fetched article page waiting for extraction, analysis and storage. */
export const articleJobSchema = z.object({
  /** Normalised final URL (after redirects): the article's identity. */
  url: z.string().url(),
  requestedUrl: z.string().url(),
  sourceName: z.string().min(1),
  /** The page decoded to text. */
  html: z.string(),
  /** Charset the page was decoded from. */
  charset: z.string().min(1),
  fetchedAt: z.string().datetime({ offset: true }),
  crawlRunId: z.number().int().nullable(),
});

export type ArticleJob = z.infer<typeof articleJobSchema>;

/** BullMQ job id from the normalised URL, so the same page queued twice is one job. */
export function jobIdFor(url: string): string {
  return createHash('sha1').update(url).digest('hex');
}
