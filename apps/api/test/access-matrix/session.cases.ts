import { TEST_PASSWORD } from '../factories/organization.factory.js';
import { EVERYONE, none, type Case } from './world.js';

/** The caller's own session and account: who am I, signing in and out, changing one's password. */
export const SESSION_CASES: Case[] = [
  { operation: 'me', document: '{ me { id } }', variables: none, allowed: EVERYONE },
  {
    operation: 'signIn',
    document: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
    variables: async (w) => ({ e: (await w.userOf('executive')).email, p: TEST_PASSWORD }),
    allowed: ['anonymous', ...EVERYONE],
    freshSession: true,
  },
  { operation: 'signOut', document: 'mutation { signOut }', variables: none, allowed: EVERYONE, freshSession: true },
  {
    operation: 'changeMyPassword',
    document: `mutation { changeMyPassword(currentPassword: "${TEST_PASSWORD}", newPassword: "a brand new passphrase") }`,
    variables: none,
    allowed: EVERYONE,
    freshSession: true,
  },
];
