import type { PhaseChangeEntity } from './phase-change.entity.js';
import type { PhaseChangeModel } from './phase-change.model.js';
import type { ProgramEntity } from './program.entity.js';
import type { ProgramModel } from './program.model.js';

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
    changedById: entity.changedById,
    changedAt: entity.changedAt,
  };
}
