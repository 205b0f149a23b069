import type { UnitEntity } from './unit.entity.js';
import type { UnitModel } from './unit.model.js';

export function toUnitModel(entity: UnitEntity): UnitModel {
  return {
    id: entity.id,
    name: entity.name,
    code: entity.code,
    kind: entity.kind,
    parentId: entity.parentId,
    archived: entity.archivedAt !== null,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
