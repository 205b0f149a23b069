// First-page JavaScript (not a test): `npm run bench:first-page -w @rollout/web`, after `npm run build`.
// Sums the gzip size of what the browser must fetch before the first screen: the scripts and
// modulepreloads that dist/index.html names (lazy route chunks are not counted). Target: ≤ 200 kB.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = [
  ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
].map(([, src]) => src.replace(/^\//, ''));
let total = 0;
for (const file of [...new Set(files)]) {
  const gzipped = gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  total += gzipped;
  console.log(`  ${file.padEnd(48)} ${(gzipped / 1024).toFixed(1).padStart(7)} kB gzip`);
}
console.log(`First-page JavaScript: ${(total / 1024).toFixed(1)} kB gzip over ${files.length} files (target ≤ 200 kB)`);
