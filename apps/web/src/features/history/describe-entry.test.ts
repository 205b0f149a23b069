import { describe, expect, it } from 'vitest';
import { describeEntry, UNKNOWN_USER, type HistoryNames } from './describe-entry';

const names: HistoryNames = {
  unit: (id) => ({ 'unit-dach': 'DACH' })[id],
  user: (id) => ({ 'user-erin': 'Erin Walsh', 'user-daniel': 'Daniel Kim' })[id],
  programUnit: (id) => ({ 'row-dach': 'DACH' })[id],
};

describe('describeEntry', () => {
  it('says what happened to a unit in the rollout, flagging a reported block', () => {
    const updated = describeEntry(
      { operation: 'update', recordType: 'program_unit', recordId: 'row-dach', changes: [{ field: 'blocked', from: 'false', to: 'true' }] },
      names,
    );
    expect(updated).toMatchObject({ action: 'updated', subject: 'DACH', blocked: true });
    expect(updated.lines.map((line) => line.text)).toEqual(['Blocked: No → Yes']);
    // Entries from before stages were derived still read in words.
    const former = describeEntry(
      { operation: 'update', recordType: 'program_unit', recordId: 'row-dach', changes: [{ field: 'status', from: 'piloting', to: 'live' }] },
      names,
    );
    expect(former).toMatchObject({ blocked: false, lines: [{ text: 'Status: Piloting → Live' }] });

    const added = describeEntry(
      {
        operation: 'insert',
        recordType: 'program_unit',
        recordId: 'row-new',
        changes: [
          { field: 'unitId', from: null, to: 'unit-dach' },
          { field: 'blocked', from: null, to: 'false' },
          { field: 'note', from: null, to: '' },
        ],
      },
      names,
    );
    expect(added).toMatchObject({ action: 'added', subject: 'DACH', suffix: 'to the rollout', lines: [] });
  });

  it('shows free text as the new value and says when it was cleared', () => {
    const entry = describeEntry(
      {
        operation: 'update',
        recordType: 'program_unit',
        recordId: 'row-dach',
        changes: [
          { field: 'note', from: 'Old words', to: '' },
          { field: 'status', from: 'blocked', to: 'piloting' },
        ],
      },
      names,
    );
    expect(entry.lines.map((line) => line.text)).toEqual(['Status: Blocked → Piloting', 'Note cleared']);
  });

  it('names members, their roles and the owner by user id', () => {
    expect(
      describeEntry(
        { operation: 'update', recordType: 'program_member', recordId: 'user-daniel', changes: [{ field: 'role', from: 'contributor', to: 'lead' }] },
        names,
      ),
    ).toMatchObject({ action: 'changed the role of', subject: 'Daniel Kim', lines: [{ text: 'Role: Contributor → Lead (manages the program)' }] });
    expect(describeEntry({ operation: 'delete', recordType: 'program_member', recordId: 'user-gone', changes: [] }, names)).toMatchObject({
      action: 'removed',
      subject: UNKNOWN_USER,
      suffix: 'from the program',
    });
    expect(
      describeEntry(
        { operation: 'update', recordType: 'program', recordId: 'p', changes: [{ field: 'ownerId', from: 'user-erin', to: 'user-daniel' }] },
        names,
      ).lines.map((line) => line.text),
    ).toEqual(['Owner: Erin Walsh → Daniel Kim']);
  });

  it('reads archiving and restoring as such', () => {
    const archive = { operation: 'update' as const, recordType: 'program' as const, recordId: 'p' };
    expect(describeEntry({ ...archive, changes: [{ field: 'archivedAt', from: null, to: '2026-11-20T10:00:00+00:00' }] }, names).action).toBe(
      'archived the program',
    );
    expect(describeEntry({ ...archive, changes: [{ field: 'archivedAt', from: '2026-11-20T10:00:00+00:00', to: null }] }, names).action).toBe(
      'restored the program',
    );
  });

  it('tells pilot events in words: status moves, check-ins per unit, corrected values, gate decisions', () => {
    const moved = describeEntry(
      { operation: 'update', recordType: 'pilot', recordId: 'pilot-1', changes: [{ field: 'status', from: 'running', to: 'in_review' }] },
      names,
    );
    expect(moved.action).toBe('updated the pilot');
    expect(moved.lines.map((line) => line.text)).toEqual(['Status: Running → In review']);

    const checkIn = describeEntry(
      {
        operation: 'insert',
        recordType: 'check_in',
        recordId: 'check-1',
        changes: [
          { field: 'unitId', from: null, to: 'unit-dach' },
          { field: 'status', from: null, to: 'amber' },
          { field: 'weekStart', from: null, to: '2026-11-16' },
          { field: 'submittedById', from: null, to: 'user-erin' },
        ],
      },
      names,
    );
    expect(checkIn).toMatchObject({ action: 'submitted the check-in of', subject: 'DACH' });
    expect(checkIn.lines.map((line) => line.field)).toEqual(['status', 'weekStart']);
    expect(checkIn.lines[0]?.text).toBe('Status: Amber');

    const corrected = describeEntry(
      { operation: 'update', recordType: 'measurement', recordId: 'm-1', changes: [{ field: 'value', from: '12', to: '11.5' }] },
      names,
    );
    expect(corrected).toMatchObject({ action: 'corrected a value for', subject: 'a unit' });
    expect(corrected.lines.map((line) => line.text)).toEqual(['Value: 12 → 11.5']);

    const decided = describeEntry(
      { operation: 'insert', recordType: 'decision', recordId: 'g-1', changes: [{ field: 'decision', from: null, to: 'scale' }, { field: 'recommendation', from: null, to: 'scale' }] },
      names,
    );
    expect(decided.action).toBe('recorded a gate decision');
    expect(decided.lines.map((line) => line.text)).toEqual(['Decision: Scale', 'Recommendation: Scale']);
  });

  it('reads phase changes, uploaded measurement files and the organization as sentences, with labels instead of stored values', () => {
    const moved = describeEntry(
      {
        operation: 'insert',
        recordType: 'phase_change',
        recordId: 'change-1',
        changes: [
          { field: 'programId', from: null, to: 'program-1' },
          { field: 'fromPhase', from: null, to: 'assess' },
          { field: 'toPhase', from: null, to: 'align' },
          { field: 'reason', from: null, to: 'Assessment signed off' },
          { field: 'changedById', from: null, to: 'user-erin' },
        ],
      },
      names,
    );
    expect(moved).toMatchObject({ action: 'moved the program to', subject: 'Align' });
    expect(moved.lines.map((line) => line.text)).toEqual(['From phase: Assess', 'Reason: “Assessment signed off”']);

    const uploaded = describeEntry(
      {
        operation: 'insert',
        recordType: 'measurement_import',
        recordId: 'import-1',
        changes: [
          { field: 'fileName', from: null, to: 'march.xlsx' },
          { field: 'format', from: null, to: 'xlsx' },
          { field: 'status', from: null, to: 'uploaded' },
          { field: 'sha256', from: null, to: 'ab12' },
        ],
      },
      names,
    );
    expect(uploaded).toMatchObject({ action: 'uploaded', subject: 'march.xlsx', suffix: 'to import measured values' });
    expect(uploaded.lines.map((line) => line.text)).toEqual(['Status: Uploaded, not imported yet', 'File type: Excel (XLSX)']);
    const committed = describeEntry(
      { operation: 'update', recordType: 'measurement_import', recordId: 'import-1', changes: [{ field: 'status', from: 'running', to: 'committed' }, { field: 'rowsWritten', from: '0', to: '120' }] },
      names,
    );
    expect(committed.lines.map((line) => line.text)).toEqual(['Status: Running → Imported', 'Rows written: 0 → 120']);

    const renamed = describeEntry({ operation: 'update', recordType: 'organization', recordId: 'org-1', changes: [{ field: 'name', from: 'Acme', to: 'Acme Group' }] }, names);
    expect(renamed).toMatchObject({ action: 'updated the organization', lines: [{ field: 'name', text: 'Name: Acme → Acme Group' }] });
  });
});
