import type { ProgramAssessmentQuery } from '../../../gql/graphql';

export type AssessmentData = ProgramAssessmentQuery['program']['assessment'];
export type GridCell = AssessmentData['cells'][number];
export type GridColumn = AssessmentData['columns'][number];
export type GridFinding = AssessmentData['findings'][number];

/** A cell's address: activity and column (null = the central team). */
export interface CellAddress {
  activityId: string;
  unitId: string | null;
}

export const cellKey = (address: CellAddress) => `${address.activityId}:${address.unitId ?? 'central'}`;
/** The DOM id of a cell in the heatmap, so a finding can link to it. */
export const cellDomId = (address: CellAddress) => `assessment-cell-${address.activityId}-${address.unitId ?? 'central'}`;

export function cellsByKey(cells: readonly GridCell[]): Map<string, GridCell> {
  return new Map(cells.map((cell) => [cellKey(cell), cell]));
}
