import type { AddressInfo } from 'node:net';
import { shiftDays } from '@rollout/domain';
import { createClient, type Client } from 'graphql-ws';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { today } from '../src/common/time/today.js';
import { NotificationsRepository } from '../src/modules/notifications/notifications.repository.js';
import { aProgram, aProgramUnit, aTeam, aUnit, aUser, TEST_PASSWORD } from './factories/organization.factory.js';
import { aPilot } from './factories/pilot.factory.js';
import { createTestAppOn, createTestDatabase, gql, type TestApp } from './support/test-app.js';

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }';
const SUBMIT = `mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) { id } }`;

/** A GraphQL-over-WebSocket client on `app`, signed in as `email` by its session cookie. */
async function socketAs(app: TestApp, email: string): Promise<{ client: Client; cookie: string; closed: Promise<number> }> {
  const server = app.app.getHttpServer();
  const res = await request(server).post('/graphql').set('apollo-require-preflight', 'true').send({ query: SIGN_IN, variables: { e: email, p: TEST_PASSWORD } });
  const cookie = String(res.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
  const { port } = server.address() as AddressInfo;
  let resolveClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (resolveClosed = resolve));
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    },
    retryAttempts: 0,
    on: { closed: (event) => resolveClosed((event as { code: number }).code) },
  });
  return { client, cookie, closed };
}

/** The next `count` results of a subscription. */
function collect<T>(client: Client, query: string, variables: Record<string, unknown>, count: number): { results: Promise<T[]>; ready: Promise<void> } {
  const results: T[] = [];
  let done: (value: T[]) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const finished = new Promise<T[]>((resolve, reject) => ((done = resolve), (fail = reject)));
  client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (!value.data) return fail(value.errors);
        results.push(value.data);
        if (results.length >= count) done(results);
      },
      error: fail,
      complete: () => done(results),
    },
  );
  // The subscription is registered once the server has answered connection_ack and the subscribe message; a short wait covers it.
  return { results: finished, ready: new Promise((resolve) => setTimeout(resolve, 300)) };
}

describe('live updates across two API processes on one database', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const url = await createTestDatabase();
    a = await createTestAppOn(url);
    b = await createTestAppOn(url);
    await b.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('brings a check-in submitted through process A to a subscriber on process B, never another unit’s to a partner, and closes the socket when its session ends', async () => {
    const team = await aTeam(a);
    const program = await aProgram(a.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' });
    const inScope = await aUnit(a.dataSource, team.org.id, { name: 'Nordics', parentId: team.region.id });
    const elsewhere = await aUnit(a.dataSource, team.org.id, { name: 'Brazil' });
    for (const unit of [inScope, elsewhere]) await aProgramUnit(a.dataSource, team.org.id, program.id, unit.id);
    const pilot = await aPilot(a.dataSource, team.org.id, program.id, { unitIds: [inScope.id, elsewhere.id], status: 'running', startDate: shiftDays(today(), -14), endDate: shiftDays(today(), 30) });
    const watcher = await aUser(a.dataSource, team.org.id, 'regional_partner', [team.region.id]);

    const manager = await socketAs(b, team.users.manager.email);
    const partner = await socketAs(b, watcher.email);
    const SUBSCRIBE = `subscription($id: ID!) { checkInsChanged(pilotId: $id) { pilotId unitId } }`;
    const managerSees = collect<{ checkInsChanged: { unitId: string } }>(manager.client, SUBSCRIBE, { id: pilot.id }, 2);
    const partnerSees = collect<{ checkInsChanged: { unitId: string } }>(partner.client, SUBSCRIBE, { id: pilot.id }, 1);
    await Promise.all([managerSees.ready, partnerSees.ready]);

    // Through process A: Brazil first (outside the partner's region), then the Nordics.
    const week = shiftDays(today(), -((new Date(`${today()}T00:00:00Z`).getUTCDay() + 6) % 7));
    for (const unit of [elsewhere, inScope]) {
      const res = await gql(team.agents.manager, SUBMIT, { input: { pilotId: pilot.id, unitId: unit.id, weekStart: week, status: 'green', confidence: 4, highlights: 'Routing live.', blockers: '', asksForHelp: '', commentary: '' } });
      expect(res.errors).toBeUndefined();
    }
    expect((await managerSees.results).map((event) => event.checkInsChanged.unitId)).toEqual([elsewhere.id, inScope.id]);
    expect((await partnerSees.results).map((event) => event.checkInsChanged.unitId)).toEqual([inScope.id]);

    // The partner signs out (through A, in another tab): their socket on B closes.
    await request(a.app.getHttpServer()).post('/graphql').set('apollo-require-preflight', 'true').set('cookie', partner.cookie).send({ query: 'mutation { signOut }' });
    expect(await partner.closed).toBe(4401);
    await manager.client.dispose();
  });

  it('refuses a socket without a session, tells a user of a notification as it is written, and holds the HTTP query limits', async () => {
    const team = await aTeam(a);
    const server = b.app.getHttpServer();
    const { port } = server.address() as AddressInfo;
    let refused = 0;
    const stranger = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, on: { closed: (event) => (refused = (event as { code: number }).code) } });
    await new Promise<void>((resolve) => stranger.subscribe({ query: 'subscription { unreadNotificationCountChanged }' }, { next: () => undefined, error: () => resolve(), complete: () => resolve() }));
    expect(refused).toBe(4403);

    const owner = await socketAs(b, team.users.partner.email);
    const counts = collect<{ unreadNotificationCountChanged: number }>(owner.client, 'subscription { unreadNotificationCountChanged }', {}, 1);
    await counts.ready;
    await a.dataSource.transaction(async (em) => {
      await a.app.get(NotificationsRepository).notify([{ reminder: { kind: 'meeting_soon', key: 'live-test', title: 'Pipeline review starts soon', body: '', link: '/programs' }, orgId: team.org.id, programId: null, userIds: [team.users.partner.id] }], em);
    });
    expect(await counts.results).toEqual([{ unreadNotificationCountChanged: 1 }]);

    // The HTTP limits hold on the socket too: eleven aliases are refused before anything runs.
    const aliases = Array.from({ length: 11 }, (_, index) => `a${index}: unitId`).join(' ');
    const refusal = await new Promise<string>((resolve) =>
      owner.client.subscribe({ query: `subscription($id: ID!) { checkInsChanged(pilotId: $id) { ${aliases} } }`, variables: { id: crypto.randomUUID() } }, {
        next: () => resolve('answered'),
        error: (error) => resolve(JSON.stringify(error)),
        complete: () => resolve('completed'),
      }),
    );
    expect(refusal).toMatch(/[Aa]liases limit of 10 exceeded/);
    await owner.client.dispose();
  });
});
