import autocannon from 'autocannon';
import { startEmbeddedPostgres } from '../dist/database/embedded-postgres.js';
import { boot, client, webOperations } from './bench-app.mjs';
const database = await startEmbeddedPostgres({ dataDir: '/tmp/rollout-large/postgres', database: 'rollout' });
const documents = webOperations();
const app = await boot(database.url, true);
const cookie = await client(app.baseUrl, documents).signIn('exec1@large.example');
const run = (o) => new Promise((res, rej) => autocannon({ connections: 10, ...o }, (e, r) => (e ? rej(e) : res(r))));
for (const [name, body] of [
  ['typename', { query: '{ __typename }' }],
  ['me', { query: '{ me { id } }' }],
  ['programs', { operationName: 'Programs', query: documents.get('Programs'), variables: { first: 25 } }],
]) {
  const o = { url: `${app.baseUrl}/graphql`, method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-forwarded-proto': 'https', cookie }, body: JSON.stringify(body) };
  await run({ ...o, duration: 2 });
  const r = await run({ ...o, duration: 5 });
  console.log(name, r.requests.average, 'req/s', r.non2xx, 'non2xx');
}
const h = await run({ url: `${app.baseUrl}/api/health`, duration: 5 }).catch(() => null);
console.log('health', h?.requests.average, h?.non2xx);
await app.running.close();
await database.stop();
