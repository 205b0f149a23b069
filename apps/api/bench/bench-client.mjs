// The benchmarks' client: the web app's own operations, and a client that signs in as the fixture's
// users and times page loads. Apart from the app (bench-app.mjs), so it can run in a thread of its own.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { print } from 'graphql';

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
    const answer = Buffer.from(await res.arrayBuffer());
    // The server's part ends with the answer's last byte; reading it into objects is the client's.
    const received = performance.now();
    const parsed = JSON.parse(answer.toString('utf8'));
    if (parsed.errors) throw new Error(`${body.operationName}: ${parsed.errors.map((e) => e.message).join('; ')}`);
    return { res, received, bytes: answer.length, statements: Number(res.headers.get('x-db-statements') ?? NaN) };
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
        ms: Math.max(...answers.map((a) => a.received)) - start,
        bytes: answers.reduce((sum, a) => sum + a.bytes, 0),
        statements: answers.reduce((sum, a) => sum + a.statements, 0),
      };
    },
  };
}

/**
 * The same client in a thread of its own, as a browser is a process of its own: reading and parsing
 * a large answer (half a megabyte for the units page) and collecting its garbage then do not count
 * in, nor slow, the server time measured. `load` answers what the client's does; `close` ends it.
 */
export function clientThread(baseUrl) {
  const worker = new Worker(new URL('./client-thread.mjs', import.meta.url), { workerData: { baseUrl } });
  const pending = new Map();
  let next = 0;
  worker.on('message', ({ id, result, error }) => {
    const call = pending.get(id);
    pending.delete(id);
    if (error === undefined) call?.resolve(result);
    else call?.reject(new Error(error));
  });
  worker.on('error', (error) => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  });
  return {
    load: (page, options) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, page, options });
      }),
    close: () => worker.terminate(),
  };
}
