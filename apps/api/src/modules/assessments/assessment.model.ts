import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FindingKind, FindingSeverity, WorkPerformer } from '@rollout/domain';
import { UnitModel } from '../units/unit.model.js';
import { FindingKindEnum, FindingSeverityEnum, WorkPerformerEnum } from './assessments.enums.js';

@ObjectType('Activity', { description: 'A RevOps activity: one row of the assessment grid.' })
export class ActivityModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Name, unique in the program.' })
  name: string;

  @Field(() => ID, { description: 'The capability it belongs to.' })
  capabilityId: string;

  @Field(() => Int, { description: 'Filled cells; removing the activity removes them too.' })
  filledCells: number;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;

  /** Its program: where its placement and RACI domains are read from. */
  programId: string;
}

@ObjectType('Capability', { description: 'A RevOps capability in the program’s catalog, with its activities in grid order.' })
export class CapabilityModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Name, unique in the program.' })
  name: string;

  @Field(() => [ActivityModel], { description: 'Its activities, in grid order.' })
  activities: ActivityModel[];

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;
}

@ObjectType('AssessmentCell', { description: 'Who does an activity for a unit (or for the central team) today, how well, and who decides.' })
export class AssessmentCellModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The activity (row).' })
  activityId: string;

  @Field(() => ID, { nullable: true, description: 'The unit (column); null for the central team’s column.' })
  unitId: string | null;

  @Field(() => WorkPerformerEnum, { description: 'Who does this work today.' })
  performer: WorkPerformer;

  @Field(() => Int, { nullable: true, description: 'Maturity 1 (ad hoc) to 5 (optimized).' })
  maturity: number | null;

  @Field({ description: 'The column’s owner claims the decision rights for this activity over its scope.' })
  decides: boolean;

  @Field({ description: 'Note.' })
  note: string;

  @Field(() => Int, { description: 'Version; send it back as expectedVersion.' })
  version: number;
}

@ObjectType('CellRef', { description: 'A cell’s address in the grid.' })
export class CellRefModel {
  @Field(() => ID, { description: 'The activity (row).' })
  activityId: string;

  @Field(() => ID, { nullable: true, description: 'The unit (column); null for the central team.' })
  unitId: string | null;
}

@ObjectType('AssessmentFinding', { description: 'A duplication, gap or conflict derived from the grid.' })
export class AssessmentFindingModel {
  @Field(() => FindingKindEnum, { description: 'Kind.' })
  kind: FindingKind;

  @Field(() => FindingSeverityEnum, { description: 'Severity.' })
  severity: FindingSeverity;

  @Field(() => ID, { description: 'The activity it is about.' })
  activityId: string;

  @Field({ description: 'One sentence with names.' })
  summary: string;

  @Field(() => [CellRefModel], { description: 'The cells it comes from.' })
  cells: CellRefModel[];
}

@ObjectType('AssessmentColumn', { description: 'A column of the grid (a unit of the program, or the central team) and how much of it is filled.' })
export class AssessmentColumnModel {
  @Field(() => ID, { nullable: true, description: 'The unit; null for the central team.' })
  unitId: string | null;

  /** Resolved from the unit's row; null for the central team. */
  unit?: UnitModel | null;

  @Field({ description: 'Column heading: the unit’s name, or “Central team”.' })
  name: string;

  @Field(() => Int, { description: 'Filled cells.' })
  filled: number;

  @Field(() => Int, { description: 'Cells in the column (the number of activities).' })
  total: number;

  @Field(() => Int, { description: 'Whole percent filled, rounded down.' })
  percent: number;

  @Field({ description: 'Whether the signed-in user may fill this column.' })
  viewerCanFill: boolean;

  @Field(() => Date, { nullable: true, description: 'When its unit was last reminded to fill it.' })
  lastRemindedAt: Date | null;
}

@ObjectType('Assessment', { description: 'A program’s assessment: catalog, grid, findings and completeness.' })
export class AssessmentModel {
  @Field(() => ID, { description: 'The program’s id (one assessment per program).' })
  id: string;

  @Field(() => Int, { description: 'Whole percent of cells that must be filled before Align.' })
  threshold: number;

  @Field(() => [CapabilityModel], { description: 'The catalog, in grid order.' })
  capabilities: CapabilityModel[];

  @Field(() => [AssessmentColumnModel], { description: 'Columns: the central team first, then the program’s units.' })
  columns: AssessmentColumnModel[];

  @Field(() => [AssessmentCellModel], { description: 'Filled cells.' })
  cells: AssessmentCellModel[];

  @Field(() => [AssessmentFindingModel], { description: 'Findings, most severe first.' })
  findings: AssessmentFindingModel[];

  @Field(() => Int, { description: 'Whole percent of all cells filled, rounded down.' })
  completeness: number;
}

@ObjectType('AssessmentReminder', { description: 'A reminder to a unit to fill its rows of the assessment (recorded in the history; not sent as a message yet).' })
export class AssessmentReminderModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The unit reminded.' })
  unitId: string;

  @Field(() => Date, { description: 'When.' })
  sentAt: Date;
}
