import type { DataSource } from 'typeorm';
import { AssessmentBaselineEntity } from '../../src/modules/assessment-inventory/assessment-baseline.entity.js';
import { ProgramToolEntity } from '../../src/modules/assessment-inventory/program-tool.entity.js';
import { UnitStaffingEntity } from '../../src/modules/assessment-inventory/unit-staffing.entity.js';

let sequence = 0;

export async function aTool(dataSource: DataSource, orgId: string, programId: string, overrides: Partial<ProgramToolEntity> = {}): Promise<ProgramToolEntity> {
  sequence += 1;
  return dataSource.getRepository(ProgramToolEntity).save({ orgId, programId, name: `Tool ${sequence}`, category: 'analytics_bi', annualCost: 50_000, usingUnitIds: [], ...overrides });
}

export async function aBaseline(dataSource: DataSource, orgId: string, programId: string, overrides: Partial<AssessmentBaselineEntity> = {}): Promise<AssessmentBaselineEntity> {
  return dataSource
    .getRepository(AssessmentBaselineEntity)
    .save({ orgId, programId, catalogKey: 'win_rate', unitId: null, value: 20, measuredOn: '2026-11-30', dataSource: 'CRM report', ...overrides });
}

export async function aStaffing(dataSource: DataSource, orgId: string, programId: string, unitId: string, overrides: Partial<UnitStaffingEntity> = {}): Promise<UnitStaffingEntity> {
  return dataSource.getRepository(UnitStaffingEntity).save({ orgId, programId, unitId, revopsPeople: 2, sellers: 24, complexity: 'standard', ...overrides });
}
