import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ApprovalStatus, Framework, RequestStatus, SlaState } from '@rollout/domain';
import { PageInfoModel } from '../programs/program.model.js';
import { ApprovalStatusEnum, FrameworkEnum, RequestStatusEnum, SlaStateEnum } from './backlog.enums.js';

@ObjectType('RequestType', { description: 'A kind of request the backlog takes, with its service levels.' })
export class RequestTypeModel {
  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => Int, { description: 'Target days from filing to triage.' })
  triageDays: number;

  @Field(() => Int, { description: 'Target days from filing to delivery.' })
  deliverDays: number;
}

@ObjectType('BacklogTeam', { description: 'A team that owns requests: the hub, or one unit’s spoke.' })
export class BacklogTeamModel {
  @Field({ description: '`hub`, or the spoke’s unit id.' })
  key: string;

  @Field({ description: 'Its name: "Hub" or the unit’s name.' })
  name: string;

  @Field(() => Int, { description: 'Open requests it owns.' })
  openCount: number;

  @Field(() => Int, { description: 'Of those, awaiting triage.' })
  awaitingTriage: number;

  @Field(() => Int, { description: 'Of those, past a service level.' })
  breached: number;
}

@ObjectType('SlaStep', { description: 'A request against one service level.' })
export class SlaStepModel {
  @Field(() => SlaStateEnum, { description: 'On track, due soon, breached, met or met late.' })
  state: SlaState;

  @Field({ description: 'The target day, YYYY-MM-DD.' })
  dueOn: string;

  @Field(() => Int, { description: 'Days past the target (breached or met late).' })
  daysLate: number;
}

@ObjectType('RequestSla', { description: 'A request against its type’s service levels.' })
export class RequestSlaModel {
  @Field(() => SlaStepModel, { description: 'Filing to triage.' })
  triage: SlaStepModel;

  @Field(() => SlaStepModel, { nullable: true, description: 'Filing to delivery; null for declined and merged requests.' })
  delivery: SlaStepModel | null;

  @Field(() => Int, { description: 'Days since it was filed, for open requests.' })
  ageDays: number;

  @Field(() => String, { nullable: true, description: 'The breach in a sentence; null when none.' })
  breach: string | null;
}

@ObjectType('RequestScore', { description: 'The parts a team scored a request with; those of the program’s framework make the score.' })
export class RequestScoreModel {
  @Field(() => Float, { nullable: true, description: 'Person-days: RICE’s effort, WSJF’s job size, and what capacity counts.' })
  effortDays: number | null;

  @Field(() => Int, { nullable: true, description: 'RICE: people or deals it touches per quarter.' })
  reach: number | null;

  @Field(() => Float, { nullable: true, description: 'RICE: 3, 2, 1, 0.5 or 0.25.' })
  impact: number | null;

  @Field(() => Int, { nullable: true, description: 'RICE: 100, 80 or 50 (percent).' })
  confidence: number | null;

  @Field(() => Int, { nullable: true, description: 'WSJF: 1–20.' })
  businessValue: number | null;

  @Field(() => Int, { nullable: true, description: 'WSJF: 1–20.' })
  timeCriticality: number | null;

  @Field(() => Int, { nullable: true, description: 'WSJF: risk reduction or opportunity enablement, 1–20.' })
  riskReduction: number | null;

  @Field(() => Float, { nullable: true, description: 'The score with the program’s framework; null until every part it needs is set.' })
  value: number | null;

  @Field(() => String, { nullable: true, description: 'The score with its parts: "Reach 400 × Impact 2 × Confidence 80% ÷ Effort 5 person-days = 128".' })
  formula: string | null;
}

@ObjectType('RequestApprovalStep', { description: 'The hub’s approval of a spoke request that changes a standard the hub is accountable for.' })
export class RequestApprovalStepModel {
  @Field({ description: 'The RACI domain whose standard it changes.' })
  domainName: string;

  @Field({ description: 'The hub role accountable for it.' })
  accountableRole: string;

  @Field(() => ApprovalStatusEnum, { description: 'Pending until the hub decides.' })
  status: ApprovalStatus;

  @Field(() => String, { nullable: true, description: 'Who decided.' })
  decidedByName: string | null;

  @Field({ description: 'What the hub said.' })
  note: string;
}

@ObjectType('Requester', { description: 'Someone who asked for a request, and for which unit.' })
export class RequesterModel {
  @Field(() => ID, { description: 'The person.' })
  userId: string;

  @Field({ description: 'Their name.' })
  name: string;

  @Field(() => ID, { description: 'The unit they asked for.' })
  unitId: string;

  @Field({ description: 'Its name.' })
  unitName: string;
}

@ObjectType('RevopsRequest', { description: 'A request to a program’s RevOps backlog.' })
export class RevopsRequestModel {
  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field(() => Int, { description: 'Its version, for updates (a stale one is refused with CONFLICT).' })
  version: number;

  @Field(() => ID, { description: 'Its program.' })
  programId: string;

  @Field(() => Int, { description: 'Its number in the program.' })
  number: number;

