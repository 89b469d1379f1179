import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Reads the whole of a stream as UTF-8 text. */
export async function readAll(input: Readable = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Yields the non-blank lines of a stream, with their 1-based line numbers, without holding the whole input. */
export async function* readLines(input: Readable = process.stdin): AsyncGenerator<{ line: string; lineNumber: number }> {
  const reader = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of reader) {
    lineNumber += 1;
    if (line.trim().length > 0) yield { line, lineNumber };
  }
}

/** Writes one line to stdout, waiting when the pipe is full so large batches do not pile up in memory. */
export async function writeLine(text: string, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (!output.write(text + '\n')) {
    await new Promise<void>((resolve) => output.once('drain', resolve));
  }
}
