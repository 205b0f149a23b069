import type { MockLink } from '@apollo/client/testing';
import { anId } from '../../../test/fixtures';
import { HeadcountQuery } from '../hooks/useHeadcount';

// A headcount plan as the API answers it, for component tests: the hub's head and a partner team in EMEA.

export const emea = { __typename: 'NamedUnit' as const, id: anId(), name: 'EMEA' };
export interface RoleRow {
  id: string;
  title: string;
  count: number;
  annualCostPerHead: number;
  isManager: boolean;
  unitId: string | null;
  teamName: string | null;
  reportsToId: string | null;
  reportsToTitle: string | null;
  version: number;
}
export const head: RoleRow = { id: anId(), title: 'Head of RevOps', count: 1, annualCostPerHead: 220_000, isManager: true, unitId: null, teamName: null, reportsToId: null, reportsToTitle: null, version: 1 };
export const partner: RoleRow = { id: anId(), title: 'RevOps partner', count: 2, annualCostPerHead: 140_000, isManager: false, unitId: emea.id, teamName: 'EMEA', reportsToId: head.id, reportsToTitle: 'Head of RevOps', version: 3 };

const check = (kind: string, verdict: string, sentence: string) => ({ __typename: 'HeadcountCheck' as const, kind, verdict, sentence });
export const BUDGET = 'Total cost: $500,000 a year, within the 1–3% of revenue guidance ($400,000–$1,200,000 for $40,000,000).';
export const SELLERS = 'EMEA: 30 sellers for 2 RevOps people, 15 per person, within the 1 per 10–15 guidance.';

export function aPlan(programId: string, roles: RoleRow[]) {
  const heads = roles.reduce((sum, role) => sum + role.count, 0);
  const cost = roles.reduce((sum, role) => sum + role.count * role.annualCostPerHead, 0);
  return {
    __typename: 'Headcount' as const,
    id: programId,
    overall: { __typename: 'HeadcountTotal' as const, heads, annualCost: cost, checks: [check('budget', 'within', BUDGET)] },
    teams: [
      { __typename: 'TeamHeadcount' as const, name: 'Hub', unitId: null, heads: 1, annualCost: 220_000, checks: [check('manager_span', 'below', 'Hub: Head of RevOps manages 2 people, below a manager per 3–4.')] },
      { __typename: 'TeamHeadcount' as const, name: 'EMEA', unitId: emea.id, heads: 2, annualCost: 280_000, checks: [check('sellers_ratio', 'within', SELLERS)] },
    ],
    roles: roles.map((role) => ({ __typename: 'PlannedRole' as const, ...role })),
    units: [emea],
  };
}
export const headcountRead = (programId: string, roles: RoleRow[], viewerCanManageDesign = true): MockLink.MockedResponse => ({
  request: { query: HeadcountQuery, variables: { id: programId } },
  result: { data: { program: { __typename: 'Program', id: programId, design: { __typename: 'ProgramDesign', id: programId, viewerCanManageDesign }, headcount: aPlan(programId, roles) } } },
});

