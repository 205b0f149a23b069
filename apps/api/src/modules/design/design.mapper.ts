import {
  activityDimension,
  currentVsTarget,
  DEFAULT_DIMENSION_EMPHASIS,
  DESIGN_DIMENSION_KEYS,
  DESIGN_SHIFT_KINDS,
  placementFlags,
  unplacedActivities,
  type ActivityPlacement,
  type DimensionEmphasis,
} from '@rollout/domain';
import type { ActivityEntity } from '../assessments/activity.entity.js';
import type { AssessmentCellEntity } from '../assessments/assessment-cell.entity.js';
import type { GridUnitRow } from '../assessments/assessments.repository.js';
import type { CapabilityEntity } from '../assessments/capability.entity.js';
import type { ActivityPlacementEntity } from './activity-placement.entity.js';
import type { DesignDimensionEmphasisEntity } from './design-dimension-emphasis.entity.js';
import type { ActivityPlacementModel, DesignActivityModel, ProgramDesignModel } from './design.model.js';

/** A program's stored design records with the catalog and assessment they are read against. */
export interface DesignRecords {
  programId: string;
  capabilities: CapabilityEntity[];
  activities: ActivityEntity[];
  units: GridUnitRow[];
  cells: AssessmentCellEntity[];
  placements: ActivityPlacementEntity[];
  emphases: DesignDimensionEmphasisEntity[];
}

const toPlacementModel = (row: ActivityPlacementEntity, activityName: string): ActivityPlacementModel => ({
  id: row.id,
  activityId: row.activityId,
  activityName,
  placement: row.placement,
  reason: row.reason,
  dimension: row.dimension,
  version: row.version,
});

/** Everything the Design tab shows of the placements, derived by the domain rules from the stored records, in catalog order. */
export function toProgramDesignModel(records: DesignRecords): ProgramDesignModel {
  const { capabilities, units, cells, placements, emphases } = records;
  const placementOf = new Map(placements.map((row) => [row.activityId, row]));
  const catalog = capabilities.flatMap((capability) =>
    records.activities.filter((activity) => activity.capabilityId === capability.id).map((activity) => ({ ...activity, capabilityName: capability.name })),
  );
  const designActivities = new Map(
    catalog.map((activity): [string, DesignActivityModel] => {
      const placed = placementOf.get(activity.id);
      return [
        activity.id,
        {
          id: activity.id,
          name: activity.name,
          capabilityName: activity.capabilityName,
          dimension: activityDimension(activity.capabilityName, placed?.dimension ?? null),
          placement: placed ? toPlacementModel(placed, activity.name) : null,
        },
      ];
    }),
  );
  const placed: ActivityPlacement[] = placements.map(({ activityId, placement, reason, dimension }) => ({ activityId, placement, reason, dimension }));
  const saved = new Map(emphases.map((row) => [row.dimension, row]));
  const emphasis: DimensionEmphasis = { ...DEFAULT_DIMENSION_EMPHASIS, ...Object.fromEntries(emphases.map((row) => [row.dimension, row.emphasis])) };
  const unitName = new Map(units.map((unit) => [unit.unit_id, unit.name]));
  const shifts = currentVsTarget({
    activities: catalog,
    units: units.map((unit) => ({ id: unit.unit_id, name: unit.name, parentId: unit.parent_id })),
    cells,
    placements: placed,
  });
  return {
    id: records.programId,
    capabilities: capabilities.map((capability) => ({
      id: capability.id,
      name: capability.name,
      activities: catalog.filter((activity) => activity.capabilityId === capability.id).flatMap((activity) => designActivities.get(activity.id) ?? []),
    })),
    placements: [...designActivities.values()].flatMap((activity) => activity.placement ?? []),
    dimensions: DESIGN_DIMENSION_KEYS.map((key) => ({ key, emphasis: emphasis[key], defaultEmphasis: DEFAULT_DIMENSION_EMPHASIS[key], version: saved.get(key)?.version ?? null })),
    flags: placementFlags(catalog, placed, emphasis),
    unplacedActivities: unplacedActivities([...designActivities.values()], placed),
    currentVsTarget: DESIGN_SHIFT_KINDS.map((kind) => ({
      kind,
      count: shifts[kind].count,
      items: shifts[kind].items.map((item) => ({
        activityId: item.activityId,
        activityName: designActivities.get(item.activityId)?.name ?? '',
        unitNames: item.unitIds.flatMap((id) => unitName.get(id) ?? []),
        sentence: item.sentence,
      })),
    })),
  };
}