  @Field({ description: 'How people call it: "REQ-12".' })
  label: string;

  @Field({ description: 'The problem, in a sentence.' })
  problem: string;

  @Field({ description: 'The business impact.' })
  impact: string;

  @Field(() => String, { nullable: true, description: 'The day it is wished for, YYYY-MM-DD.' })
  wishedOn: string | null;

  @Field(() => RequestStatusEnum, { description: 'Where it stands.' })
  status: RequestStatus;

  @Field(() => ID, { description: 'Its type.' })
  typeId: string;

  @Field({ description: 'Its type’s name.' })
  typeName: string;

  @Field(() => ID, { description: 'The unit it is for.' })
  unitId: string;

  @Field({ description: 'That unit’s name.' })
  unitName: string;

  @Field(() => ID, { nullable: true, description: 'The catalog activity it touches.' })
  activityId: string | null;

  @Field(() => String, { nullable: true, description: 'That activity’s name, with its capability: "Data › Dashboards".' })
  activityName: string | null;

  @Field({ description: 'The team that owns it (from the placement of its activity): `hub` or the spoke’s unit id.' })
  teamKey: string;

  @Field({ description: 'That team’s name.' })
  teamName: string;

  @Field({ description: 'Why that team owns it, in a sentence.' })
  ownership: string;

  @Field({ description: 'Who filed it.' })
  filedByName: string;

  @Field({ description: 'When it was filed.' })
  filedAt: Date;

  @Field(() => Int, { description: 'How many people asked for it (duplicates merged into it included).' })
  requesterCount: number;

  @Field(() => RequestScoreModel, { description: 'Its score and the parts.' })
  score: RequestScoreModel;

  @Field(() => Int, { nullable: true, description: 'Its rank in its team’s queue (1 = first; equal scores share a rank); null until scored, and once closed.' })
  rank: number | null;

  @Field(() => String, { nullable: true, description: 'Why it ranks where it does; null once closed.' })
  rankReason: string | null;

  @Field(() => RequestSlaModel, { description: 'Its service levels.' })
  sla: RequestSlaModel;

  @Field(() => RequestApprovalStepModel, { nullable: true, description: 'The hub’s approval step, when it changes a standard the hub is accountable for.' })
  approval: RequestApprovalStepModel | null;

  @Field(() => String, { nullable: true, description: 'The month it is planned in (first day, YYYY-MM-01), once committed.' })
  plannedMonth: string | null;

  @Field({ description: 'Why it was declined (empty otherwise).' })
  declineReason: string;

  @Field(() => ID, { nullable: true, description: 'The request it was merged into.' })
  mergedIntoId: string | null;

  @Field(() => String, { nullable: true, description: 'That request’s label.' })
  mergedIntoLabel: string | null;

  /** The unit whose partners triage it; null = the hub. */
  spokeUnitId: string | null;
}

@ObjectType('RevopsRequestConnection', { description: 'One page of requests.' })
export class RevopsRequestConnectionModel {
  @Field(() => [RevopsRequestModel], { description: 'The requests on this page.' })
  nodes: RevopsRequestModel[];

  @Field(() => PageInfoModel, { description: 'Paging information.' })
  pageInfo: PageInfoModel;

  @Field(() => Int, { description: 'Requests matching the filter, across all pages.' })
  totalCount: number;
}

@ObjectType('Backlog', { description: 'A program’s RevOps backlog: how it is ranked, its teams, requests, capacity and roadmap.' })
export class BacklogModel {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => Int, { description: 'The version of its settings (0 = never saved), for saveBacklogSettings.' })
  settingsVersion: number;

  @Field(() => FrameworkEnum, { description: 'How the teams score requests.' })
  framework: Framework;

  @Field({ description: 'The framework’s formula.' })
  formula: string;

  @Field({ description: 'What each part means.' })
  frameworkDescription: string;

  @Field(() => Float, { description: 'Days a person gives to backlog work in a month.' })
  focusDaysPerPersonMonth: number;

  @Field({ description: 'Whether requests can be filed through the signed inbound webhook.' })
  inboundConfigured: boolean;

  @Field({ description: 'The address the inbound webhook posts to.' })
  inboundUrl: string;

  @Field(() => [RequestTypeModel], { description: 'The request types and their service levels.' })
  types: RequestTypeModel[];

  @Field(() => [BacklogTeamModel], { description: 'The hub and each unit’s spoke, with their open requests.' })
  teams: BacklogTeamModel[];

  @Field(() => Int, { description: 'Open requests past a service level.' })
  breachedCount: number;

  @Field(() => Int, { description: 'Requests awaiting triage.' })
  awaitingTriageCount: number;
}

@ObjectType('CreatedInboundSecret', { description: 'A new signing secret for the inbound webhook, shown this once.' })
export class CreatedInboundSecretModel {
  @Field({ description: 'The secret: sign each inbound body with it.' })
  secret: string;

  @Field(() => BacklogModel, { description: 'The backlog with the webhook configured.' })
  backlog: BacklogModel;
}
