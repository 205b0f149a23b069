import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { UnitKind } from '@rollout/domain';
import { patchInput } from '../../common/graphql/patch.js';
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

@InputType('UpdateUnitInput', { description: patchInput('New values for an organization unit.') })
export class UpdateUnitInput {
  @Field(() => ID, { description: 'The unit to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw; a stale one is refused with CONFLICT.' })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Display name (1–120 characters); cannot be cleared.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Unique code: 2–20 capital letters, digits or dashes; cannot be cleared.' })
  code?: string | null;

  @Field(() => UnitKindEnum, { nullable: true, description: 'Kind of unit; cannot be cleared.' })
  kind?: UnitKind | null;

  @Field(() => ID, { nullable: true, description: 'Parent unit; null makes it a top-level unit.' })
  parentId?: string | null;
}
