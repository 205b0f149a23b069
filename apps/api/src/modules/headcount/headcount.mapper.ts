import { reviewHeadcount, type PlannedRole } from '@rollout/domain';
import type { CompanyProfileEntity } from '../alignment/company-profile.entity.js';
import type { UnitStaffingEntity } from '../assessment-inventory/unit-staffing.entity.js';
import type { HeadcountModel } from './headcount.model.js';
import type { PlannedRoleEntity } from './planned-role.entity.js';

/** What the headcount of one program is read from. */
export interface HeadcountRecords {
  programId: string;
  roles: readonly PlannedRoleEntity[];
  /** The program's units, by name. */
  units: readonly { id: string; name: string }[];
  staffing: readonly UnitStaffingEntity[];
  profile: CompanyProfileEntity | null;
}

export function toPlannedRoles(roles: readonly PlannedRoleEntity[]): PlannedRole[] {
  return roles.map(({ id, unitId, title, count, annualCostPerHead, reportsToId, isManager }) => ({ id, unitId, title, count, annualCostPerHead, reportsToId, isManager }));
}

export function toHeadcountModel(records: HeadcountRecords): HeadcountModel {
  const review = reviewHeadcount({
    units: records.units,
    roles: toPlannedRoles(records.roles),
    staffing: records.staffing.map(({ unitId, sellers, complexity }) => ({ unitId, sellers, complexity })),
    profile: records.profile,
  });
  const unitName = new Map(records.units.map((unit) => [unit.id, unit.name]));
  const title = new Map(records.roles.map((role) => [role.id, role.title]));
  return {
    id: records.programId,
    units: [...records.units],
    roles: records.roles.map((role) => ({
      id: role.id,
      unitId: role.unitId,
      teamName: role.unitId === null ? null : (unitName.get(role.unitId) ?? null),
      title: role.title,
      count: role.count,
      annualCostPerHead: role.annualCostPerHead,
      reportsToId: role.reportsToId,
      reportsToTitle: role.reportsToId === null ? null : (title.get(role.reportsToId) ?? null),
      isManager: role.isManager,
      version: role.version,
    })),
    teams: review.teams,
    overall: review.overall,
  };
}
