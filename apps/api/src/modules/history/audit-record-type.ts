/** Audited record kinds and the tables behind them. */
export const AUDIT_TABLES = {
  program: 'program',
  program_unit: 'program_unit',
  program_member: 'program_member',
  unit: 'unit',
  user: 'app_user',
  unit_assignment: 'user_unit',
  pilot: 'pilot',
  success_metric: 'success_metric',
  measurement: 'measurement',
  check_in: 'check_in',
  gate_review: 'gate_review',
  lesson: 'lesson',
} as const;
export type AuditRecordType = keyof typeof AUDIT_TABLES;
export const AUDIT_RECORD_TYPES = Object.keys(AUDIT_TABLES) as AuditRecordType[];

export const AUDIT_OPERATIONS = ['insert', 'update', 'delete'] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];
