import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DesignVersion', { description: 'A signed-off version of the target design.' })
export class DesignVersionModel {
  @Field(() => Int, { description: 'Its number, from 1.' })
  number: number;

  @Field({ description: 'When the steering committee signed it off.' })
  signedOffAt: Date;

  /** Resolved to `signedOffBy`. */
  signedOffById: string | null;

  @Field({ description: 'Who agreed and on what terms; empty when no note was given.' })
  note: string;

  @Field(() => [String], { description: 'What changed from the version signed off before it, in sentences; empty for the first.' })
  changes: string[];
}

@ObjectType('DesignVersions', { description: 'Where the target design stands: its current version (a draft or signed off), what blocks a sign-off, and every signed-off version with what changed.' })
export class DesignVersionsModel {
  @Field(() => ID, { description: 'The program’s id.' })
  id: string;

  @Field(() => Int, { description: 'The current version’s number; send it back to sign off or to start the next version.' })
  current: number;

  @Field({ description: 'Whether the current version is signed off (frozen: changes need the next version).' })
  signedOff: boolean;

  @Field(() => [String], { description: 'Why the current draft cannot be signed off yet, in sentences; empty when it can (or is signed off).' })
  blockers: string[];

  @Field(() => [String], { description: 'What the current draft changes from the last signed-off version, in sentences; empty when none is signed off or nothing changed.' })
  changesSinceSignOff: string[];

  @Field(() => [DesignVersionModel], { description: 'Signed-off versions, newest first.' })
  versions: DesignVersionModel[];
}
