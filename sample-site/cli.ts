/**
 * Serves the sample news site until Ctrl-C, for operators and manual testing:
 *   npx tsx sample-site/cli.ts [sources.json] [--seed N] [--slow-ms N] [--latency-ms N] [--port FIRST]
 * Prints the four origins and, when a path is given, writes `{ "sources": [...] }` there
 * (valid for crawler/source-config.ts), ready for a crawl.
 */
import { writeFile } from 'node:fs/promises';
import { startSampleSite } from './start-sample-site.ts';

interface CliArgs {
  out?: string;
  seed?: number;
  slowMs?: number;
  latencyMs?: number;
  firstPort?: number;
}

function parseArgs(argv: string[]): CliArgs {
  const result: CliArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--seed' || arg === '--slow-ms' || arg === '--latency-ms' || arg === '--port') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${arg} needs a non-negative integer`);
      if (arg === '--seed') result.seed = value;
      else if (arg === '--slow-ms') result.slowMs = value;
      else if (arg === '--latency-ms') result.latencyMs = value;
      else result.firstPort = value;
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option ${arg} (usage: sample-site/cli.ts [sources.json] [--seed N] [--slow-ms N] [--latency-ms N] [--port FIRST])`);
    } else {
      result.out = arg;
    }
  }
  return result;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const site = await startSampleSite({ seed: args.seed, slowMs: args.slowMs, latencyMs: args.latencyMs, firstPort: args.firstPort });
  for (const [name, origin] of Object.entries(site.origins)) console.log(`${name.padEnd(7)} ${origin}`);
  const { expected } = site;
  console.log(`${site.articles.length} article pages, ${expected.crawlableArticles} crawlable, ${expected.relevantArticles} relevant, ${expected.stories} stories`);
  if (args.out) {
    await writeFile(args.out, `${JSON.stringify({ sources: site.sources }, null, 2)}\n`);
    console.log(`sources written to ${args.out}`);
  }
  console.log('serving; press Ctrl-C to stop');
  const stop = (): void => {
    site.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`sample-site: ${error.message}`);
  process.exit(error.message.includes('usage') || error.message.startsWith('--') ? 2 : 1);
});
