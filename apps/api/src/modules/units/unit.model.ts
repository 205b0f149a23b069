import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { UnitKind } from '@rollout/domain';
import { UnitKindEnum } from './units.enums.js';

@ObjectType('Unit', { description: 'An organization unit (region, country, business unit, segment…); units form a tree.' })
export class UnitModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Display name, e.g. "DACH".' })
  name: string;

  @Field({ description: 'Short unique code, e.g. "EMEA-DACH".' })
  code: string;

  @Field(() => UnitKindEnum, { description: 'Kind of unit.' })
  kind: UnitKind;

  @Field(() => ID, { nullable: true, description: 'Parent unit; null for a top-level unit.' })
  parentId: string | null;

  @Field({ description: 'True once archived; archived units are hidden by default.' })
  archived: boolean;

  @Field(() => Int, { description: 'Version for optimistic concurrency; send it back as expectedVersion.' })
  version: number;

  @Field({ description: 'When the unit was created.' })
  createdAt: Date;

  @Field({ description: 'When the unit last changed.' })
  updatedAt: Date;
}
