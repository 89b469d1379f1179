import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // nodejieba loads its dictionaries (~3 s) once per worker; integration tests start servers.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
