import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '@rollout/domain';
import { RoleEnum } from './users.enums.js';

@ObjectType('User', { description: 'A person who signs in to Rollout.' })
export class UserModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Sign-in email, lower-case.' })
  email: string;

  @Field({ description: 'Display name.' })
  name: string;

  @Field(() => RoleEnum, { description: 'What the user may do.' })
  role: Role;

  @Field({ description: 'False once deactivated: cannot sign in.' })
  active: boolean;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;
}
