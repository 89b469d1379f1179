import { Command, CommanderError } from 'commander';
import { exitCodeFor, oneLine } from './errors.ts';
// Each command lives in its own file under cli/commands and registers itself here.
import { registerExtract } from './commands/extract.ts';


const program = new Command()
  .name('fanzha')
  .description('fanzha (反诈): collect, understand and query Chinese anti-telecom-fraud news')
  .showHelpAfterError()
  .exitOverride();

registerExtract(program);



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
