import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from './support/run-command.js';

// `npm run audit:deps` against a stand-in registry on loopback (never the real one): a refused bulk
// endpoint must exit 3 with a clear message, an advisory 1, a clean answer 0.
const SCRIPT = fileURLToPath(new URL('../../../infra/scripts/audit-deps.mjs', import.meta.url));

type Reply = { status: number; body: unknown };

describe('npm run audit:deps', () => {
  let server: Server;
  let reply: Reply = { status: 200, body: {} };
  let received: Record<string, string[]> = {};

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.method === 'POST' && req.url === '/-/npm/v1/security/advisories/bulk') received = JSON.parse(body) as Record<string, string[]>;
        res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const audit = (...args: string[]) => {
    const { port } = server.address() as AddressInfo;
    return runCommand(process.execPath, [SCRIPT, ...args], { env: { PATH: process.env.PATH, npm_config_registry: `http://127.0.0.1:${port}/` } });
  };

  it('exits 3 and says nothing was checked when the registry refuses the bulk endpoint', async () => {
    reply = { status: 403, body: { error: 'forbidden' } };
    const result = await audit();
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('could not check the dependencies: the registry answered HTTP 403');
    expect(result.stderr).toContain('Nothing was checked');
  });

  it('sends the lockfile’s production packages, and exits 1 on an advisory at the level or worse, 0 below it', async () => {
    reply = { status: 200, body: { zod: [{ severity: 'high', title: 'Prototype pollution', vulnerable_versions: '<9', url: 'https://example.test/1' }] } };
    const vulnerable = await audit();
    expect(vulnerable.code).toBe(1);
    expect(vulnerable.stdout).toContain('high: zod <9 — Prototype pollution');
    expect(received['zod']).toEqual(['4.6.7']);
    expect(received['vitest']).toBeUndefined();

    expect((await audit('--level=critical')).code).toBe(0);
    reply = { status: 200, body: {} };
    expect((await audit('--dev')).code).toBe(0);
    expect(received['vitest']).toEqual(['4.1.12']);
  });
});
