import { createHmac } from 'node:crypto';
import { shiftDays } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../src/common/jobs/job-queue.js';
import { today } from '../src/common/time/today.js';
import { RemindersService } from '../src/modules/notifications/reminders.service.js';
import { aProgram, aProgramUnit, aTeam, aUnit } from './factories/organization.factory.js';
import { aPilot } from './factories/pilot.factory.js';
import { startReceiver } from './support/http-receiver.js';
import { createTestApp, createTestAppOn, createTestDatabase, dataOf, errorCode, gql, type TestApp } from './support/test-app.js';

const CREATE_WEBHOOK = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id version } } }`;
const WEBHOOKS = `query($id: ID!) { programWebhooks(programId: $id) { name deliveries { title status attempts responseCode durationMs error } } }`;
const INBOX = `query { unreadNotificationCount notifications(first: 20) { id kind title link readAt } }`;
const MUTE = `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { mutedKinds delivery } }`;
const MARK_READ = `mutation { markNotificationsRead }`;
const TEST_WEBHOOK = `mutation($id: ID!) { sendTestWebhook(id: $id) }`;

const data = dataOf;

/** Makes the queue's waiting retries due now, instead of waiting out the backoff. */
const retriesDueNow = (app: TestApp) => app.dataSource.query(`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE attempts > 0`);

describe('reminders: the check, notifications, and signed webhook deliveries on the job queue', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  /** A program with a pilot running for three weeks without a check-in in the partner's unit, ending in five days. */
  async function quietPilot() {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' });
    const unit = await aUnit(app.dataSource, team.org.id, { name: `Nordics ${program.id.slice(0, 4)}`, parentId: team.region.id });
    await aProgramUnit(app.dataSource, team.org.id, program.id, unit.id);
    const pilot = await aPilot(app.dataSource, team.org.id, program.id, { name: 'Nordics routing', unitIds: [unit.id], status: 'running', startDate: shiftDays(today(), -21), endDate: shiftDays(today(), 5) });
    return { program, unit, pilot };
  }

  it('tells the partner once about a unit without a check-in, respects muted kinds, and posts the program’s events to its webhook, signed and retried after a 500', async () => {
    const { program, unit, pilot } = await quietPilot();
    const { manager, partner } = team.agents;
    const receiver = await startReceiver([500, 200]);
    try {
      const created = data(await gql<{ createWebhook: { secret: string; webhook: { id: string } } }>(manager, CREATE_WEBHOOK, { input: { programId: program.id, name: '#revops-nordics', url: receiver.url, format: 'json' } })).createWebhook;
      expect(created.secret).toMatch(/^whsec_/);
      // The manager does not want gate reminders; the webhook still gets the program's events.
      data(await gql(manager, MUTE, { input: { mutedKinds: ['gate_soon'], delivery: 'daily_digest' } }));

      const reminders = app.app.get(RemindersService);
      const first = await reminders.check();
      expect(first.deliveries).toBe(2); // the stale unit and the pilot near its gate
      expect(await reminders.check()).toEqual({ notifications: 0, deliveries: 0 });

      const inbox = data(await gql<{ unreadNotificationCount: number; notifications: { kind: string; title: string; link: string }[] }>(partner, INBOX));
      const stale = inbox.notifications.find((item) => item.kind === 'stale_check_in' && item.title.startsWith(unit.name));
      expect(stale).toMatchObject({ kind: 'stale_check_in', title: `${unit.name} has no check-in yet`, link: `/pilots/${pilot.id}` });
      expect(inbox.unreadNotificationCount).toBeGreaterThan(0);
      expect(data(await gql<{ markNotificationsRead: number }>(partner, MARK_READ)).markNotificationsRead).toBe(0);
      const managerInbox = data(await gql<{ notifications: { kind: string; title: string }[] }>(manager, INBOX)).notifications;
      expect(managerInbox.some((item) => item.kind === 'gate_soon' && item.title.startsWith('Nordics routing'))).toBe(false);

      // The queue posts both; the receiver fails the first request, so one delivery waits for its retry.
      const queue = app.app.get(JobQueue);
      await queue.runDue();
      expect(receiver.received).toHaveLength(2);
      let log = data(await gql<{ programWebhooks: { deliveries: { status: string; attempts: number; responseCode: number | null }[] }[] }>(manager, WEBHOOKS, { id: program.id })).programWebhooks[0]?.deliveries ?? [];
      expect(log.map((delivery) => [delivery.status, delivery.attempts, delivery.responseCode]).sort()).toEqual([
        ['delivered', 1, 200],
        ['pending', 1, 500],
      ]);
      await retriesDueNow(app);
      await queue.runDue();
      log = data(await gql<{ programWebhooks: { deliveries: { status: string; attempts: number; responseCode: number | null }[] }[] }>(manager, WEBHOOKS, { id: program.id })).programWebhooks[0]?.deliveries ?? [];
      expect(log.map((delivery) => delivery.status)).toEqual(['delivered', 'delivered']);
      expect(log.map((delivery) => delivery.attempts).sort()).toEqual([1, 2]);

      // Each body is signed: HMAC-SHA256 of "<t>.<body>" with the webhook's secret.
      for (const { headers, body } of receiver.received) {
        const [t, v1] = String(headers['rollout-signature']).split(',').map((part) => part.split('=')[1]);
        expect(v1).toBe(createHmac('sha256', created.secret).update(`${t}.${body}`).digest('hex'));
      }
      const events = receiver.received.map(({ body }) => JSON.parse(body) as { event: string; title: string; url: string });
      // Two events, one of them posted twice (its first try met the 500).
      expect(receiver.received).toHaveLength(3);
      expect(new Set(events.map((event) => event.event))).toEqual(new Set(['stale_check_in', 'gate_soon']));
      expect(events.find((event) => event.event === 'stale_check_in')?.url).toBe(`http://localhost:3000/pilots/${pilot.id}`);
    } finally {
      await receiver.close();
    }
  });

  it('keeps webhooks to the program’s leads: others cannot list, make or test them', async () => {
    const { program } = await quietPilot();
    for (const agent of [team.agents.partner, team.agents.executive]) {
      expect(errorCode(await gql(agent, WEBHOOKS, { id: program.id }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(agent, CREATE_WEBHOOK, { input: { programId: program.id, name: 'x', url: 'https://example.com', format: 'slack' } }))).toBe('FORBIDDEN');
    }
  });
});

