import { registerEnumType } from '@nestjs/graphql';

/** Audited record kinds and the tables behind them. */
export const AUDIT_TABLES = {
  program: 'program',
  program_unit: 'program_unit',
  program_member: 'program_member',
  unit: 'unit',
  user: 'app_user',
  unit_assignment: 'user_unit',
} as const;
export type AuditRecordType = keyof typeof AUDIT_TABLES;
export type AuditOperation = 'insert' | 'update' | 'delete';

export const AuditRecordTypeEnum = {
  program: 'program',
  program_unit: 'program_unit',
  program_member: 'program_member',
  unit: 'unit',
  user: 'user',
  unit_assignment: 'unit_assignment',
} as const;
export const AuditOperationEnum = { insert: 'insert', update: 'update', delete: 'delete' } as const;

registerEnumType(AuditRecordTypeEnum, {
  name: 'AuditRecordType',
  description: 'Kind of audited record.',
  valuesMap: {
    program: { description: 'A program.' },
    program_unit: { description: 'A unit’s rollout status in a program.' },
    program_member: { description: 'A user’s role in a program.' },
    unit: { description: 'An organization unit.' },
    user: { description: 'A user account.' },
    unit_assignment: { description: 'A regional partner’s assignment to a unit.' },
  },
});
registerEnumType(AuditOperationEnum, {
  name: 'AuditOperation',
  description: 'What happened to the record.',
  valuesMap: {
    insert: { description: 'Created.' },
    update: { description: 'Changed.' },
    delete: { description: 'Deleted.' },
  },
});
