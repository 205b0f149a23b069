import { validateRaci, type RaciContext, type RaciMatrix } from '@rollout/domain';
import type { RaciCellEntity } from './raci-cell.entity.js';
import type { RaciDomainRow, RaciRoleRow } from './raci-defaults.js';
import type { RaciMatrixEntity } from './raci-matrix.entity.js';
import type { RaciModel } from './raci.model.js';

/** A program's RACI as stored, or its defaults while nothing is (`matrix` null), with what the side warnings compare. */
export interface RaciRecords {
  programId: string;
  matrix: RaciMatrixEntity | null;
  domains: RaciDomainRow[];
  roles: RaciRoleRow[];
  cells: RaciCellEntity[];
  context: RaciContext;
}

/** The records as the domain's matrix. */
export function toRaciMatrix(records: RaciRecords): RaciMatrix {
  return {
    domains: records.domains.map(({ id, name, activityId }) => ({ id, name, activityId })),
    roles: records.roles.map(({ id, name, side }) => ({ id, name, side })),
    cells: records.cells.map(({ domainId, roleId, value }) => ({ domainId, roleId, value })),
  };
}

/** The RACI with its validation; a matrix never stored reads as open at version 1, the version it is stored with. */
export function toRaciModel(records: RaciRecords): RaciModel {
  const validation = validateRaci(toRaciMatrix(records), records.context);
  const acknowledged = new Set(records.matrix?.acknowledgedWarningKeys ?? []);
  return {
    id: records.programId,
    domains: records.domains.map(({ id, name, activityId, version }) => ({ id, name, activityId, version })),
    roles: records.roles.map(({ id, name, side, version }) => ({ id, name, side, version })),
    cells: records.cells.map(({ id, domainId, roleId, value, version }) => ({ id, domainId, roleId, value, version })),
    validation: { errors: validation.errors, warnings: validation.warnings.map((warning) => ({ ...warning, acknowledged: acknowledged.has(warning.key) })) },
    final: records.matrix?.final ?? false,
    acknowledgedWarningKeys: records.matrix?.acknowledgedWarningKeys ?? [],
    markedFinalAt: records.matrix?.markedFinalAt ?? null,
    markedFinalById: records.matrix?.markedFinalById ?? null,
    version: records.matrix?.version ?? 1,
  };
}
