import { aUnit } from '../factories/organization.factory.js';
import { EVERYONE, field, iso, none, PROGRAM_MANAGERS, recordIs, type Case } from './world.js';

/** The organisation's units and user accounts. */
export const UNIT_AND_USER_CASES: Case[] = [
  { operation: 'units', document: '{ units { id } }', variables: none, allowed: EVERYONE },
  { operation: 'unit', document: 'query($id: ID!) { unit(id: $id) { id } }', variables: (w) => Promise.resolve({ id: w.region.id }), allowed: EVERYONE },
  { operation: 'users', document: '{ users { id } }', variables: none, allowed: ['admin', 'manager', 'otherManager'] },
  {
    operation: 'createUnit',
    document: 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
    variables: () => Promise.resolve({ input: { name: 'New unit', code: iso(), kind: 'segment' } }),
    allowed: [...PROGRAM_MANAGERS, 'otherManager'],
    effect: { sql: 'SELECT name, kind FROM unit WHERE code = $1', params: (v) => [field(v, 'code')], rows: [{ name: 'New unit', kind: 'segment' }] },
  },
  {
    operation: 'updateUnit',
    document: 'mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }',
    variables: async (w) => {
      const unit = await aUnit(w.app.dataSource, w.org.id);
      return { input: { id: unit.id, expectedVersion: 1, name: 'Renamed', code: unit.code, kind: 'region' } };
    },
    allowed: [...PROGRAM_MANAGERS, 'otherManager'],
    effect: recordIs('unit', { name: 'Renamed', kind: 'region', version: 2 }),
  },
  {
    operation: 'archiveUnit',
    document: 'mutation($id: ID!) { archiveUnit(id: $id, expectedVersion: 1) { id } }',
    variables: async (w) => ({ id: (await aUnit(w.app.dataSource, w.org.id)).id }),
    allowed: [...PROGRAM_MANAGERS, 'otherManager'],
    effect: recordIs('unit', { archived: true }),
  },
  {
    operation: 'restoreUnit',
    document: 'mutation($id: ID!) { restoreUnit(id: $id, expectedVersion: 1) { id } }',
    variables: async (w) => ({ id: (await aUnit(w.app.dataSource, w.org.id, { archivedAt: new Date() })).id }),
    allowed: [...PROGRAM_MANAGERS, 'otherManager'],
    effect: recordIs('unit', { archived: false }),
  },
  {
    operation: 'createUser',
    document: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    variables: () => Promise.resolve({ input: { email: `${iso().toLowerCase()}@test.example`, name: 'New', role: 'executive', password: 'a long enough passphrase' } }),
    allowed: ['admin'],
    effect: { sql: 'SELECT name, role, active FROM app_user WHERE email = $1', params: (v) => [field(v, 'email')], rows: [{ name: 'New', role: 'executive', active: true }] },
  },
  {
    operation: 'updateUser',
    document: 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await w.userOf('executive')).id, expectedVersion: 1, name: 'Renamed', role: 'executive' } }),
    allowed: ['admin'],
    effect: recordIs('app_user', { name: 'Renamed', role: 'executive', version: 2 }),
  },
  {
    operation: 'deactivateUser',
    document: 'mutation($id: ID!) { deactivateUser(id: $id, expectedVersion: 1) { id } }',
    variables: async (w) => ({ id: (await w.userOf('executive')).id }),
    allowed: ['admin'],
    effect: recordIs('app_user', { active: false }),
  },
  {
    operation: 'reactivateUser',
    document: 'mutation($id: ID!) { reactivateUser(id: $id, expectedVersion: 1) { id } }',
    variables: async (w) => ({ id: (await w.userOf('executive')).id }),
    allowed: ['admin'],
  },
  {
    operation: 'resetUserPassword',
    document: 'mutation($id: ID!) { resetUserPassword(id: $id, newPassword: "another long passphrase") }',
    variables: async (w) => ({ id: (await w.userOf('regional_partner')).id }),
    allowed: ['admin'],
  },
];
