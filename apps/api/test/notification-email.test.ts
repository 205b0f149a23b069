import { shiftDays } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../src/common/jobs/job-queue.js';
import { today } from '../src/common/time/today.js';
import { NotificationEmailService } from '../src/modules/notifications/notification-email.service.js';
import { RemindersService } from '../src/modules/notifications/reminders.service.js';
import { aProgram, aProgramUnit, aTeam, aUnit } from './factories/organization.factory.js';
import { aPilot } from './factories/pilot.factory.js';
import { startSmtpReceiver } from './support/smtp-receiver.js';
import { createTestApp, gql, type TestApp } from './support/test-app.js';

const PREFERENCES = `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { delivery emailEnabled } }`;

/** The text of a message, quoted-printable soft breaks undone. */
const text = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=E2=80=99/g, '’');

describe('notifications by email through SMTP', () => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    app = await createTestApp({ NODE_ENV: 'test', SMTP_URL: smtp.url, SMTP_FROM: 'Rollout <rollout@northwind.example>', PUBLIC_URL: 'https://rollout.northwind.example' });
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('emails each notification as it comes to whoever asked for that, and one daily digest to the others, once', async () => {
    const team = await aTeam(app);
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' });
    const unit = await aUnit(app.dataSource, team.org.id, { name: 'Iberia', parentId: team.region.id });
    await aProgramUnit(app.dataSource, team.org.id, program.id, unit.id);
    const pilot = await aPilot(app.dataSource, team.org.id, program.id, { name: 'Iberia routing', unitIds: [unit.id], status: 'running', startDate: shiftDays(today(), -20), endDate: shiftDays(today(), 3) });
    // The partner wants each as it comes; the manager keeps the default, a daily digest.
    const saved = await gql<{ updateNotificationPreferences: { delivery: string; emailEnabled: boolean } }>(team.agents.partner, PREFERENCES, { input: { mutedKinds: [], delivery: 'immediately' } });
    expect(saved.data?.updateNotificationPreferences).toEqual({ delivery: 'immediately', emailEnabled: true });

    await app.app.get(RemindersService).check();
    await app.app.get(JobQueue).runDue();
    const toPartner = smtp.mails.filter((mail) => mail.to.includes(team.users.partner.email));
    expect(toPartner).toHaveLength(1);
    expect(text(toPartner[0]?.raw ?? '')).toContain('Subject: Iberia has no check-in yet');
    expect(text(toPartner[0]?.raw ?? '')).toContain(`https://rollout.northwind.example/pilots/${pilot.id}`);
    expect(smtp.mails.some((mail) => mail.to.includes(team.users.manager.email))).toBe(false);

    const digests = app.app.get(NotificationEmailService);
    expect(await digests.sendDigests()).toBeGreaterThanOrEqual(1);
    const toManager = smtp.mails.filter((mail) => mail.to.includes(team.users.manager.email));
    expect(toManager).toHaveLength(1);
    expect(text(toManager[0]?.raw ?? '')).toContain('Iberia routing ends');
    // Sent once: the next digest has nothing new for either of them.
    const before = smtp.mails.length;
    await digests.sendDigests();
    expect(smtp.mails.filter((mail) => mail.to.includes(team.users.manager.email) || mail.to.includes(team.users.partner.email)).length).toBe(2);
    expect(smtp.mails.length - before).toBe(0);
  });
});
