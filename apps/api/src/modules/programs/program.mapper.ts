import type { ProgramMemberEntity } from './program-member.entity.js';
import type { ProgramMemberModel, ProgramUnitModel } from './program-rollout.model.js';
import type { PhaseChangeEntity } from './phase-change.entity.js';
import type { PhaseChangeModel } from './phase-change.model.js';
import type { ProgramEntity } from './program.entity.js';
import type { ProgramModel } from './program.model.js';
import type { ProgramUnitRow } from './programs.repository.js';

export function toProgramModel(entity: ProgramEntity): ProgramModel {
  return {
    id: entity.id,
    name: entity.name,
    objective: entity.objective,
    targetModel: entity.targetModel,
    sponsor: entity.sponsor,
    ownerId: entity.ownerId,
    startDate: entity.startDate,
    targetDate: entity.targetDate,
    phase: entity.phase,
    status: entity.status,
    archived: entity.archivedAt !== null,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toPhaseChangeModel(entity: PhaseChangeEntity): PhaseChangeModel {
  return {
    id: entity.id,
    fromPhase: entity.fromPhase,
    toPhase: entity.toPhase,
    reason: entity.reason,
    gateOverrideReason: entity.gateOverrideReason,
    changedById: entity.changedById,
    changedAt: entity.changedAt,
  };
}

export const toProgramUnitModel = (row: ProgramUnitRow): ProgramUnitModel => ({
  id: row.id,
  programId: row.programId,
  unitId: row.unitId,
  blocked: row.blocked,
  note: row.note,
  version: row.version,
  updatedAt: row.updatedAt,
});

export const toMemberModel = (row: ProgramMemberEntity): ProgramMemberModel => ({ programId: row.programId, userId: row.userId, role: row.role });
