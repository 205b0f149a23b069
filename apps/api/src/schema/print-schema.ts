import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchemaSdl } from './build-schema.js';

// Writes apps/api/schema.graphql, the committed contract the web app's codegen reads.
const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
writeFileSync(target, await buildSchemaSdl());
process.stdout.write(`wrote ${target}\n`);
