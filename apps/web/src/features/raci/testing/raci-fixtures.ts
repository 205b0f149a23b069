import { validateRaci, type RaciValue, type RoleSide } from '@rollout/domain';
import { anId } from '../../../test/fixtures';

// A small RACI as the API answers it, for component tests: six of the default roles, two domains.

export const RACI_ROLES: [string, RoleSide][] = [
  ['Head/VP RevOps', 'hub'],
  ['Regional RevOps partner', 'spoke'],
  ['Sales leadership', 'either'],
  ['Marketing ops', 'either'],
  ['CS ops', 'either'],
  ['Finance', 'hub'],
];
export const RACI_DOMAINS = ['Forecasting', 'Quota allocation'];

/** A program's RACI as the API answers it, its validation computed by the domain's rules as the API does. */
export function aRaci(programId: string, letters: Record<string, Record<string, RaciValue>>, overrides: { final?: boolean; version?: number; acknowledged?: string[] } = {}) {
  const roles = RACI_ROLES.map(([name, side]) => ({ __typename: 'RaciRole' as const, id: `${programId}-${name}`, name, side, version: 1 }));
  const domains = RACI_DOMAINS.map((name) => ({ __typename: 'RaciDomain' as const, id: `${programId}-${name}`, name, activityId: null, activity: null, version: 1 }));
  const cells = Object.entries(letters).flatMap(([domain, row]) =>
    Object.entries(row).map(([role, value]) => ({ __typename: 'RaciCell' as const, id: `${domain}-${role}`, domainId: `${programId}-${domain}`, roleId: `${programId}-${role}`, value, version: 2 })),
  );
  const validation = validateRaci({ domains, roles, cells }, { activities: [], placements: [] });
  const final = overrides.final ?? false;
  return {
    __typename: 'Raci' as const,
    id: programId,
    version: overrides.version ?? 5,
    final,
    markedFinalAt: final ? '2026-11-20T10:00:00.000Z' : null,
    markedFinalBy: final ? { __typename: 'User' as const, id: anId(), name: 'Daniel Kim' } : null,
    domains,
    roles,
    cells,
    validation: {
      __typename: 'RaciValidation' as const,
      errors: validation.errors.map((error) => ({ __typename: 'RaciError' as const, ...error })),
      warnings: validation.warnings.map((warning) => ({ __typename: 'RaciWarning' as const, ...warning, acknowledged: overrides.acknowledged?.includes(warning.key) ?? false })),
    },
  };
}
