/** Bad usage of a command (wrong flags, malformed input): exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure the user can act on; its message is the one line printed on stderr (exit status 1). */
export class FanzhaError extends Error {
  override name = 'FanzhaError';
}

/** Exit status by the contract: 2 for bad usage, 1 for any other failure. */
export function exitCodeFor(error: unknown): number {
  return error instanceof UsageError ? 2 : 1;
}

/** One line: the message without stack, newlines folded. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim() || 'unknown error';
}
