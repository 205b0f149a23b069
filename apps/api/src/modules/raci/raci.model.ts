import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RaciErrorKind, RaciValue, RaciWarningKind, RoleSide } from '@rollout/domain';
import { RaciErrorKindEnum, RaciRoleSideEnum, RaciValueEnum, RaciWarningKindEnum } from './raci.enums.js';

@ObjectType('RaciDomain', { description: 'A row of the RACI: a decision domain.' })
export class RaciDomainModel {
  @Field(() => ID, { description: 'Stable id (the defaults have theirs before they are stored).' })
  id: string;

  @Field({ description: 'Domain name, unique in the matrix (any case).' })
  name: string;

  /** Resolved to `activity` by a field resolver. */
  @Field(() => ID, { nullable: true, description: 'The catalog activity the domain links to; null when none.' })
  activityId: string | null;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;
}

@ObjectType('RaciRole', { description: 'A column of the RACI: a role.' })
export class RaciRoleModel {
  @Field(() => ID, { description: 'Stable id (the defaults have theirs before they are stored).' })
  id: string;

  @Field({ description: 'Role name, unique in the matrix (any case).' })
  name: string;

  @Field(() => RaciRoleSideEnum, { description: 'Where the role sits: hub, spoke or either side.' })
  side: RoleSide;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;
}

@ObjectType('RaciCell', { description: 'A filled cell of the RACI; empty cells are not listed.' })
export class RaciCellModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The domain (row).' })
  domainId: string;

  @Field(() => ID, { description: 'The role (column).' })
  roleId: string;

  @Field(() => RaciValueEnum, { description: 'The letter.' })
  value: RaciValue;

  @Field(() => Int, { description: 'Version for optimistic concurrency: send it to change or clear the cell.' })
  version: number;
}

@ObjectType('RaciError', { description: 'A broken rule of one domain; the RACI cannot be final while one stands.' })
export class RaciErrorModel {
  @Field(() => ID, { description: 'The domain.' })
  domainId: string;

  @Field(() => RaciErrorKindEnum, { description: 'Which rule.' })
  kind: RaciErrorKind;

  @Field({ description: 'The error in words, naming the domain and roles.' })
  sentence: string;
}

@ObjectType('RaciWarning', { description: 'A point to discuss on one domain; each is acknowledged before the RACI is final.' })
export class RaciWarningModel {
  @Field({ description: 'Stable while the situation is the same, new when it changes: acknowledge by this key.' })
  key: string;

  @Field(() => ID, { description: 'The domain.' })
  domainId: string;

  @Field(() => RaciWarningKindEnum, { description: 'Which warning.' })
  kind: RaciWarningKind;

  @Field({ description: 'The warning in words, naming the domain, roles and activity.' })
  sentence: string;

  @Field({ description: 'Whether it was acknowledged when the RACI was last marked final.' })
  acknowledged: boolean;
}

@ObjectType('RaciValidation', { description: 'What the RACI’s rules say about it now.' })
export class RaciValidationModel {
  @Field(() => [RaciErrorModel], { description: 'Errors, by domain in matrix order.' })
  errors: RaciErrorModel[];

  @Field(() => [RaciWarningModel], { description: 'Warnings, by domain in matrix order.' })
  warnings: RaciWarningModel[];
}

@ObjectType('Raci', { description: 'A program’s decision rights: domains (rows) × roles (columns), one Accountable and a Responsible per domain.' })
export class RaciModel {
  @Field(() => ID, { description: 'The program’s id: one RACI per program.' })
  id: string;

  @Field(() => [RaciDomainModel], { description: 'Domains, in matrix order.' })
  domains: RaciDomainModel[];

  @Field(() => [RaciRoleModel], { description: 'Roles, in matrix order.' })
  roles: RaciRoleModel[];

  @Field(() => [RaciCellModel], { description: 'Filled cells.' })
  cells: RaciCellModel[];

  @Field(() => RaciValidationModel, { description: 'Errors and warnings, recomputed on every read.' })
  validation: RaciValidationModel;

  @Field({ description: 'Whether the RACI is marked final; a final RACI refuses changes until reopened.' })
  final: boolean;

  @Field(() => [String], { description: 'Keys of the warnings acknowledged when it was last marked final.' })
  acknowledgedWarningKeys: string[];

  @Field(() => Date, { nullable: true, description: 'When it was marked final; null while it is not.' })
  markedFinalAt: Date | null;

  /** Resolved to `markedFinalBy` by a field resolver. */
  markedFinalById: string | null;

  @Field(() => Int, { description: 'Version of the whole matrix, moved by every change: marking final or reopening names it.' })
  version: number;
}
