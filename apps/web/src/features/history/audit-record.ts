import type { AuditRecordTypeKey } from './format-change';

/** Which unit and program a rollout unit (program_unit) is, as its creation recorded them. */
export interface RolloutUnitRef {
  unitId: string | null;
  programId: string | null;
}

/** Names the audit log can show for ids, from lookups loaded beside it. */
export interface AuditLogNames {
  users: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
  programs: ReadonlyMap<string, string>;
  /** Rollout units seen in loaded entries, so later status changes can name their unit and program. */
  rolloutUnits?: ReadonlyMap<string, RolloutUnitRef>;
}

/** A name for any id the lookups know (people, units, programs). */
export function nameLookup(names: AuditLogNames): (id: string) => string | undefined {
  return (id) => names.users.get(id) ?? names.units.get(id) ?? names.programs.get(id);
}

export interface AuditEntryShape {
  recordType: AuditRecordTypeKey;
  recordId: string;
  changes: readonly { field: string; from?: string | null; to?: string | null }[];
}

export interface RecordDescription {
  /** The record's name, when it can be found. */
  name: string | null;
  /** Where the record can be opened. */
  href: string | null;
  /** The program the record belongs to (unit statuses, members), when the entry names it. */
  program: { id: string; name: string } | null;
}

function value(entry: AuditEntryShape, field: string): string | null {
  const change = entry.changes.find((item) => item.field === field);
  return change ? (change.to ?? change.from ?? null) : null;
}

/**
 * What record an entry is about, in words. Creations and deletions carry the record's fields (e.g.
 * `name`, `unitId`, `programId`); plain updates only their changed fields, so then the lookups decide.
 */
export function describeRecord(entry: AuditEntryShape, names: AuditLogNames): RecordDescription {
  const known = entry.recordType === 'program_unit' ? names.rolloutUnits?.get(entry.recordId) : undefined;
  const programOf = (): RecordDescription['program'] => {
    const programId = value(entry, 'programId') ?? known?.programId ?? null;
    return programId ? { id: programId, name: names.programs.get(programId) ?? 'a program' } : null;
  };
  switch (entry.recordType) {
    case 'program':
      return {
        name: names.programs.get(entry.recordId) ?? value(entry, 'name'),
        href: `/programs/${entry.recordId}`,
        program: null,
      };
    case 'unit':
      return { name: names.units.get(entry.recordId) ?? value(entry, 'name'), href: null, program: null };
    case 'user':
      return { name: names.users.get(entry.recordId) ?? value(entry, 'name'), href: null, program: null };
    case 'program_member':
      // A membership is keyed by its user.
      return { name: names.users.get(entry.recordId) ?? null, href: null, program: programOf() };
    case 'unit_assignment':
      return { name: names.users.get(entry.recordId) ?? null, href: null, program: null };
    case 'program_unit': {
      const unitId = value(entry, 'unitId') ?? known?.unitId ?? null;
      return { name: (unitId && names.units.get(unitId)) || null, href: null, program: programOf() };
    }
    case 'pilot':
      return { name: value(entry, 'name'), href: entry.changes.length > 0 ? `/pilots/${entry.recordId}` : null, program: programOf() };
    case 'success_metric':
      return { name: value(entry, 'name'), href: null, program: programOf() };
    case 'check_in':
    case 'measurement': {
      const unitId = value(entry, 'unitId');
      return { name: (unitId && names.units.get(unitId)) || null, href: null, program: programOf() };
    }
    case 'decision':
      return { name: null, href: null, program: programOf() };
    case 'lesson':
      return { name: value(entry, 'capability'), href: null, program: programOf() };
    case 'organization':
      return { name: value(entry, 'name'), href: null, program: null };
    case 'phase_change':
      return { name: null, href: null, program: programOf() };
    case 'measurement_import':
      return { name: value(entry, 'fileName'), href: null, program: null };
  }
}

/** Rollout units (program_unit) whose creation or deletion is among these entries, by record id. */
export function rolloutUnitRefs(entries: readonly AuditEntryShape[]): Map<string, RolloutUnitRef> {
  const refs = new Map<string, RolloutUnitRef>();
  for (const entry of entries) {
    if (entry.recordType !== 'program_unit') continue;
    const unitId = value(entry, 'unitId');
    const programId = value(entry, 'programId');
    if (unitId || programId) refs.set(entry.recordId, { unitId, programId });
  }
  return refs;
}
