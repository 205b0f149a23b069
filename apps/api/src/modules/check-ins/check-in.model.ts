import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RagStatus } from '@rollout/domain';
import { RagStatusEnum } from './check-ins.enums.js';
import { PilotModel } from '../pilots/pilot.model.js';

@ObjectType('CheckIn', { description: 'A pilot unit’s weekly check-in.' })
export class CheckInModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  /** Resolved to `unit` by a field resolver. */
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field({ description: 'Monday of the week, YYYY-MM-DD.' })
  weekStart: string;

  @Field(() => RagStatusEnum, { description: 'Red, amber or green.' })
  status: RagStatus;

  @Field(() => Int, { description: 'Confidence 1–5 that the pilot will reach its targets.' })
  confidence: number;

  @Field({ description: 'What went well.' })
  highlights: string;

  @Field({ description: 'What is in the way.' })
  blockers: string;

  @Field({ description: 'Help asked of the steering committee.' })
  asksForHelp: string;

  @Field({ description: 'Why the status is what it is.' })
  commentary: string;

  /** Resolved to `submittedBy` by a field resolver. */
  submittedById: string;

  @Field({ description: 'Day it was (last) submitted, YYYY-MM-DD.' })
  submittedOn: string;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;
}

@ObjectType('PilotUnitReport', { description: 'A pilot unit’s reporting state: its latest check-in and whether it is stale.' })
export class PilotUnitReportModel {
  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  /** Resolved to `unit` by a field resolver. */
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field(() => CheckInModel, { nullable: true, description: 'Latest check-in, if any.' })
  lastCheckIn: CheckInModel | null;

  @Field({ description: 'True when the unit has had no check-in for more than 7 days (running pilots only).' })
  stale: boolean;
}

@ObjectType('OwedWave', { description: 'The roll-out wave an owed check-in belongs to.' })
export class OwedWaveModel {
  @Field(() => ID, { description: 'The wave.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field({ description: 'Its planned first day, YYYY-MM-DD.' })
  plannedStart: string;
}

@ObjectType('OwedCheckIn', { description: 'A check-in the signed-in user owes this week: one per running pilot unit in their scope.' })
export class OwedCheckInModel {
  @Field(() => PilotModel, { description: 'The pilot.' })
  pilot: PilotModel;

  /** Resolved to `unit` by a field resolver. */
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field({ description: 'Monday of the week it is for, YYYY-MM-DD.' })
  weekStart: string;

  @Field(() => CheckInModel, { nullable: true, description: 'This week’s check-in, once submitted.' })
  checkIn: CheckInModel | null;

  @Field(() => CheckInModel, { nullable: true, description: 'The latest check-in before this week.' })
  previousCheckIn: CheckInModel | null;

  @Field({ description: 'True when the unit has had no check-in for more than 7 days.' })
  stale: boolean;

  @Field(() => OwedWaveModel, { nullable: true, description: 'The roll-out wave the unit reports in (on the scaled pilot); null for a pilot unit.' })
  wave: OwedWaveModel | null;
}
