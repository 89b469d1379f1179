import type { Command } from 'commander';
import { normalizeText } from '../../classifier/normalize.ts';
import { searchTokens } from '../../classifier/segment.ts';
import { TOPICS } from '../../classifier/topics.ts';
import { searchArticles, snippetOf, type ArticleHit } from '../../storage/queries/search-articles.ts';
import { UsageError } from '../errors.ts';
import { parseDateFlag, parseFraudTypeFlag, parseNumberFlag, parseRegionFlag } from '../parse-flags.ts';
import { createRuntime, withDatabase, type GlobalFlags } from '../runtime.ts';

interface SearchFlags extends GlobalFlags {
  since?: string;
  until?: string;
  region?: string;
  source?: string;
  type?: string;
  topic?: string;
  minQuality?: string;
  spam?: boolean;
  all?: boolean;
  limit?: string;
  json?: boolean;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search stored articles (Chinese words are segmented like the stored text); newest first')
    .argument('[query...]', 'words to look for, e.g. 刷单 or 冒充 客服; none lists everything that passes the filters')
    .option('--since <date>', 'published on or after (YYYY-MM-DD, China time)')
    .option('--until <date>', 'published before (YYYY-MM-DD, China time)')
    .option('--region <name>', 'province-level region short name (湖北) or 全国')
    .option('--source <name>', 'source name as configured')
    .option('--type <fraudType>', 'fraud type label, e.g. 刷单返利')
    .option('--topic <topic>', 'topic label, e.g. 拦截止付')
    .option('--min-quality <score>', 'lowest quality score, 0–1')
    .option('--spam', 'include copies flagged as spam (hidden by default)')
    .option('--all', 'include articles judged not about telecom fraud')
    .option('--limit <n>', 'most results shown', '20')
    .option('--json', 'print JSON Lines, one article per line')
    .action(async (words: string[], flags: SearchFlags) => {
      const runtime = createRuntime(flags);
      if (flags.topic && !TOPICS.some((topic) => topic.label === flags.topic)) {
        throw new UsageError(`--topic must be one of ${TOPICS.map((topic) => topic.label).join(' ')}`);
      }
      const tokens = searchTokens(normalizeText(words.join(' ')));
      const search = {
        tokens,
        since: parseDateFlag('since', flags.since),
        until: parseDateFlag('until', flags.until),
        region: parseRegionFlag(flags.region),
        source: flags.source,
        fraudType: parseFraudTypeFlag(flags.type),
        topic: flags.topic,
        minQuality: parseNumberFlag('min-quality', flags.minQuality, 0, 1),
        includeSpam: Boolean(flags.spam),
        includeIrrelevant: Boolean(flags.all),
      };
      const limit = parseNumberFlag('limit', flags.limit, 1, 10_000)!;
      // One more than shown, to tell the reader that the list is cut.
      const found = await withDatabase(runtime, (db) => searchArticles(db.prisma, { ...search, limit: limit + 1 }));
      const hits = found.slice(0, limit);
      process.stdout.write(
        flags.json ? hits.map((hit) => JSON.stringify(toJson(hit, tokens))).join('\n') + (hits.length ? '\n' : '') : formatHits(hits, tokens, found.length > limit),
      );
    });
}

function toJson(hit: ArticleHit, tokens: string[]) {
  const { body, ...rest } = hit;
  return { ...rest, snippet: snippetOf(body, tokens) };
}

function formatHits(hits: ArticleHit[], tokens: string[], more: boolean): string {
  if (hits.length === 0) return 'no matching articles\n';
  const blocks = hits.map((hit) => {
    const date = hit.publishedAt ? hit.publishedAt.slice(0, 16).replace('T', ' ') : 'date unknown';
    const tags = [hit.region, ...hit.fraudTypes].filter(Boolean).join(' ');
    const spam = hit.spam ? ' [spam]' : '';
    return `${hit.title ?? '(no title)'}${spam}\n  ${date} · ${hit.sourceName}${tags ? ' · ' + tags : ''}\n  ${hit.url}\n  ${snippetOf(hit.body, tokens)}`;
  });
  const count = `${hits.length} article${hits.length === 1 ? '' : 's'}`;
  return `${blocks.join('\n\n')}\n\n${more ? `the newest ${count} shown; more match (raise --limit or narrow the search)` : count}\n`;
}
