import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { GateDecision, MetricState, PilotStatus, ProgramPhase, ProgramStatus, RagStatus, UnitKind, UnitStageKind } from '@rollout/domain';
import { RagStatusEnum } from '../check-ins/check-ins.enums.js';
import { GateDecisionEnum, MetricStateEnum } from '../decisions/decisions.enums.js';
import { SuccessMetricModel } from '../pilots/pilot.model.js';
import { PilotStatusEnum, UnitStageKindEnum } from '../pilots/pilots.enums.js';
import { ProgramPhaseEnum, ProgramStatusEnum } from '../programs/programs.enums.js';
import { UnitKindEnum } from '../units/units.enums.js';
import { AdoptionWeekModel } from '../waves/waves.model.js';

// The portfolio view: every active program with its computed health, roll-out and pilots; the heat
// map of units × programs; and the trends. Flat rows, computed in one pass per request.

@InputType('PortfolioFilter', { description: 'Narrows the portfolio; every part is optional and they combine.' })
export class PortfolioFilterInput {
  @Field(() => ID, { nullable: true, description: 'Programs working in this region (or any unit below it); the heat map shows only its units.' })
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Programs working in this business unit (or any unit below it); the heat map shows only its units.' })
  businessUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Programs this person owns.' })
  ownerId?: string | null;

  @Field(() => ProgramPhaseEnum, { nullable: true, description: 'Programs in this phase.' })
  phase?: ProgramPhase | null;
}

@ObjectType('PortfolioMetric', { description: 'The metric that speaks for a pilot: where it stands against its target, and its weekly values.' })
export class PortfolioMetricModel {
  @Field(() => SuccessMetricModel, { description: 'The metric, with its unit and target.' })
  metric: SuccessMetricModel;

  @Field(() => MetricStateEnum, { description: 'Where it stands.' })
  state: MetricState;

  @Field(() => Float, { nullable: true, description: 'Baseline used; null if none.' })
  baseline: number | null;

  @Field(() => Float, { nullable: true, description: 'The pilot units’ mean in their latest week with values.' })
  current: number | null;

  @Field(() => [Float], { nullable: 'items', description: 'The pilot units’ weekly values in the pilot period, oldest first (null: no values that week), for a sparkline.' })
  weekly: (number | null)[];
}