describe('the job queue with two API processes on one database', () => {
  it('runs each job once: ten test deliveries reach the receiver ten times, each once', async () => {
    const url = await createTestDatabase();
    const first = await createTestAppOn(url, { NODE_ENV: 'test', JOBS: 'true' });
    const second = await createTestAppOn(url, { NODE_ENV: 'test', JOBS: 'true' });
    const receiver = await startReceiver([200]);
    try {
      const team = await aTeam(first);
      const program = await aProgram(first.dataSource, team.org.id, team.users.manager.id);
      const created = data(await gql<{ createWebhook: { webhook: { id: string } } }>(team.agents.manager, CREATE_WEBHOOK, { input: { programId: program.id, name: 'Receiver', url: receiver.url, format: 'slack' } })).createWebhook;
      for (let i = 0; i < 10; i += 1) data(await gql(team.agents.manager, TEST_WEBHOOK, { id: created.webhook.id }));
      // Both processes work the queue (LISTEN/NOTIFY wakes them); wait until every delivery is in.
      const deadline = Date.now() + 30_000;
      while (receiver.received.length < 10 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const ids = receiver.received.map(({ headers }) => String(headers['rollout-delivery']));
      expect(ids).toHaveLength(10);
      expect(new Set(ids).size).toBe(10);
      expect((JSON.parse(receiver.received[0]?.body ?? '{}') as { text?: string }).text).toContain('Test from Rollout: Receiver is connected');
    } finally {
      await receiver.close();
      await second.close();
      await first.close();
    }
  });
});
