import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { RaciValue, RoleSide } from '@rollout/domain';
import { RaciRoleSideEnum, RaciValueEnum } from './raci.enums.js';

// Every RACI input names its program: a program's default domains and roles have their ids before
// they are stored, and the program is what is locked and checked first.

@InputType('SetRaciCellInput', { description: 'Fills, changes or clears one cell of a program’s RACI (program owner, leads, admins).' })
export class SetRaciCellInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The domain (row).' })
  domainId: string;

  @Field(() => ID, { description: 'The role (column).' })
  roleId: string;

  @Field(() => RaciValueEnum, { nullable: true, description: 'The letter; null or left out clears the cell.' })
  value?: RaciValue | null;

  @Field(() => Int, { nullable: true, description: 'The cell’s version you saw; left out for a cell you saw empty. Sending what the cell already holds needs none.' })
  expectedVersion?: number | null;
}

@InputType('AddRaciDomainInput', { description: 'A domain (row) to add to a program’s RACI.' })
export class AddRaciDomainInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field({ description: 'Domain name (2–120 characters), unique in the matrix.' })
  name: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The catalog activity it links to. Left out: the activity of the same name, else a default domain’s usual activity, else none. Null: none.',
  })
  activityId?: string | null;
}

@InputType('RenameRaciItemInput', { description: 'A new name for a domain or a role of a program’s RACI.' })
export class RenameRaciItemInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The domain or role.' })
  id: string;

  @Field({ description: 'The new name (domains 2–120 characters, roles 2–80), unique in the matrix.' })
  name: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;
}

@InputType('LinkRaciDomainInput', { description: 'Links a RACI domain to a catalog activity, or unlinks it.' })
export class LinkRaciDomainInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The domain.' })
  id: string;

  @Field(() => ID, { nullable: true, description: 'An activity of the program’s catalog; null or left out unlinks the domain.' })
  activityId?: string | null;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;
}

@InputType('RemoveRaciItemInput', { description: 'A domain or a role to remove from a program’s RACI, with its cells.' })
export class RemoveRaciItemInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The domain or role.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;

  @Field(() => Boolean, { nullable: true, description: 'Must be true when filled cells go with it; false when left out.' })
  confirmed?: boolean | null;
}

@InputType('AddRaciRoleInput', { description: 'A role (column) to add to a program’s RACI.' })
export class AddRaciRoleInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field({ description: 'Role name (2–80 characters), unique in the matrix; not “Domain”.' })
  name: string;

  @Field(() => RaciRoleSideEnum, { nullable: true, description: 'Where the role sits; either side when left out.' })
  side?: RoleSide | null;
}

@InputType('SetRaciRoleSideInput', { description: 'Where a RACI role sits: hub, spoke or either side.' })
export class SetRaciRoleSideInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The role.' })
  id: string;

  @Field(() => RaciRoleSideEnum, { description: 'The side.' })
  side: RoleSide;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;
}

@InputType('MarkRaciFinalInput', { description: 'Marks a program’s RACI final: refused while any error stands or any warning is not acknowledged.' })
export class MarkRaciFinalInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => [String], { nullable: true, description: 'Keys of the warnings you acknowledge; none when left out.' })
  acknowledgedWarningKeys?: string[] | null;

  @Field(() => Int, { description: 'The matrix version you saw (Raci.version).' })
  expectedVersion: number;
}

@InputType('ReopenRaciInput', { description: 'Reopens a final RACI so it can change again.' })
export class ReopenRaciInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => Int, { description: 'The matrix version you saw (Raci.version).' })
  expectedVersion: number;
}
