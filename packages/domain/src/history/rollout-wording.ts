import type { AuditEntryFacts, AuditNameOf, AuditRecordFacts, DescribedAuditEntry } from './history.types.js';
import { formatAuditValue, UNKNOWN_NAMES } from './audit-values.js';

// The history's words for the roll-out: the plan, its waves, the units in them and their moves.

export type RolloutRecordType = 'rollout_plan' | 'rollout_wave' | 'wave_unit' | 'wave_unit_move';

/** Fields of roll-out records that the sentence says already, or that are bookkeeping. */
export const ROLLOUT_HIDDEN_FIELDS: readonly string[] = ['planId', 'waveUnitId', 'movedById', 'fromStage', 'toStage', 'baselines'];

/** The plan by its program ("Global RevOps"), a wave by its name, a unit in a wave by the unit, a move by unit and wave ("Nordics in Wave 1"). */
export function rolloutRecordLabel(recordType: RolloutRecordType, facts: AuditRecordFacts): string {
  switch (recordType) {
    case 'rollout_plan':
      return facts.name ?? UNKNOWN_NAMES.program;
    case 'rollout_wave':
      return facts.name ?? UNKNOWN_NAMES.rolloutWave;
    case 'wave_unit':
      return facts.unitName ?? UNKNOWN_NAMES.unit;
    case 'wave_unit_move':
      return `${facts.unitName ?? UNKNOWN_NAMES.unit} in ${facts.name ?? UNKNOWN_NAMES.rolloutWave}`;
  }
}

type Said = (action: string, subject: string | null, suffix?: string | null, details?: string[]) => DescribedAuditEntry;

/** The sentence for a roll-out record: "moved Nordics in Wave 1 from Ready to Live", "added Nordics to Wave 1". */
export function describeRolloutEntry(recordType: RolloutRecordType, entry: AuditEntryFacts, label: string, lines: string[], nameOf: AuditNameOf, said: Said): DescribedAuditEntry {
  const change = (field: string) => entry.changes.find((candidate) => candidate.field === field);
  switch (recordType) {
    case 'rollout_plan':
      if (entry.operation === 'insert') return said('made the roll-out plan of', label, `from the pilot ${formatAuditValue('pilotId', change('pilotId')?.to, nameOf)}`, []);
      return said(entry.operation === 'delete' ? 'removed the roll-out plan of' : 'changed the roll-out plan of', label);
    case 'rollout_wave':
      return said(entry.operation === 'insert' ? 'planned the wave' : entry.operation === 'delete' ? 'removed the wave' : 'changed the wave', label);
    case 'wave_unit': {
      const wave = change('waveId');
      const waveName = (side: unknown) => formatAuditValue('waveId', side, nameOf);
      if (entry.operation === 'insert') return said('added', label, `to ${waveName(wave?.to)}`, []);
      if (entry.operation === 'delete') return said('removed', label, 'from the roll-out', []);
      if (wave) return said('moved', label, `from ${waveName(wave.from)} to ${waveName(wave.to)}`, []);
      return said('updated the readiness of', label);
    }
    case 'wave_unit_move': {
      const from = formatAuditValue('fromStage', change('fromStage')?.to, nameOf);
      const to = formatAuditValue('toStage', change('toStage')?.to, nameOf);
      return said('moved', label, `from ${from} to ${to}`, lines.filter((line) => !line.startsWith('Went live before ready: No')));
    }
  }
}
