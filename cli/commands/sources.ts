import type { Command } from 'commander';
import { listSourceQuality } from '../../storage/queries/source-quality.ts';
import { createRuntime, withDatabase, type GlobalFlags } from '../runtime.ts';

interface SourcesFlags extends GlobalFlags {
  json?: boolean;
}

export function registerSources(program: Command): void {
  program
    .command('sources')
    .description('sources with stored articles and their quality: articles, relevant, spam share, mean quality score, signals')
    .option('--json', 'print JSON Lines, one source per line')
    .action(async (flags: SourcesFlags) => {
      const runtime = createRuntime(flags);
      const sources = await withDatabase(runtime, (db) => listSourceQuality(db.prisma));
      if (flags.json) {
        process.stdout.write(sources.map((source) => JSON.stringify(source)).join('\n') + (sources.length ? '\n' : ''));
        return;
      }
      if (sources.length === 0) {
        process.stdout.write('no articles stored yet\n');
        return;
      }
      const lines = sources.map((source) => {
        const signals = source.signals.slice(0, 3).map((signal) => `${signal.name}×${signal.count}`).join(' ');
        const verdict = source.spamSource ? '  SPAM SITE' : '';
        return `${source.sourceName}: ${source.articles} article(s), ${source.relevant} relevant, spam ${(source.spamShare * 100).toFixed(0)}%, quality ${source.meanScore.toFixed(2)}${signals ? `, ${signals}` : ''}${verdict}`;
      });
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
