import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { OperatingModel, ProgramPhase, ProgramStatus } from '@rollout/domain';
import { OperatingModelEnum, ProgramPhaseEnum, ProgramStatusEnum } from './programs.enums.js';

@ObjectType('Program', { description: 'A RevOps transformation program: Assess → Align → Design → Pilot → Scale → Govern.' })
export class ProgramModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Program name.' })
  name: string;

  @Field({ description: 'What the program should achieve, in plain words.' })
  objective: string;

  @Field(() => OperatingModelEnum, { description: 'Target operating model.' })
  targetModel: OperatingModel;

  @Field({ description: 'Executive sponsor.' })
  sponsor: string;

  /** Resolved to `owner` by a field resolver. */
  ownerId: string;

  @Field({ description: 'Start date, YYYY-MM-DD.' })
  startDate: string;

  @Field({ description: 'Target completion date, YYYY-MM-DD.' })
  targetDate: string;

  @Field(() => ProgramPhaseEnum, { description: 'Current phase.' })
  phase: ProgramPhase;

  @Field(() => ProgramStatusEnum, { description: 'Overall status.' })
  status: ProgramStatus;

  @Field({ description: 'True once archived; archived programs are hidden by default and read-only.' })
  archived: boolean;

  @Field(() => Int, { description: 'Version for optimistic concurrency; send it back as expectedVersion.' })
  version: number;

  @Field({ description: 'When the program was created.' })
  createdAt: Date;

  @Field({ description: 'When the program last changed.' })
  updatedAt: Date;
}

@ObjectType('PageInfo', { description: 'Where a page of a list ends.' })
export class PageInfoModel {
  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor: string | null;

  @Field({ description: 'True when more items follow.' })
  hasNextPage: boolean;
}

@ObjectType('ProgramConnection', { description: 'One page of programs.' })
export class ProgramConnectionModel {
  @Field(() => [ProgramModel], { description: 'The programs on this page.' })
  nodes: ProgramModel[];

  @Field(() => PageInfoModel, { description: 'Paging information.' })
  pageInfo: PageInfoModel;

  @Field(() => Int, { description: 'Programs matching the filter, across all pages.' })
  totalCount: number;
}
