import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './vite-plugins/graphql-documents';

const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [graphqlDocuments(fileURLToPath(new URL('.', import.meta.url))), react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false, ws: true },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      treeshake: {
        // @rollout/domain is pure (constants, schemas, rules) but does not declare `sideEffects: false`;
        // without this every import of a label map would pull zod and all schemas into the first load.
        moduleSideEffects: (id: string) => (/[\\/]packages[\\/]domain[\\/]dist[\\/]/.test(id) ? false : undefined),
      },
    },
  },
});
