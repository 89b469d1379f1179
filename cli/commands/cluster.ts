import type { Command } from 'commander';
import { fingerprintText } from '../../classifier/stories/fingerprint.ts';
import { StoryIndex } from '../../classifier/stories/story-index.ts';
import { UsageError } from '../errors.ts';
import { readLines, writeLine } from '../stdin.ts';

type ArticleId = string | number;

/** One input line: an article id and its text, or the error to print instead. */
export function parseClusterLine(line: string, lineNumber: number): { id: ArticleId; text: string } | { id: unknown; error: string } {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${lineNumber}: not valid JSON` };
  }
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return { id: null, error: `line ${lineNumber}: expected a JSON object with "id" and "text"` };
  }
  const { id, text } = request as { id?: unknown; text?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') return { id: id ?? null, error: `line ${lineNumber}: "id" must be a string or a number` };
  if (typeof text !== 'string') return { id, error: `line ${lineNumber}: "text" must be a string` };
  return { id, text };
}

/**
 * `fanzha cluster`: JSON Lines {"id","text"} in, {id, story} out in input order. Articles that tell the
 * same story share `story`, the id of the first of them. A bad line answers {"id","error"} and the rest goes on.
 * Answers are printed once the input ends, since a late article can join two earlier stories.
 */
export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description('group articles that tell the same story (JSON Lines {"id","text"} on stdin → {"id","story"})')
    .argument('[extra...]')
    .action(async (extra: string[]) => {
      if (extra.length > 0) throw new UsageError(`cluster takes no arguments (got "${extra.join(' ')}"): pipe JSON Lines to stdin`);
      if (process.stdin.isTTY) throw new UsageError('cluster reads JSON Lines {"id","text"} from stdin: pipe them in');
      const index = new StoryIndex();
      // Story ids come back as strings; answer with the first article's id as it was given (number or string).
      const givenIds = new Map<string, ArticleId>();
      const mergedInto = new Map<string, string>();
      // Answers wait for the end of input: a later article can merge two earlier stories.
      const answers: ({ id: ArticleId; story: string } | { id: unknown; error: string })[] = [];
      for await (const { line, lineNumber } of readLines()) {
        const parsed = parseClusterLine(line, lineNumber);
        if ('error' in parsed) {
          answers.push(parsed);
          continue;
        }
        const key = `${typeof parsed.id}:${parsed.id}`;
        if (!givenIds.has(key)) givenIds.set(key, parsed.id);
        const story = index.add(key, fingerprintText(parsed.text));
        answers.push({ id: parsed.id, story });
        for (const merged of index.last.merged) mergedInto.set(merged, story);
      }
      const resolve = (story: string): string => {
        for (let next = mergedInto.get(story); next !== undefined; next = mergedInto.get(story)) story = next;
        return story;
      };
      for (const answer of answers) {
        await writeLine(JSON.stringify('error' in answer ? answer : { id: answer.id, story: givenIds.get(resolve(answer.story)) }));
      }
    });
}
