import type { Command } from 'commander';
import { extractArticle } from '../../crawler/extract/extract-article.ts';
import { UsageError } from '../errors.ts';
import { readLines, writeLine } from '../stdin.ts';

/** One input line of `fanzha extract --batch`. */
interface ExtractRequest {
  id?: unknown;
  html?: unknown;
  url?: unknown;
}

/**
 * `fanzha extract --batch`: JSON Lines {"id","html","url"} in, {id,title,publishedAt,source,body} out, in input order.
 * A bad line answers {"id","error"} and the batch goes on.
 */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract title, publish time, source and body from news pages (JSON Lines {"id","html","url"} on stdin)')
    .option('--batch', 'read JSON Lines from stdin, print one JSON line per input')
    .action(async (options: { batch?: boolean }) => {
      if (!options.batch) throw new UsageError('extract reads JSON Lines from stdin: use `fanzha extract --batch`');
      for await (const { line, lineNumber } of readLines()) {
        await writeLine(JSON.stringify(extractLine(line, lineNumber)));
      }
    });
}

export function extractLine(line: string, lineNumber: number): Record<string, unknown> {
  let request: ExtractRequest;
  try {
    request = JSON.parse(line) as ExtractRequest;
  } catch {
    return { id: null, error: `line ${lineNumber}: not valid JSON` };
  }
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return { id: null, error: `line ${lineNumber}: expected a JSON object with "id" and "html"` };
  }
  const id = request.id ?? null;
  if (typeof request.html !== 'string') return { id, error: `line ${lineNumber}: "html" must be a string` };
  const url = typeof request.url === 'string' ? request.url : undefined;
  const article = extractArticle(request.html, { url });
  return { id, title: article.title, publishedAt: article.publishedAt, source: article.source, body: article.body };
}
