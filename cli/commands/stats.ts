import type { Command } from 'commander';
import { metricSeries, type SeriesGrouping } from '../../storage/queries/metric-series.ts';
import { UsageError } from '../errors.ts';
import { parseDateFlag, parseMetricFlag, parseRegionFlag } from '../parse-flags.ts';
import { createRuntime, withDatabase, type GlobalFlags } from '../runtime.ts';

interface StatsFlags extends GlobalFlags {
  metric: string;
  by: string;
  since?: string;
  until?: string;
  region?: string;
  allCopies?: boolean;
  json?: boolean;
}

const GROUPINGS: SeriesGrouping[] = ['month', 'region', 'source'];

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('totals of one statistic over stored relevant articles, by month, region or source')
    .requiredOption('--metric <metric>', 'e.g. funds_intercepted, cases_solved, suspects_arrested (see the analysis contract)')
    .option('--by <grouping>', 'month | region | source', 'month')
    .option('--since <date>', 'published on or after (YYYY-MM-DD)')
    .option('--until <date>', 'published before (YYYY-MM-DD)')
    .option('--region <name>', 'only this region')
    .option('--all-copies', 'count every syndicated copy (default: each story once)')
    .option('--json', 'print JSON Lines')
    .action(async (flags: StatsFlags) => {
      const runtime = createRuntime(flags);
      if (!GROUPINGS.includes(flags.by as SeriesGrouping)) throw new UsageError(`--by must be one of ${GROUPINGS.join(' ')}`);
      const query = {
        metric: parseMetricFlag(flags.metric)!,
        by: flags.by as SeriesGrouping,
        since: parseDateFlag('since', flags.since),
        until: parseDateFlag('until', flags.until),
        region: parseRegionFlag(flags.region),
        allCopies: Boolean(flags.allCopies),
      };
      const rows = await withDatabase(runtime, (db) => metricSeries(db.prisma, query));
      if (flags.json) {
        process.stdout.write(rows.map((row) => JSON.stringify({ metric: query.metric, ...row })).join('\n') + (rows.length ? '\n' : ''));
        return;
      }
      if (rows.length === 0) {
        process.stdout.write(`no ${query.metric} figures stored\n`);
        return;
      }
      const lines = rows.map((row) => `${row.key.padEnd(12)} ${formatTotal(row.total, row.unit).padStart(18)}  ${row.unit.padEnd(7)} ${row.articles} article(s)`);
      process.stdout.write(`${query.metric} by ${query.by}\n${lines.join('\n')}\n`);
    });
}

function formatTotal(total: number, unit: string): string {
  return unit === 'percent' ? total.toFixed(2) : Math.round(total).toLocaleString('en-US');
}
