import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { Framework, RequestStatus } from '@rollout/domain';
import { FrameworkEnum, RequestStatusEnum } from './backlog.enums.js';

@InputType('FileRequestInput', { description: 'A request to a program’s RevOps backlog: a unit’s partners and the program’s leads.' })
export class FileRequestInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'Its type.' })
  typeId: string;

  @Field(() => ID, { description: 'The unit it is for.' })
  unitId: string;

  @Field(() => ID, { nullable: true, description: 'The catalog activity it touches (its placement decides who owns it); none = the hub triages it.' })
  activityId?: string | null;

  @Field({ description: 'The problem, in a sentence (10–200 characters).' })
  problem: string;

  @Field({ nullable: true, description: 'The business impact (up to 2,000 characters).' })
  impact?: string;

  @Field(() => String, { nullable: true, description: 'The day it is wished for, YYYY-MM-DD.' })
  wishedOn?: string | null;
}

@InputType('UpdateRequestInput', { description: 'A request’s new wording: its filer while it awaits triage, and its owning team. Omitted fields stay.' })
export class UpdateRequestInput {
  @Field(() => ID, { description: 'The request.' })
  id: string;

  @Field(() => Int, { description: 'The version the caller saw; a stale one is refused with CONFLICT.' })
  expectedVersion: number;

  @Field(() => ID, { nullable: true, description: 'Its type.' })
  typeId?: string;

  @Field(() => ID, { nullable: true, description: 'The activity it touches; null for none.' })
  activityId?: string | null;

  @Field({ nullable: true, description: 'The problem, in a sentence.' })
  problem?: string;

  @Field({ nullable: true, description: 'The business impact.' })
  impact?: string;

  @Field(() => String, { nullable: true, description: 'The day it is wished for; null for none.' })
  wishedOn?: string | null;
}

@InputType('ScoreRequestInput', { description: 'The owning team’s score of a request; scoring a request awaiting triage triages it. Send the parts of the program’s framework.' })
export class ScoreRequestInput {
  @Field(() => ID, { description: 'The request.' })
  id: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  expectedVersion: number;

  @Field(() => Float, { description: 'Person-days (whole or half, 0.5–1,000).' })
  effortDays: number;

  @Field(() => Int, { nullable: true, description: 'RICE: people or deals per quarter (0–1,000,000).' })
  reach?: number | null;

  @Field(() => Float, { nullable: true, description: 'RICE: 3, 2, 1, 0.5 or 0.25.' })
  impact?: number | null;

  @Field(() => Int, { nullable: true, description: 'RICE: 100, 80 or 50.' })
  confidence?: number | null;

  @Field(() => Int, { nullable: true, description: 'WSJF: 1, 2, 3, 5, 8, 13 or 20.' })
  businessValue?: number | null;

  @Field(() => Int, { nullable: true, description: 'WSJF: 1, 2, 3, 5, 8, 13 or 20.' })
  timeCriticality?: number | null;

  @Field(() => Int, { nullable: true, description: 'WSJF: 1, 2, 3, 5, 8, 13 or 20.' })
  riskReduction?: number | null;
}

@InputType('MoveRequestInput', { description: 'Moves a request on: commit (with a month), start, deliver, decline (with a reason), or reopen.' })
export class MoveRequestInput {
  @Field(() => ID, { description: 'The request.' })
  id: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  expectedVersion: number;

  @Field(() => RequestStatusEnum, { description: 'Where it goes.' })
  status: RequestStatus;

  @Field(() => String, { nullable: true, description: 'For committing: the month it is planned in, YYYY-MM-01.' })
  plannedMonth?: string | null;

  @Field({ nullable: true, description: 'For declining: why (3–500 characters).' })
  reason?: string;
}

@InputType('MergeRequestInput', { description: 'Merges a duplicate into the request it duplicates: its requesters join that one.' })
export class MergeRequestInput {
  @Field(() => ID, { description: 'The duplicate.' })
  id: string;

  @Field(() => Int, { description: 'The version of the duplicate the caller saw.' })
  expectedVersion: number;

  @Field(() => ID, { description: 'The request it duplicates.' })
  intoId: string;
}

@InputType('DecideRequestApprovalInput', { description: 'The hub approves or rejects a spoke request that changes a standard it is accountable for.' })
export class DecideRequestApprovalInput {
  @Field(() => ID, { description: 'The request.' })
  id: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  expectedVersion: number;

  @Field({ description: 'True to approve.' })
  approved: boolean;

  @Field({ nullable: true, description: 'What the hub says (up to 500 characters).' })
  note?: string;
}

@InputType('SaveBacklogSettingsInput', { description: 'How a program ranks its backlog and counts capacity.' })
export class SaveBacklogSettingsInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => Int, { description: 'The settings version the caller saw (0 = never saved).' })
  expectedVersion: number;

  @Field(() => FrameworkEnum, { description: 'RICE or WSJF.' })
  framework: Framework;

  @Field(() => Float, { description: 'Days a person gives to backlog work in a month (1–23, whole or half).' })
  focusDaysPerPersonMonth: number;
}

@InputType('RequestTypeInput', { description: 'A request type and its service levels.' })
export class RequestTypeInput {
  @Field(() => ID, { nullable: true, description: 'An existing type; none for a new one.' })
  id?: string | null;

  @Field({ description: 'Its name (2–60 characters).' })
  name: string;

  @Field(() => Int, { description: 'Target days to triage (1–90).' })
  triageDays: number;

  @Field(() => Int, { description: 'Target days to deliver (1–365).' })
  deliverDays: number;
}

@InputType('SaveRequestTypesInput', { description: 'The program’s request types, in order; a type left out is removed (refused while requests use it).' })
export class SaveRequestTypesInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => [RequestTypeInput], { description: 'The types (1–20).' })
  types: RequestTypeInput[];
}
