import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { UnitKind } from '@rollout/domain';
import { UnitKindEnum } from './units.enums.js';

@InputType('CreateUnitInput', { description: 'A new organization unit.' })
export class CreateUnitInput {
  @Field({ description: 'Display name (1–120 characters).' })
  name: string;

  @Field({ description: 'Unique code: 2–20 capital letters, digits or dashes.' })
  code: string;

  @Field(() => UnitKindEnum, { description: 'Kind of unit.' })
  kind: UnitKind;

  @Field(() => ID, { nullable: true, description: 'Parent unit; omit for a top-level unit.' })
  parentId?: string | null;
}

@InputType('UpdateUnitInput', { description: 'New values for an organization unit.' })
export class UpdateUnitInput extends CreateUnitInput {
  @Field(() => ID, { description: 'The unit to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw; a stale one is refused with CONFLICT.' })
  expectedVersion: number;
}
