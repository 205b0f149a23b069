import { assessmentCompleteness, assessmentFindings, CENTRAL_TEAM_LABEL } from '@rollout/domain';
import type { ActivityEntity } from './activity.entity.js';
import type { AssessmentCellEntity } from './assessment-cell.entity.js';
import type { AssessmentReminderEntity } from './assessment-reminder.entity.js';
import type { ActivityModel, AssessmentCellModel, AssessmentColumnModel, AssessmentModel } from './assessment.model.js';
import type { ActivityCountRow, GridUnitRow } from './assessments.repository.js';
import type { CapabilityEntity } from './capability.entity.js';

export const toCellModel = (cell: AssessmentCellEntity): AssessmentCellModel => ({
  id: cell.id,
  activityId: cell.activityId,
  unitId: cell.unitId,
  performer: cell.performer,
  maturity: cell.maturity,
  decides: cell.decides,
  note: cell.note,
  version: cell.version,
});

export const toActivityModel = (row: ActivityCountRow): ActivityModel => ({
  id: row.id,
  name: row.name,
  capabilityId: row.capabilityId,
  programId: row.programId,
  filledCells: row.filledCells,
  version: row.version,
});

/** The column models keep their program for the viewer's permission check. */
export type AssessmentColumn = AssessmentColumnModel & { programId: string };

/** One program's assessment: its rows, columns, cells, and the findings and completeness the domain derives from them. */
export function toAssessmentModel(
  programId: string,
  threshold: number,
  capabilities: readonly CapabilityEntity[],
  activities: readonly ActivityEntity[],
  units: readonly GridUnitRow[],
  cells: readonly AssessmentCellEntity[],
  reminders: readonly AssessmentReminderEntity[],
): AssessmentModel {
  const cellModels = cells.map(toCellModel);
  const filledByActivity = new Map<string, number>();
  for (const cell of cells) filledByActivity.set(cell.activityId, (filledByActivity.get(cell.activityId) ?? 0) + 1);
  const { columns, overall } = assessmentCompleteness(activities, units.map((unit) => unit.unit_id), cellModels);
  const nameOf = new Map(units.map((unit) => [unit.unit_id, unit.name]));
  const remindedAt = new Map(reminders.map((reminder) => [reminder.unitId, reminder.sentAt]));
  const gridUnits = units.map((unit) => ({ id: unit.unit_id, name: unit.name, parentId: unit.parent_id }));
  return {
    id: programId,
    threshold,
    capabilities: capabilities.map((capability) => ({
      id: capability.id,
      name: capability.name,
      version: capability.version,
      activities: activities
        .filter((activity) => activity.capabilityId === capability.id)
        .map((activity) => ({ id: activity.id, name: activity.name, capabilityId: activity.capabilityId, programId: activity.programId, version: activity.version, filledCells: filledByActivity.get(activity.id) ?? 0 })),
    })),
    columns: columns.map(
      (column): AssessmentColumn => ({
        ...column,
        programId,
        name: column.unitId === null ? CENTRAL_TEAM_LABEL : (nameOf.get(column.unitId) ?? ''),
        viewerCanFill: false, // resolved per viewer
        lastRemindedAt: column.unitId === null ? null : (remindedAt.get(column.unitId) ?? null),
      }),
    ),
    cells: cellModels,
    findings: assessmentFindings(activities, gridUnits, cellModels),
    completeness: overall.percent,
  };
}
