import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/app-config.ts';

describe('app config', () => {
  it('has quiet, embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ databaseUrl: undefined, redisUrl: undefined, logLevel: 'warn', logJson: false, embeddedPgPort: 54329 });
    expect(config.dataDir).toMatch(/\.fanzha$/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('names every bad variable in one line', () => {
    expect(() => loadConfig({ DATABASE_URL: 'nope', FANZHA_EMBEDDED_PG_PORT: '80', FANZHA_LOG_LEVEL: 'loud' })).toThrow(
      /invalid environment: DATABASE_URL: Invalid url; FANZHA_EMBEDDED_PG_PORT: .*; FANZHA_LOG_LEVEL: /,
    );
  });
});
