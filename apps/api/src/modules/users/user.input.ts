import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { Role } from '@rollout/domain';
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

@InputType('UpdateUserInput', { description: 'New name, role and units for a user (admins only).' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;

  @Field({ description: 'Display name.' })
  name: string;

  @Field(() => RoleEnum, { description: 'Role.' })
  role: Role;

  @Field(() => [ID], { nullable: true, description: 'Units a regional partner reports on.' })
  unitIds?: string[] | null;
}
