import { defineConfig, mergeConfig } from 'vitest/config';
import e2eConfig from './vitest.e2e.config';

// Not part of `npm test`: captures every screen for a visual review (e2e/artifacts/screens/).
export default mergeConfig(e2eConfig, defineConfig({ test: { include: ['e2e/**/*.capture.ts'] } }));
