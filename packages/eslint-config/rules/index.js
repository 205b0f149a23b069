import { noFocusedOrSkippedTests } from './no-focused-or-skipped-tests.js';
import { operationsDeclareRoles } from './operations-declare-roles.js';

/** Project lint rules, as an ESLint plugin named `rollout`. */
export const rolloutPlugin = {
  meta: { name: 'eslint-plugin-rollout' },
  rules: {
    'operations-declare-roles': operationsDeclareRoles,
    'no-focused-or-skipped-tests': noFocusedOrSkippedTests,
  },
};
