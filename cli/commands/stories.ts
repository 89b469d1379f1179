import type { Command } from 'commander';
import { listStories } from '../../storage/queries/list-stories.ts';
import { parseNumberFlag } from '../parse-flags.ts';
import { createRuntime, withDatabase, type GlobalFlags } from '../runtime.ts';

interface StoriesFlags extends GlobalFlags {
  limit: string;
  minCopies?: string;
  json?: boolean;
}

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('the biggest stories: one story, its canonical article and all its copies (syndicated, edited, spam)')
    .option('--limit <n>', 'stories shown', '10')
    .option('--min-copies <n>', 'only stories with at least this many articles', '2')
    .option('--json', 'print JSON Lines, one story per line')
    .action(async (flags: StoriesFlags) => {
      const runtime = createRuntime(flags);
      const options = { limit: parseNumberFlag('limit', flags.limit, 1, 1000), minSize: parseNumberFlag('min-copies', flags.minCopies, 1, 1_000_000) };
      const stories = await withDatabase(runtime, (db) => listStories(db.prisma, options));
      if (flags.json) {
        process.stdout.write(stories.map((story) => JSON.stringify(story)).join('\n') + (stories.length ? '\n' : ''));
        return;
      }
      if (stories.length === 0) {
        process.stdout.write('no stories with that many copies\n');
        return;
      }
      const blocks = stories.map((story) => {
        const head = `story #${story.storyId} · ${story.size} article(s) · ${story.canonical?.title ?? '(no title)'}`;
        const copies = story.copies.map((copy) => {
          const mark = copy.id === story.canonical?.id ? '*' : copy.spam ? '!' : '-';
          return `  ${mark} ${copy.publishedAt?.slice(0, 16).replace('T', ' ') ?? 'date unknown'} ${copy.sourceName} ${copy.url}`;
        });
        return [head, ...copies].join('\n');
      });
      process.stdout.write(`${blocks.join('\n\n')}\n\n* canonical copy   ! flagged as spam\n`);
    });
}
