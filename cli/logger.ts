import { destination, levels, pino, type Logger } from 'pino';
import type { AppConfig } from '../config/app-config.ts';

export type { Logger };

/** Structured logs on stderr: quiet (warn) by default, readable text, or JSON lines with FANZHA_LOG_JSON / --log-json. */
export function createLogger(config: Pick<AppConfig, 'logLevel' | 'logJson'>): Logger {
  if (config.logJson) return pino({ level: config.logLevel, base: { pid: process.pid } }, destination(2));
  const text = {
    write(line: string) {
      const { level, time, msg, pid: _pid, hostname: _host, ...rest } = JSON.parse(line) as Record<string, unknown>;
      const name = levels.labels[level as number] ?? String(level);
      const extra = Object.keys(rest).length > 0 ? ' ' + JSON.stringify(rest) : '';
      process.stderr.write(`${new Date(time as number).toISOString()} ${name.toUpperCase()} ${msg ?? ''}${extra}\n`);
    },
  };
  return pino({ level: config.logLevel }, text);
}
