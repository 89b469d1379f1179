import { Command, CommanderError } from 'commander';
import { exitCodeFor, oneLine } from './errors.ts';
// Each command lives in its own file under cli/commands and registers itself here.
import { registerAnalyze } from './commands/analyze.ts';
import { registerCluster } from './commands/cluster.ts';
import { registerCrawl } from './commands/crawl.ts';
import { registerDemo } from './commands/demo.ts';
import { registerExtract } from './commands/extract.ts';
import { registerReprocess } from './commands/reprocess.ts';
import { registerRuns } from './commands/runs.ts';
import { registerSearch } from './commands/search.ts';
import { registerSources } from './commands/sources.ts';
import { registerStats } from './commands/stats.ts';
import { registerStories } from './commands/stories.ts';
import { registerWorker } from './commands/worker.ts';

const program = new Command()
  .name('fanzha')
  .description('fanzha (反诈): collect, understand and query Chinese anti-telecom-fraud news')
  .showHelpAfterError()
  .exitOverride();

registerDemo(program);
registerCrawl(program);
registerRuns(program);
registerWorker(program);
registerSearch(program);
registerStats(program);
registerStories(program);
registerSources(program);
registerAnalyze(program);
registerExtract(program);
registerCluster(program);
registerReprocess(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (help, version or usage error).
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`fanzha: ${oneLine(error)}\n`);
    process.exitCode = exitCodeFor(error);
  }
}
