import { EVERYONE, none, type Case } from './world.js';

/** A record's history and the organisation's audit log. */
export const HISTORY_CASES: Case[] = [
  {
    operation: 'recordHistory',
    scope: 'program',
    document: 'query($id: ID!) { recordHistory(recordType: program, recordId: $id) { id } }',
    variables: async (w) => ({ id: (await w.program()).id }),
    allowed: EVERYONE,
  },
  {
    operation: 'recordHistory',
    scope: 'user account',
    document: 'query($id: ID!) { recordHistory(recordType: user, recordId: $id) { id } }',
    variables: (w) => Promise.resolve({ id: w.users.executive.id }),
    allowed: ['admin'],
  },
  { operation: 'auditLog', document: '{ auditLog { endCursor } }', variables: none, allowed: ['admin'] },
];
