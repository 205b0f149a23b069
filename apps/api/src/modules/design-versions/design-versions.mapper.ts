import { diffDesignSnapshots, signOffBlockers, validateRaci, type DesignSnapshot, type DimensionEmphasis } from '@rollout/domain';
import type { DesignVersionEntity } from '../design/design-version.entity.js';
import type { ProgramDesignModel } from '../design/design.model.js';
import { toPlannedRoles } from '../headcount/headcount.mapper.js';
import type { HeadcountModel } from '../headcount/headcount.model.js';
import type { PlannedRoleEntity } from '../headcount/planned-role.entity.js';
import { toRaciMatrix, type RaciRecords } from '../raci/raci.mapper.js';
import type { RaciModel } from '../raci/raci.model.js';
import type { DesignVersionsModel } from './design-versions.model.js';

/** A program's design versions (newest first) with the live design the current draft is. */
export interface DesignVersionRecords {
  programId: string;
  versions: readonly DesignVersionEntity[];
  design: ProgramDesignModel;
  raci: RaciRecords;
  raciModel: RaciModel;
  headcount: HeadcountModel;
  roles: readonly PlannedRoleEntity[];
}

/** The design as it stands, with names, as a version keeps it when signed off. */
export function liveSnapshot(records: DesignVersionRecords): DesignSnapshot {
  const { design } = records;
  return {
    activities: design.capabilities.flatMap((capability) => capability.activities.map(({ id, name }) => ({ id, name }))),
    units: records.headcount.units.map(({ id, name }) => ({ id, name })),
    placements: design.placements.map(({ activityId, placement, reason, dimension }) => ({ activityId, placement, reason, dimension })),
    emphasis: Object.fromEntries(design.dimensions.map((dimension) => [dimension.key, dimension.emphasis])) as DimensionEmphasis,
    raci: toRaciMatrix(records.raci),
    plannedRoles: toPlannedRoles(records.roles),
  };
}

/** Why the live design cannot be signed off yet; empty when it can. */
export function blockersOf(records: DesignVersionRecords): string[] {
  return signOffBlockers({
    raci: validateRaci(toRaciMatrix(records.raci), records.raci.context),
    raciDomains: records.raci.domains,
    raciFinal: records.raciModel.final,
    unplaced: records.design.unplacedActivities,
  });
}

export function toDesignVersionsModel(records: DesignVersionRecords): DesignVersionsModel {
  const [current] = records.versions;
  const signed = records.versions.filter((row): row is DesignVersionEntity & { snapshot: DesignSnapshot; signedOffAt: Date } => row.snapshot !== null && row.signedOffAt !== null);
  const signedOff = current?.signedOffAt != null;
  const lastSigned = signed[0];
  return {
    id: records.programId,
    current: current?.number ?? 1,
    signedOff,
    blockers: signedOff ? [] : blockersOf(records),
    changesSinceSignOff: !signedOff && lastSigned ? diffDesignSnapshots(lastSigned.snapshot, liveSnapshot(records)) : [],
    versions: signed.map((row, index) => {
      const previous = signed[index + 1];
      return { number: row.number, signedOffAt: row.signedOffAt, signedOffById: row.signedOffById, note: row.note, changes: previous ? diffDesignSnapshots(previous.snapshot, row.snapshot) : [] };
    }),
  };
}
