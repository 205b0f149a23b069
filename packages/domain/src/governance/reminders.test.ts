import { describe, expect, it } from 'vitest';
import { createWebhookSchema, reminderOf } from './reminders.js';

describe('reminder rules', () => {
  it('says a stale unit once a week, an overdue action or a gate once, with words and the record to open', () => {
    const unit = { pilotId: 'p1', pilotName: 'UK routing', unitId: 'u1', unitName: 'Ireland', lastCheckInOn: '2026-11-23' };
    const monday = reminderOf.staleCheckIn(unit, '2026-12-07');
    expect(monday).toEqual({
      kind: 'stale_check_in',
      key: 'stale:p1:u1:2026-12-07',
      title: 'Ireland has no check-in since Nov 23, 2026',
      body: 'UK routing needs this week’s check-in for Ireland.',
      link: '/pilots/p1',
    });
    // Same week, same key (told once); the next week, a new one.
    expect(reminderOf.staleCheckIn(unit, '2026-12-11').key).toBe(monday.key);
    expect(reminderOf.staleCheckIn(unit, '2026-12-14').key).not.toBe(monday.key);
    expect(reminderOf.staleCheckIn({ ...unit, lastCheckInOn: null }, '2026-12-07').title).toBe('Ireland has no check-in yet');

    const action = { id: 'a1', title: 'Write the routing rules', dueOn: '2026-12-04', ownerName: 'Ana Lopez', programId: 'pr1', meetingId: 'm1' };
    expect(reminderOf.actionOverdue(action)).toMatchObject({ key: 'overdue:a1', title: 'Overdue: Write the routing rules', link: '/programs/pr1/meetings/m1' });
    expect(reminderOf.gateSoon({ id: 'p1', name: 'UK routing', endDate: '2026-12-10' })).toMatchObject({ key: 'gate:p1:2026-12-10', title: 'UK routing ends Dec 10, 2026' });
  });

  it('takes a webhook address only over http(s)', () => {
    const input = { programId: '6f1c1d0e-8f59-4a47-9a53-1b2f3c4d5e6f', name: '#revops', format: 'slack' };
    expect(createWebhookSchema.safeParse({ ...input, url: 'https://hooks.slack.com/services/T0/B0/x' }).success).toBe(true);
    expect(createWebhookSchema.safeParse({ ...input, url: 'ftp://example.com/hook' }).error?.issues[0]?.message).toBe('Use an http(s) address.');
  });
});
