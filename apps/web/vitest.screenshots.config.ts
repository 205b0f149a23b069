import { defineConfig } from 'vitest/config';
import e2eConfig from './vitest.e2e.config';

// Not part of `npm test`: captures every screen for a visual review (e2e/artifacts/screens/).
// Replaces the e2e file list (mergeConfig would append to it and run every journey too).
export default defineConfig({ ...e2eConfig, test: { ...e2eConfig.test, include: ['e2e/**/*.capture.ts'] } });
