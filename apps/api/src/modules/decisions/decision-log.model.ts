import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { DecisionKind, OperatingModel } from '@rollout/domain';
import { OperatingModelEnum } from '../programs/programs.enums.js';
import { PageInfoModel } from '../programs/program.model.js';
import { DecisionKindEnum } from './decisions.enums.js';

@ObjectType('DecisionLogEntry', { description: 'One decision in a program’s decision log, of any kind.' })
export class DecisionLogEntryModel {
  @Field(() => ID, { description: 'The id of the decision’s own record (a gate decision, a model choice).' })
  id: string;

  @Field(() => DecisionKindEnum, { description: 'What kind of decision; says which record `id` names.' })
  kind: DecisionKind;

  @Field({ description: 'The decision in a few words.' })
  title: string;

  @Field({ description: 'Why it was decided.' })
  rationale: string;

  @Field({ description: 'When it was decided.' })
  decidedAt: Date;

  /** Resolved to `decidedBy` by a field resolver. */
  decidedById: string;

  /** Resolved to `pilot` (gate decisions) by a field resolver. */
  pilotId: string | null;

  @Field(() => OperatingModelEnum, { nullable: true, description: 'Model choices: the chosen model.' })
  model: OperatingModel | null;
}

@ObjectType('DecisionLogConnection', { description: 'One page of a program’s decision log, newest first.' })
export class DecisionLogConnectionModel {
  @Field(() => [DecisionLogEntryModel], { description: 'The decisions on this page.' })
  nodes: DecisionLogEntryModel[];

  @Field(() => PageInfoModel, { description: 'Where this page ends.' })
  pageInfo: PageInfoModel;
}
