import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AuditOperationEnum, AuditRecordTypeEnum } from './history.enums.js';
import type { AuditOperation } from '@rollout/domain';
import type { AuditRecordType } from '../../database/audited-tables.js';

@ObjectType('FieldChange', { description: 'One field of a record that changed.' })
export class FieldChangeModel {
  @Field({ description: 'Field name (camelCase, as in the API).' })
  field: string;

  @Field(() => String, { nullable: true, description: 'Value before, as text (JSON for non-text values); null when empty.' })
  from: string | null;

  @Field(() => String, { nullable: true, description: 'Value after, as text (JSON for non-text values); null when empty.' })
  to: string | null;
}

@ObjectType('AuditEntryProgram', { description: 'The program an audit entry belongs to.' })
export class AuditEntryProgramModel {
  @Field(() => ID, { description: 'Id of the program.' })
  id: string;

  @Field({ description: 'Name of the program.' })
  name: string;
}

@ObjectType('AuditEntry', { description: 'One recorded change to a record: who, when, what changed from what to what.' })
export class AuditEntryModel {
  @Field(() => ID, { description: 'Stable id; entries are ordered by it.' })
  id: string;

  @Field({ description: 'When the change was committed.' })
  at: Date;

  @Field(() => AuditOperationEnum, { description: 'Created, changed or deleted.' })
  operation: AuditOperation;

  @Field(() => AuditRecordTypeEnum, { description: 'Kind of record.' })
  recordType: AuditRecordType;

  @Field(() => ID, { description: 'Id of the record.' })
  recordId: string;

  /** Resolved to `actor` by a field resolver; null for system changes (seed, migrations). */
  actorId: string | null;

  /** The actor's name, resolved with the entry's other names (for the CSV export); the `actor` field loads the user. */
  actorName: string | null;

  @Field(() => [FieldChangeModel], { description: 'Changed fields; for a creation, every initial value.' })
  changes: FieldChangeModel[];

  @Field({ description: 'What the record is called, e.g. the pilot’s name or "DACH, week of Nov 23, 2026"; never an id.' })
  recordLabel: string;

  @Field(() => AuditEntryProgramModel, { nullable: true, description: 'The program the record belongs to; null for units, accounts and the organization.' })
  program: AuditEntryProgramModel | null;

  @Field({ description: 'What the actor did, e.g. "updated the pilot"; read as "<actor> <action> <subject> <suffix>".' })
  action: string;

  @Field(() => String, { nullable: true, description: 'What it was done to, by name, e.g. "France & Benelux".' })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'Words after the subject, e.g. "to the rollout".' })
  suffix: string | null;

  @Field(() => [String], { description: 'One clause per changed field, with names and labels, e.g. "changed the direction from Lower is better to Higher is better".' })
  details: string[];

  @Field({ description: 'The whole entry as one sentence without who did it: action, subject, suffix, then the details.' })
  summary: string;
}

@ObjectType('AuditEntryConnection', { description: 'One page of the audit log, newest first.' })
export class AuditEntryConnectionModel {
  @Field(() => [AuditEntryModel], { description: 'Entries on this page.' })
  nodes: AuditEntryModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  endCursor: string | null;
}
