import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RequestStatus } from '@rollout/domain';
import { RequestStatusEnum } from './backlog.enums.js';

// What the backlog plans: each team's capacity against its committed work, the roadmap, and what
// the RevOps function is delivering across programs.

@ObjectType('TeamMonthLoad', { description: 'A team’s committed work against its capacity in one month.' })
export class TeamMonthLoadModel {
  @Field({ description: 'The month’s first day, YYYY-MM-01.' })
  month: string;

  @Field(() => Float, { description: 'Person-days available: planned people × focus days.' })
  capacityDays: number;

  @Field(() => Float, { description: 'Person-days of committed and in-progress work planned in the month.' })
  committedDays: number;

  @Field(() => Int, { nullable: true, description: 'Committed ÷ capacity, in percent; null without capacity.' })
  loadPercent: number | null;

  @Field({ description: 'More work than capacity.' })
  overCommitted: boolean;
}

@ObjectType('TeamCapacity', { description: 'A team’s capacity against demand, month by month.' })
export class TeamCapacityModel {
  @Field({ description: '`hub` or the spoke’s unit id.' })
  teamKey: string;

  @Field({ description: 'The team’s name.' })
  teamName: string;

  @Field(() => Float, { description: 'Planned people (the design’s headcount).' })
  heads: number;

  @Field(() => [TeamMonthLoadModel], { description: 'Month by month.' })
  months: TeamMonthLoadModel[];

  @Field({ description: 'How it stands, in a sentence (over-commitment first).' })
  sentence: string;

  @Field(() => [String], { description: 'The staffing guidance for this team, from the design’s headcount review.' })
  guidance: string[];
}

@ObjectType('RoadmapItem', { description: 'A committed request on the roadmap.' })
export class RoadmapItemModel {
  @Field(() => ID, { description: 'The request.' })
  requestId: string;

  @Field({ description: 'Its label: "REQ-12".' })
  label: string;

  @Field({ description: 'The problem.' })
  problem: string;

  @Field({ description: 'Its type.' })
  typeName: string;

  @Field({ description: 'The unit it is for.' })
  unitName: string;

  @Field({ description: 'The team that owns it: "Hub" or the spoke’s unit.' })
  teamName: string;

  @Field({ description: 'The month planned, YYYY-MM-01.' })
  plannedMonth: string;

  @Field(() => RequestStatusEnum, { description: 'Committed, in progress or delivered.' })
  status: RequestStatus;

  @Field(() => Float, { nullable: true, description: 'Its effort in person-days.' })
  effortDays: number | null;

  @Field(() => Int, { description: 'How many people asked for it.' })
  requesterCount: number;
}

@ObjectType('RoadmapQuarter', { description: 'A quarter of a team’s roadmap.' })
export class RoadmapQuarterModel {
  @Field({ description: '"2027 Q1".' })
  quarter: string;

  @Field(() => [RoadmapItemModel], { description: 'Its items by month.' })
  items: RoadmapItemModel[];
}

@ObjectType('RoadmapLane', { description: 'One team’s roadmap.' })
export class RoadmapLaneModel {
  @Field({ description: '`hub` or the spoke’s unit id.' })
  teamKey: string;

  @Field({ description: 'The team’s name.' })
  teamName: string;

  @Field(() => [RoadmapQuarterModel], { description: 'Quarter by quarter.' })
  quarters: RoadmapQuarterModel[];
}

@ObjectType('ProgramDelivery', { description: 'What a program’s RevOps function is delivering this quarter and next.' })
export class ProgramDeliveryModel {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field({ description: 'Its name.' })
  programName: string;

  @Field(() => Int, { description: 'Requests committed to these quarters, not started.' })
  committed: number;

  @Field(() => Int, { description: 'Requests in progress.' })
  inProgress: number;

  @Field(() => Int, { description: 'Requests delivered.' })
  delivered: number;

  @Field(() => [RoadmapItemModel], { description: 'Its first items by month (at most six; the counts cover all), each naming its team.' })
  items: RoadmapItemModel[];
}
