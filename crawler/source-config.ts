import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** One news source: where to start and how to tell article pages from list pages. */
export const sourceSchema = z
  .object({
    /** Display name, stored with every article from this source (e.g. "江城市公安局"). */
    name: z.string().trim().min(1),
    /** Pages to start from: home or list pages. */
    startUrls: z.array(z.string().url()).default([]),
    /** Regular expressions (JavaScript syntax) matched against the full URL of a link; a match is an article. */
    articlePatterns: z.array(z.string()).default([]),
    /** Regular expressions for list/index pages that are followed for more links but not stored. */
    listPatterns: z.array(z.string()).default([]),
    /** RSS or Atom feed URLs; every item link is treated as an article. */
    feeds: z.array(z.string().url()).default([]),
    /** sitemap.xml URLs (sitemap indexes are followed); every <loc> matching articlePatterns (or all, when none) is an article. */
    sitemaps: z.array(z.string().url()).default([]),
    /** Stop after this many fetched pages for this source. @default 500 */
    maxPages: z.number().int().positive().default(500),
    /** How many links away from a start URL the crawler may go. @default 3 */
    maxDepth: z.number().int().min(0).default(3),
    /** Parallel requests to this source's host. @default 2 */
    maxConcurrency: z.number().int().positive().max(32).default(2),
    /** Pause between two requests to this host, in milliseconds. @default 250 */
    delayMs: z.number().int().min(0).default(250),
  })
  .strict()
  .refine((source) => source.startUrls.length + source.feeds.length + source.sitemaps.length > 0, {
    message: 'needs at least one of startUrls, feeds or sitemaps',
  })
  .superRefine((source, ctx) => {
    for (const key of ['articlePatterns', 'listPatterns'] as const) {
      source[key].forEach((pattern, index) => {
        try {
          new RegExp(pattern);
        } catch (error) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key, index], message: `not a valid regular expression: ${(error as Error).message}` });
        }
      });
    }
  });

export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema).min(1) }).strict();

export type SourceConfig = z.infer<typeof sourceSchema>;
export type SourceConfigInput = z.input<typeof sourceSchema>;

/** Turns zod issues into one line naming each bad field, e.g. `sources.0.startUrls.1: Invalid url`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/** Validates parsed JSON as a sources file; throws one clear line naming the bad fields. */
export function parseSources(data: unknown, origin = 'sources'): SourceConfig[] {
  const result = sourcesFileSchema.safeParse(data);
  if (!result.success) throw new Error(`invalid source config in ${origin}: ${describeIssues(result.error)}`);
  return result.data.sources;
}

/** Reads and validates a JSON sources file. */
export async function loadSourcesFile(path: string): Promise<SourceConfig[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read source config ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`source config ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseSources(data, path);
}
