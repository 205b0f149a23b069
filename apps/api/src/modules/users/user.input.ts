import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { Role } from '@rollout/domain';
import { patchInput } from '../../common/graphql/patch.js';
import { RoleEnum } from './users.enums.js';

@InputType('CreateUserInput', { description: 'A new user account (admins only).' })
export class CreateUserInput {
  @Field({ description: 'Sign-in email; unique.' })
  email: string;

  @Field({ description: 'Display name.' })
  name: string;

  @Field(() => RoleEnum, { description: 'Role.' })
  role: Role;

  @Field(() => [ID], { nullable: true, description: 'Units a regional partner reports on (required for partners).' })
  unitIds?: string[] | null;

  @Field({ description: 'Initial password (12+ characters); share it safely, the user can change it.' })
  password: string;
}

@InputType('UpdateUserInput', { description: patchInput('New name, role and units for a user (admins only).') })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Display name; cannot be cleared.' })
  name?: string | null;

  @Field(() => RoleEnum, { nullable: true, description: 'Role; cannot be cleared.' })
  role?: Role | null;

  @Field(() => [ID], { nullable: true, description: 'Units a regional partner reports on; null clears them (other roles have none).' })
  unitIds?: string[] | null;
}