@ObjectType('PortfolioPilot', { description: 'A pilot as the portfolio lists it: its status, its recommendation or decision, and its key metric.' })
export class PortfolioPilotModel {
  @Field(() => ID, { description: 'The pilot.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => PilotStatusEnum, { description: 'Its status.' })
  status: PilotStatus;

  @Field(() => GateDecisionEnum, { nullable: true, description: 'The gate decision its evaluation recommends (running or in review); null otherwise or when it could not be evaluated.' })
  recommendation: GateDecision | null;

  @Field(() => GateDecisionEnum, { nullable: true, description: 'The latest gate decision recorded on it, if any.' })
  decision: GateDecision | null;

  @Field(() => PortfolioMetricModel, { nullable: true, description: 'Its first primary metric (running or in review, with metrics); null otherwise.' })
  keyMetric: PortfolioMetricModel | null;
}

@ObjectType('PortfolioProgram', { description: 'One program of the portfolio.' })
export class PortfolioProgramModel {
  @Field(() => ID, { description: 'The program.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => ProgramPhaseEnum, { description: 'Its phase.' })
  phase: ProgramPhase;

  @Field(() => ProgramStatusEnum, { description: 'The status its team set by hand.' })
  status: ProgramStatus;

  @Field(() => ID, { description: 'Its owner.' })
  ownerId: string;

  @Field({ description: 'Its owner’s name.' })
  ownerName: string;

  @Field(() => ProgramStatusEnum, { nullable: true, description: 'Health computed from its units’ stages, check-ins, metric states and overdue gates; null while on hold or completed.' })
  health: ProgramStatus | null;

  @Field(() => String, { nullable: true, description: 'Why, in one sentence; null with the health.' })
  healthReason: string | null;

  @Field(() => Int, { description: 'Units in its roll-out.' })
  unitCount: number;

  @Field(() => Int, { description: 'Units live or adopted.' })
  liveCount: number;

  @Field(() => Int, { description: 'Units adopted.' })
  adoptedCount: number;

  @Field(() => Int, { description: 'Units whose partner reports them blocked.' })
  blockedCount: number;

  @Field(() => [AdoptionWeekModel], { description: 'Live and adopted units at the end of each of the last twelve weeks, oldest first.' })
  adoption: AdoptionWeekModel[];

  @Field(() => [PortfolioPilotModel], { description: 'Its pilots, by start.' })
  pilots: PortfolioPilotModel[];
}

@ObjectType('PortfolioUnit', { description: 'A row of the heat map: a unit some program works with, or a unit above one.' })
export class PortfolioUnitModel {
  @Field(() => ID, { description: 'The unit.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => UnitKindEnum, { description: 'Its kind.' })
  kind: UnitKind;

  @Field(() => ID, { nullable: true, description: 'The unit above it in the heat map; null at the top.' })
  parentId: string | null;

  @Field(() => Int, { description: 'How deep it sits in the tree (0 at the top).' })
  depth: number;
}

@ObjectType('HeatMapCell', { description: 'A unit in a program: its stage and its last check-in.' })
export class HeatMapCellModel {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field(() => UnitStageKindEnum, { description: 'Its stage in the program.' })
  stage: UnitStageKind;

  @Field({ description: 'The stage in words, e.g. “Piloting · week 3 of 8”.' })
  stageLabel: string;

  @Field(() => RagStatusEnum, { nullable: true, description: 'Its last check-in’s status in the last four weeks; null without one.' })
  rag: RagStatus | null;

  @Field({ description: 'It owes a check-in.' })
  stale: boolean;

  @Field({ description: 'Its partner reports it blocked.' })
  blocked: boolean;

  @Field({ description: 'The app path behind the cell: the unit’s last check-in, else the program’s units.' })
  link: string;
}

@ObjectType('HeatMapSummary', { description: 'How a program’s units at and below a unit of the heat map stand.' })
export class HeatMapSummaryModel {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => Int, { description: 'Its units at or below this one.' })
  units: number;

  @Field(() => Int, { description: 'Of those, how many last checked in red.' })
  red: number;

  @Field(() => Int, { description: '… amber.' })
  amber: number;

  @Field(() => Int, { description: '… green.' })
  green: number;

  @Field(() => Int, { description: 'How many owe a check-in.' })
  owing: number;

  @Field(() => Int, { description: 'How many are blocked.' })
  blocked: number;

  @Field(() => HeatMapCellModel, { nullable: true, description: 'The unit’s own cell, when it is in the program itself.' })
  own: HeatMapCellModel | null;
}

@ObjectType('HeatMapRow', { description: 'A row of the heat map: a unit, and per program how its units stand.' })
export class HeatMapRowModel {
  @Field(() => PortfolioUnitModel, { description: 'The unit.' })
  unit: PortfolioUnitModel;

  @Field({ description: 'Units of the heat map sit below it (it unfolds).' })
  hasChildren: boolean;

  @Field(() => [HeatMapSummaryModel], { description: 'A summary per program with units at or below it, in the portfolio’s program order.' })
  cells: HeatMapSummaryModel[];
}

@ObjectType('RagWeek', { description: 'Check-ins of a week across the portfolio, by status.' })
export class RagWeekModel {
  @Field({ description: 'Monday of the week, YYYY-MM-DD.' })
  weekStart: string;

  @Field(() => Int, { description: 'Green check-ins.' })
  green: number;

  @Field(() => Int, { description: 'Amber check-ins.' })
  amber: number;

  @Field(() => Int, { description: 'Red check-ins.' })
  red: number;
}

@ObjectType('PortfolioOwner', { description: 'Someone who owns an active program, for the owner filter.' })
export class PortfolioOwnerModel {
  @Field(() => ID, { description: 'The person.' })
  id: string;

  @Field({ description: 'Their name.' })
  name: string;
}

@ObjectType('Portfolio', { description: 'Every active program on one screen: health, roll-out, pilots, the heat map and the trends.' })
export class PortfolioModel {
  @Field({ description: 'The day it is computed for, YYYY-MM-DD.' })
  asOf: string;

  @Field(() => [PortfolioProgramModel], { description: 'The programs, by name.' })
  programs: PortfolioProgramModel[];

  @Field(() => [PortfolioUnitModel], { description: 'What the region and business-unit filters offer, whatever the filter: the units that group others in the region tree of every active program’s units.' })
  filterUnits: PortfolioUnitModel[];

  @Field(() => [PortfolioOwnerModel], { description: 'What the owner filter offers: the owners of the active programs, by name.' })
  owners: PortfolioOwnerModel[];

  @Field(() => [RagWeekModel], { description: 'Check-ins of the last twelve weeks by status, oldest first.' })
  checkInMix: RagWeekModel[];
}
