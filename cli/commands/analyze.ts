import type { Command } from 'commander';
import { analyzeInput } from '../../classifier/analyze.ts';
import { UsageError } from '../errors.ts';
import { readAll, readLines, writeLine } from '../stdin.ts';

/** Inputs larger than this are refused per article: real articles are far smaller, and analysis time grows with size. */
const MAX_INPUT_CHARS = 5 * 1024 * 1024;

/** One input line of `fanzha analyze --batch`. */
interface AnalyzeRequest {
  id?: unknown;
  text?: unknown;
  html?: unknown;
  url?: unknown;
}

/**
 * `fanzha analyze`: one article (plain text, or HTML when it starts with `<`) on stdin → one JSON object.
 * `fanzha analyze --batch`: JSON Lines {"id","text"} or {"id","html"} → one JSON line each, in input order.
 */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles: relevance, fraud types, topics, region, statistics, quality (stdin → JSON)')
    .option('--batch', 'read JSON Lines {"id","text"|"html"} from stdin, print one JSON line per input')
    .action(async (options: { batch?: boolean }) => {
      if (options.batch) {
        for await (const { line, lineNumber } of readLines()) {
          await writeLine(JSON.stringify(analyzeLine(line, lineNumber)));
        }
        return;
      }
      const input = await readAll();
      if (input.trim().length === 0) throw new UsageError('analyze expects an article on stdin (plain text or HTML)');
      if (input.length > MAX_INPUT_CHARS) throw new UsageError(`input is larger than ${MAX_INPUT_CHARS} characters`);
      await writeLine(JSON.stringify(analyzeInput(input)));
    });
}

export function analyzeLine(line: string, lineNumber: number): Record<string, unknown> {
  let request: AnalyzeRequest;
  try {
    request = JSON.parse(line) as AnalyzeRequest;
  } catch {
    return { id: null, error: `line ${lineNumber}: not valid JSON` };
  }
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return { id: null, error: `line ${lineNumber}: expected a JSON object with "id" and "text" or "html"` };
  }
  const id = request.id ?? null;
  const input = typeof request.text === 'string' ? request.text : typeof request.html === 'string' ? request.html : null;
  if (input === null) return { id, error: `line ${lineNumber}: "text" or "html" must be a string` };
  if (input.length > MAX_INPUT_CHARS) return { id, error: `line ${lineNumber}: input larger than ${MAX_INPUT_CHARS} characters` };
  const url = typeof request.url === 'string' ? request.url : undefined;
  // "html" always goes through extraction; "text" follows the single-article rule (HTML when it starts with "<").
  const result = analyzeInput(input, { url, as: typeof request.html === 'string' && typeof request.text !== 'string' ? 'html' : undefined });
  return { id, ...result };
}
