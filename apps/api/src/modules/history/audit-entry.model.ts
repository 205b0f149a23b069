import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AuditOperationEnum, AuditRecordTypeEnum } from './history.enums.js';
import type { AuditRecordType } from '../../database/audited-tables.js';
import type { AuditOperation } from './history.repository.js';

@ObjectType('FieldChange', { description: 'One field of a record that changed.' })
export class FieldChangeModel {
  @Field({ description: 'Field name (camelCase, as in the API).' })
  field: string;

  @Field(() => String, { nullable: true, description: 'Value before, as text (JSON for non-text values); null when empty.' })
  from: string | null;

  @Field(() => String, { nullable: true, description: 'Value after, as text (JSON for non-text values); null when empty.' })
  to: string | null;
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

  @Field(() => [FieldChangeModel], { description: 'Changed fields; for a creation, every initial value.' })
  changes: FieldChangeModel[];
}

@ObjectType('AuditEntryConnection', { description: 'One page of the audit log, newest first.' })
export class AuditEntryConnectionModel {
  @Field(() => [AuditEntryModel], { description: 'Entries on this page.' })
  nodes: AuditEntryModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  endCursor: string | null;
}
