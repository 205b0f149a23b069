import { EVERYONE, field, none, PROGRAM_MANAGERS, recordIs, removed, type Case, type World } from './world.js';

/** Notifications are each person's own; a program's webhooks are its leads' (and admins'); failed jobs are admins'. */

/** A webhook of a fresh program of the manager (pointing nowhere reachable: nothing is posted while the queue is not worked). */
async function aWebhook(w: World) {
  const program = await w.program();
  const [webhook] = await w.app.dataSource.query<{ id: string }[]>(
    `INSERT INTO webhook (org_id, program_id, name, url, format, secret) VALUES ($1, $2, 'Receiver', 'https://hooks.example.com/rollout', 'json', 'whsec_test') RETURNING id`,
    [w.org.id, program.id],
  );
  return { programId: program.id, id: webhook?.id ?? '' };
}

export const NOTIFICATION_CASES: Case[] = [
  { operation: 'notifications', document: 'query { notifications(first: 10) { title link readAt } }', variables: none, allowed: EVERYONE },
  { operation: 'unreadNotificationCount', document: 'query { unreadNotificationCount }', variables: none, allowed: EVERYONE },
  { operation: 'markNotificationsRead', document: 'mutation { markNotificationsRead }', variables: none, allowed: EVERYONE },
  { operation: 'notificationPreferences', document: 'query { notificationPreferences { mutedKinds delivery emailEnabled } }', variables: none, allowed: EVERYONE },
  {
    operation: 'updateNotificationPreferences',
    document: 'mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { mutedKinds } }',
    variables: () => Promise.resolve({ input: { mutedKinds: ['meeting_soon'], delivery: 'immediately' } }),
    allowed: EVERYONE,
  },
  {
    operation: 'programWebhooks',
    scope: 'program owned by manager',
    document: 'query($id: ID!) { programWebhooks(programId: $id) { name url deliveries { status } } }',
    variables: async (w) => ({ id: (await aWebhook(w)).programId }),
    allowed: PROGRAM_MANAGERS,
  },
  {
    operation: 'createWebhook',
    scope: 'program owned by manager',
    document: 'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }',
    variables: async (w) => ({ input: { programId: (await w.program()).id, name: '#revops', url: 'https://hooks.example.com/new', format: 'slack' } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT name, format FROM webhook WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ name: '#revops', format: 'slack' }] },
  },
  {
    operation: 'setWebhookActive',
    scope: 'a webhook of a program of manager',
    document: 'mutation($input: SetWebhookActiveInput!) { setWebhookActive(input: $input) { active } }',
    variables: async (w) => ({ input: { id: (await aWebhook(w)).id, expectedVersion: 1, active: false } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('webhook', { active: false }),
  },
  {
    operation: 'removeWebhook',
    scope: 'a webhook of a program of manager',
    document: 'mutation($id: ID!, $v: Int!) { removeWebhook(id: $id, expectedVersion: $v) }',
    variables: async (w) => ({ id: (await aWebhook(w)).id, v: 1 }),
    allowed: PROGRAM_MANAGERS,
    effect: removed('webhook'),
  },
  {
    operation: 'sendTestWebhook',
    scope: 'a webhook of a program of manager',
    document: 'mutation($id: ID!) { sendTestWebhook(id: $id) }',
    variables: async (w) => ({ id: (await aWebhook(w)).id }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: `SELECT status FROM webhook_delivery WHERE webhook_id = $1`, params: (v) => [v.id], rows: [{ status: 'pending' }] },
  },
  { operation: 'jobFailures', document: 'query { jobFailures { task attempts lastError } }', variables: none, allowed: ['admin'] },
];
