import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Vite would pick graphql's index.mjs while Nest loads the CJS build: two realms, broken scalars.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/setup/postgres.ts'],
    pool: 'forks',
    // Vitest's default is one worker per core but one, i.e. a single worker on a 2-core CI machine;
    // files wait on PostgreSQL, jsdom and I/O often enough that two overlap well (≈ a third faster there).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Files share a worker's imports instead of importing the whole app again each (232 s of a 512 s
    // run on a 2-core machine); each file still boots its own app on its own database.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    sequence: { shuffle: true },
  },
});
