// What the benchmarks share: the web app's own operations, booting the built app on a database, and
// a client that signs in as the fixture's users.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import { createApp } from '../dist/bootstrap.js';
import { loadConfig } from '../dist/config/config.js';

/** The large fixture's password for every user. */
export const PASSWORD = 'rollout-large';

/** The web app's operations by name, with their fragments, as codegen wrote them. */
export function webOperations() {
  const source = readFileSync(new URL('../../web/src/gql/graphql.ts', import.meta.url), 'utf8');
  const documents = new Map();
  for (const [, name, json] of source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)) {
    documents.set(name, print(JSON.parse(json)));
  }
  return documents;
}

/** A client of the running app: signs in once per user and sends operations with its cookie. */
export function client(baseUrl, documents) {
  const cookies = new Map();
  const headers = { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-forwarded-proto': 'https' };
  const post = async (body, cookie, fresh = false) => {
    const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { ...headers, ...(cookie ? { cookie } : {}), ...(fresh ? { 'cache-control': 'no-cache' } : {}) }, body: JSON.stringify(body) });
    const text = await res.text();
    const parsed = JSON.parse(text);
    if (parsed.errors) throw new Error(`${body.operationName}: ${parsed.errors.map((e) => e.message).join('; ')}`);
    return { res, bytes: Buffer.byteLength(text), statements: Number(res.headers.get('x-db-statements') ?? NaN) };
  };
  const signIn = async (email) => {
    if (!cookies.has(email)) {
      const { res } = await post({ operationName: 'SignIn', query: documents.get('SignIn'), variables: { email, password: PASSWORD } });
      cookies.set(email, res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '));
    }
    return cookies.get(email);
  };
  return {
    signIn,
    /**
     * Sends a page's operations at once (one after another with `sequential`: which of two operations
     * arriving together reads what they share is a race, so only then is the statement count the
     * same on every run); `fresh` asks the response cache for answers computed now.
     */
    async load(page, { fresh = false, sequential = false } = {}) {
      const cookie = await signIn(page.as);
      const start = performance.now();
      const send = ([name, variables]) => post({ operationName: name, query: documents.get(name), variables }, cookie, fresh);
      const answers = [];
      if (sequential) for (const operation of page.ops) answers.push(await send(operation));
      else answers.push(...(await Promise.all(page.ops.map(send))));
      return {
        ms: performance.now() - start,
        bytes: answers.reduce((sum, a) => sum + a.bytes, 0),
        statements: answers.reduce((sum, a) => sum + a.statements, 0),
      };
    },
  };
}

/** The built app on `databaseUrl`, in production mode or not, listening on a free port. */
export async function boot(databaseUrl, production) {
  const env = {
    NODE_ENV: production ? 'production' : 'development',
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    TRUST_PROXY: 'loopback',
    COOKIE_SECURE: production ? 'true' : 'false',
    MIGRATE_ON_BOOT: 'true',
    DEMO_DATA: 'false',
    // The queue is not worked while measuring pages: a reminder check would compete with them.
    JOBS: 'false',
    LOG_LEVEL: 'error',
  };
  const running = await createApp(loadConfig(env), databaseUrl);
  await running.app.listen(0, '127.0.0.1');
  const { port } = running.app.getHttpServer().address();
  return { running, baseUrl: `http://127.0.0.1:${port}` };
}
