import { describe, expect, it } from 'vitest';
import { foldAuditBursts, type BurstKey } from './audit-bursts';

const priya = { id: 'priya' };
const entry = (id: string, overrides: Partial<BurstKey> = {}): BurstKey => ({
  id,
  at: '2026-11-30T17:00:00.000Z',
  operation: 'insert',
  recordType: 'measurement',
  action: 'imported a value for',
  actor: priya,
  program: { id: 'hub' },
  ...overrides,
});
const shape = (lines: ReturnType<typeof foldAuditBursts<BurstKey>>) => lines.map((line) => (line.kind === 'entry' ? line.entry.id : line.entries.map((one) => one.id)));

describe('foldAuditBursts', () => {
  it('folds three or more like entries of one moment into a burst, keeping the order around it', () => {
    const lines = foldAuditBursts([entry('check-in', { recordType: 'check_in', action: 'submitted the check-in of' }), entry('a'), entry('b'), entry('c'), entry('later', { at: '2026-11-23T17:00:00.000Z' })]);
    expect(shape(lines)).toEqual(['check-in', ['a', 'b', 'c'], 'later']);
  });

  it('leaves two like entries as they are, and never folds across people, programs or kinds of change', () => {
    expect(shape(foldAuditBursts([entry('a'), entry('b')]))).toEqual(['a', 'b']);
    const mixed = [entry('a'), entry('b', { actor: { id: 'marco' } }), entry('c', { program: { id: 'cs' } }), entry('d', { operation: 'update' })];
    expect(shape(foldAuditBursts(mixed))).toEqual(['a', 'b', 'c', 'd']);
  });
});
