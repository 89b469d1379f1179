import type { Command } from 'commander';
import { analyzeArticle, MODEL_VERSION } from '../../classifier/analyze.ts';
import { replaceAnalysis } from '../../storage/article-store.ts';
import { Progress } from '../progress.ts';
import { createRuntime, withDatabase, type GlobalFlags } from '../runtime.ts';

interface ReprocessFlags extends GlobalFlags {
  all?: boolean;
}

const PAGE_SIZE = 200;

export function registerReprocess(program: Command): void {
  program
    .command('reprocess')
    .description(`re-analyse stored articles made by an older model (current: ${MODEL_VERSION}) from their stored text`)
    .option('--all', 're-analyse every article, whatever its model version')
    .option('--log-json', 'structured JSON logs on stderr')
    .action(async (flags: ReprocessFlags) => {
      const runtime = createRuntime(flags);
      const progress = new Progress('reprocess', ['done', 'errors']);
      await withDatabase(runtime, async ({ prisma }) => {
        const where = flags.all ? {} : { OR: [{ analysis: null }, { analysis: { modelVersion: { not: MODEL_VERSION } } }] };
        let afterId = 0;
        for (;;) {
          // Keyset pages: every article once, even as rows stop matching `where` once reprocessed.
          const page = await prisma.article.findMany({
            where: { ...where, id: { gt: afterId } },
            orderBy: { id: 'asc' },
            take: PAGE_SIZE,
            select: { id: true, url: true, title: true, body: true, publishedAtText: true, sourceName: true },
          });
          if (page.length === 0) break;
          for (const article of page) {
            try {
              const analysis = analyzeArticle({ title: article.title, body: article.body, publishedAt: article.publishedAtText, url: article.url, sourceName: article.sourceName });
              await replaceAnalysis(prisma, article.id, analysis, MODEL_VERSION);
              progress.add('done');
            } catch (error) {
              progress.add('errors');
              runtime.log.warn({ article: article.id, reason: (error as Error).message }, 'reprocess failed');
            }
          }
          afterId = page[page.length - 1].id;
        }
      });
      progress.stop();
      process.stdout.write(`${progress.line()} (model ${MODEL_VERSION})\n`);
    });
}
