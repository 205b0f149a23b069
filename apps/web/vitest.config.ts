import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // A wizard test takes 3–4 s alone and was seen at 16 s on a loaded 2-core machine: time enough, as a guard against hangs only.
    testTimeout: 30_000,
    // Files share a worker's imports and jsdom instead of building both again each (a 234 s run became
    // 59 s on a 2-core machine); setup.ts runs for every file, and tests put back what they change.
    isolate: false,
    // Vitest's default is one worker per core but one, i.e. a single worker on a 2-core CI machine;
    // files wait on PostgreSQL, jsdom and I/O often enough that two overlap well (≈ a third faster there).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
