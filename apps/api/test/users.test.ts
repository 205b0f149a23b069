import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTeam, aUser, anOrganization, signedIn, TEST_PASSWORD } from './factories/organization.factory.js';
import { UserEntity } from '../src/modules/users/user.entity.js';
import { mixedCase } from './support/ids.js';
import { createTestApp, errorCode, gql, type TestApp } from './support/test-app.js';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role active version units { id } } }`;
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }';
const ME = '{ me { id } }';

describe('user management and passwords', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('lets an admin create a regional partner who can then sign in and is scoped to the given unit', async () => {
    const email = `new.partner.${Date.now()}@test.example`;
    const res = await gql<{ createUser: { id: string; units: { id: string }[] } }>(team.agents.admin, CREATE, {
      input: { email: email.toUpperCase(), name: 'New Partner', role: 'regional_partner', unitIds: [team.region.id], password: 'a long enough passphrase' },
    });
    expect(res.data?.createUser).toMatchObject({ email, role: 'regional_partner', active: true, units: [{ id: team.region.id }] });
    const agent = app.agent();
    expect((await gql(agent, SIGN_IN, { e: email, p: 'a long enough passphrase' })).data).toEqual({ signIn: { id: res.data?.createUser.id } });
  });

  it('validates new users field by field', async () => {
    const res = await gql(team.agents.admin, CREATE, { input: { email: 'not-an-email', name: '', role: 'regional_partner', unitIds: [], password: 'short' } });
    const fields = (res.errors?.[0]?.extensions.fieldErrors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['email', 'name', 'password', 'unitIds']);
    const duplicate = await gql(team.agents.admin, CREATE, { input: { email: team.users.executive.email, name: 'Dup', role: 'executive', password: 'a long enough passphrase' } });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'email' }] });
  });

  it('ends a deactivated user’s sessions at once and refuses their sign-in', async () => {
    const user = await aUser(app.dataSource, team.org.id, 'executive');
    const agent = await signedIn(app, user);
    const res = await gql(team.agents.admin, 'mutation($id: ID!) { deactivateUser(id: $id, expectedVersion: 1) { active } }', { id: user.id });
    expect(res.data).toEqual({ deactivateUser: { active: false } });
    expect(errorCode(await gql(agent, ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(app.agent(), SIGN_IN, { e: user.email, p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('resets a password: old sessions end, the new password works', async () => {
    const user = await aUser(app.dataSource, team.org.id, 'program_manager');
    const agent = await signedIn(app, user);
    await gql(team.agents.admin, 'mutation($id: ID!, $p: String!) { resetUserPassword(id: $id, newPassword: $p) }', { id: user.id, p: 'brand new passphrase' });
    expect(errorCode(await gql(agent, ME))).toBe('UNAUTHENTICATED');
    expect((await gql(app.agent(), SIGN_IN, { e: user.email, p: 'brand new passphrase' })).errors).toBeUndefined();
  });

  it('lets any user change their own password only with the current one; other sessions end', async () => {
    const user = await aUser(app.dataSource, team.org.id, 'regional_partner', [team.region.id]);
    const here = await signedIn(app, user);
    const elsewhere = await signedIn(app, user);
    const change = (current: string) => gql(here, 'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }', { c: current, n: 'my own new passphrase' });
    expect((await change('wrong')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'currentPassword' }] });
    expect((await change(TEST_PASSWORD)).data).toEqual({ changeMyPassword: true });
    expect((await gql(here, ME)).errors).toBeUndefined();
    expect(errorCode(await gql(elsewhere, ME))).toBe('UNAUTHENTICATED');
  });

  it('refuses weak passwords and ones holding the user’s email or name, saying why, everywhere a password is set', async () => {
    // A name of letters only: a random hex one could hold a run like "1234" the weak passwords below share.
    const user = await aUser(app.dataSource, team.org.id, 'executive', [], { name: 'Grace Hopper', email: `grace.${randomUUID()}@test.example` });
    const here = await signedIn(app, user);
    const change = (n: string) => gql(here, 'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }', { c: TEST_PASSWORD, n });
    const fieldError = (res: Awaited<ReturnType<typeof change>>) => (res.errors?.[0]?.extensions?.fieldErrors as { field: string; message: string }[] | undefined)?.[0];
    for (const weak of ['            ', 'aaaaaaaaaaaa', 'password1234', '123456789012']) {
      const res = await change(weak);
      expect(errorCode(res), weak).toBe('BAD_USER_INPUT');
      expect(fieldError(res)?.field).toBe('newPassword');
      expect(fieldError(res)?.message).toMatch(/^This password is too easy to guess\./);
    }
    expect(fieldError(await change(user.email))).toEqual({ field: 'newPassword', message: 'Do not use your email address or name in your password.' });
    expect(fieldError(await change(`${user.name.toUpperCase()} rides again`))).toEqual({ field: 'newPassword', message: 'Do not use your email address or name in your password.' });

    const created = await gql(team.agents.admin, CREATE, { input: { email: 'spaces@test.example', name: 'Spaces', role: 'executive', password: '            ' } });
    expect(created.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'password', message: expect.stringMatching(/too easy to guess/) as string }]);
    const reset = await gql(team.agents.admin, 'mutation($id: ID!, $p: String!) { resetUserPassword(id: $id, newPassword: $p) }', { id: user.id, p: '            ' });
    expect(reset.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'newPassword', message: expect.stringMatching(/too easy to guess/) as string }]);
    // Nothing changed: the old password still signs in.
    expect((await gql(app.agent(), SIGN_IN, { e: user.email, p: TEST_PASSWORD })).errors).toBeUndefined();
  });

  it('rate-limits wrong current-password guesses like sign-in, on the same counters', async () => {
    const user = await aUser(app.dataSource, team.org.id, 'program_manager');
    const here = await signedIn(app, user);
    const guess = (c: string) => gql(here, 'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }', { c, n: 'violet tractor sings 41 hymns' });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) codes.push(errorCode(await guess(`guess number ${i}`)));
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'RATE_LIMITED']);
    const limited = await guess(TEST_PASSWORD);
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) as number });
    // The same account's sign-in is limited too: one budget of guesses.
    expect(errorCode(await gql(app.agent(), SIGN_IN, { e: user.email, p: TEST_PASSWORD }))).toBe('RATE_LIMITED');
  });

  it('writes password changes and admin resets to the audit log: who, when, which user, never the password or its hash', async () => {
    const user = await aUser(app.dataSource, team.org.id, 'regional_partner', [team.region.id]);
    const here = await signedIn(app, user);
    const started = new Date();
    const changed = await gql(here, 'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }', { c: TEST_PASSWORD, n: 'violet tractor sings 41 hymns' });
    expect(changed.errors).toBeUndefined();
    const reset = await gql(team.agents.admin, 'mutation($id: ID!, $p: String!) { resetUserPassword(id: $id, newPassword: $p) }', { id: user.id, p: 'amber kettle folds 73 maps' });
    expect(reset.errors).toBeUndefined();

    const log = await gql<{ auditLog: { nodes: { at: string; operation: string; recordType: string; recordId: string; actor: { id: string }; changes: { field: string; from: string | null; to: string | null }[] }[] } }>(
      team.agents.admin,
      `query($filter: AuditLogFilter) { auditLog(filter: $filter, first: 10) { nodes { at operation recordType recordId actor { id } changes { field from to } } } }`,
      { filter: { recordType: 'user' } },
    );
    // Newest first: the admin's reset, then the user's own change (the factory's insert has no actor).
    const entries = (log.data?.auditLog.nodes ?? []).filter((entry) => entry.recordId === user.id && entry.operation === 'update');
    expect(entries.map((entry) => [entry.operation, entry.actor.id, entry.changes.map((change) => change.field)])).toEqual([
      ['update', team.users.admin.id, ['passwordChangedAt']],
      ['update', user.id, ['passwordChangedAt']],
    ]);
    for (const entry of entries) expect(new Date(entry.at).getTime()).toBeGreaterThanOrEqual(started.getTime() - 1_000);
    const raw = await app.dataSource.query<{ changes: unknown }[]>(`SELECT changes FROM audit_event WHERE record_id = $1`, [user.id]);
    const stored = await app.dataSource.query<{ password_hash: string }[]>(`SELECT password_hash FROM app_user WHERE id = $1`, [user.id]);
    const text = JSON.stringify(raw);
    expect(text).not.toMatch(/password_hash|hymns|maps/);
    expect(text).not.toContain(stored[0]?.password_hash);
  });

  it('refuses an admin’s own id in any spelling: no self-deactivation, no own role change', async () => {
    const admin = await aUser(app.dataSource, team.org.id, 'admin');
    const agent = await signedIn(app, admin);
    const DEACTIVATE = 'mutation($id: ID!) { deactivateUser(id: $id, expectedVersion: 1) { active } }';
    const UPDATE = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { role } }';
    for (const id of [admin.id, admin.id.toUpperCase(), mixedCase(admin.id)]) {
      const deactivate = await gql(agent, DEACTIVATE, { id });
      expect(deactivate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'id' }] });
      const demote = await gql(agent, UPDATE, { input: { id, expectedVersion: 1, name: 'Still admin', role: 'executive' } });
      expect(demote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'role' }] });
    }
    expect(await app.dataSource.getRepository(UserEntity).findOneByOrFail({ id: admin.id })).toMatchObject({ active: true, role: 'admin', version: 1 });
  });

  it('accepts another user’s id in upper or mixed case and answers with the canonical id', async () => {
    const user = await aUser(app.dataSource, team.org.id, 'executive');
    const res = await gql(team.agents.admin, 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id name } }', {
      input: { id: user.id.toUpperCase(), expectedVersion: 1, name: 'Renamed Executive', role: 'executive' },
    });
    expect(res.data).toEqual({ updateUser: { id: user.id, name: 'Renamed Executive' } });
    const off = await gql(team.agents.admin, 'mutation($id: ID!) { deactivateUser(id: $id, expectedVersion: 2) { id active } }', { id: mixedCase(user.id) });
    expect(off.data).toEqual({ deactivateUser: { id: user.id, active: false } });
  });

  it('refuses an id that is not a UUID with a field error', async () => {
    const res = await gql(team.agents.admin, 'mutation($id: ID!) { deactivateUser(id: $id, expectedVersion: 1) { id } }', { id: 'not-a-uuid' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'id', message: 'Not a valid id.' }] });
  });

  it('keeps user management to admins', async () => {
    for (const agent of [team.agents.manager, team.agents.partner, team.agents.executive]) {
      expect(errorCode(await gql(agent, CREATE, { input: { email: 'x@test.example', name: 'X', role: 'admin', password: 'a long enough passphrase' } }))).toBe('FORBIDDEN');
    }
  });

  it('rate-limits sign-in per account after repeated failures', async () => {
    const org = await anOrganization(app.dataSource);
    const user = await aUser(app.dataSource, org.id, 'executive');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i += 1) codes.push(errorCode(await gql(app.agent(), SIGN_IN, { e: user.email, p: 'wrong' })));
    expect(codes).toEqual([...Array<string>(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    const limited = await gql(app.agent(), SIGN_IN, { e: user.email, p: TEST_PASSWORD });
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
  });
});
