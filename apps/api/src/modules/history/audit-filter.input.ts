import { Field, ID, InputType } from '@nestjs/graphql';
import { AuditRecordTypeEnum } from './history.enums.js';
import type { AuditRecordType } from '../../database/audited-tables.js';

@InputType('AuditLogFilter', { description: 'Narrow the audit log.' })
export class AuditLogFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only changes made by this user.' })
  actorId?: string | null;

  @Field(() => AuditRecordTypeEnum, { nullable: true, description: 'Only this kind of record.' })
  recordType?: AuditRecordType | null;

  @Field(() => String, { nullable: true, description: 'From this day (YYYY-MM-DD, inclusive, UTC).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to this day (YYYY-MM-DD, inclusive, UTC).' })
  to?: string | null;
}
