import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anAuditEntry, anId, aUnit } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { HistoryUnitNamesQuery, RecordHistoryQuery, RECORD_HISTORY_LIMIT } from '../hooks/useRecordHistory';
import { RecordHistory, type RecordHistoryNameMaps } from './RecordHistory';

function historyMock(recordId: string, entries: ReturnType<typeof anAuditEntry>[]) {
  return {
    request: { query: RecordHistoryQuery, variables: { recordType: 'program' as const, recordId, first: RECORD_HISTORY_LIMIT } },
    result: { data: { recordHistory: entries } },
  };
}

function renderHistory(entries: ReturnType<typeof anAuditEntry>[], names: RecordHistoryNameMaps = {}, extraMocks: MockLink.MockedResponse[] = []) {
  const programId = anId();
  return renderWithApp(<RecordHistory recordType="program" recordId={programId} names={names} />, {
    route: '/programs/x',
    mocks: [historyMock(programId, entries), ...extraMocks],
  });
}

describe('RecordHistory', () => {
  it('names the unit and shows a status change with the domain labels', async () => {
    const programUnitId = anId();
    renderHistory(
      [
        anAuditEntry({
          recordType: 'program_unit',
          recordId: programUnitId,
          actor: { name: 'Lena Fischer' },
          changes: [
            { field: 'note', from: '', to: 'No sandbox access to the CRM yet.' },
            { field: 'status', from: 'preparing', to: 'blocked' },
          ],
        }),
      ],
      { programUnits: new Map([[programUnitId, 'US West']]) },
    );

    const entry = await screen.findByTestId('history-entry');
    expect(entry.textContent).toContain('Lena Fischer updated US West');
    expect(within(entry).getByText('Status: Preparing → Blocked')).toBeTruthy();
    expect(within(entry).getByText('Note: “No sandbox access to the CRM yet.”')).toBeTruthy();
  });

  it('shows program changes with labels and readable dates, newest first, and names members', async () => {
    const erinId = anId();
    renderHistory(
      [
        anAuditEntry({ id: '1', operation: 'insert', actor: null, changes: [{ field: 'name', from: null, to: 'Global rollout' }] }),
        anAuditEntry({
          id: '2',
          operation: 'insert',
          recordType: 'program_member',
          recordId: erinId,
          changes: [{ field: 'role', from: null, to: 'steering' }, { field: 'userId', from: null, to: erinId }],
        }),
        anAuditEntry({
          id: '3',
          actor: { name: 'Priya Shah' },
          changes: [
            { field: 'phase', from: 'design', to: 'pilot' },
            { field: 'targetDate', from: '2027-03-31', to: '2027-04-30' },
            { field: 'targetModel', from: 'undecided', to: 'hub_and_spoke' },
          ],
        }),
      ],
      { users: new Map([[erinId, 'Erin Walsh']]) },
    );

    const entries = await screen.findAllByTestId('history-entry');
    expect(entries).toHaveLength(3);
    const newest = within(entries[0] as HTMLElement);
    expect(entries[0]?.textContent).toContain('Priya Shah updated the program');
    expect(newest.getByText('Phase: Design → Pilot')).toBeTruthy();
    expect(newest.getByText('Target date: Mar 31, 2027 → Apr 30, 2027')).toBeTruthy();
    expect(newest.getByText('Target model: Not yet chosen → Hub-and-spoke')).toBeTruthy();
    expect(entries[1]?.textContent).toContain('Priya Shah added Erin Walsh as Steering committee');
    expect(entries[2]?.textContent).toContain('System created the program');
  });

  it('shows when, relative, with the exact time on hover', async () => {
    const at = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString();
    const { user } = renderHistory([anAuditEntry({ at, changes: [{ field: 'status', from: 'on_track', to: 'at_risk' }] })]);

    const time = await screen.findByText('3 days ago');
    expect(time.getAttribute('datetime')).toBe(at);
    await user.hover(time);
    const exact = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
    expect(await screen.findByText(exact)).toBeTruthy();
    expect(screen.getByText('Status: On track → At risk')).toBeTruthy();
  });

  it('shows the latest eight changes and the rest on request', async () => {
    const entries = Array.from({ length: 11 }, (_, index) =>
      anAuditEntry({ id: String(index + 1), changes: [{ field: 'sponsor', from: `Sponsor ${index}`, to: `Sponsor ${index + 1}` }] }),
    );
    const { user } = renderHistory(entries);

    expect(await screen.findAllByTestId('history-entry')).toHaveLength(8);
    expect(screen.getByText('Sponsor: Sponsor 10 → Sponsor 11')).toBeTruthy();
    expect(screen.queryByText('Sponsor: Sponsor 0 → Sponsor 1')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Show all 11 changes' }));
    expect(screen.getAllByTestId('history-entry')).toHaveLength(11);
    expect(screen.getByText('Sponsor: Sponsor 0 → Sponsor 1')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(screen.getAllByTestId('history-entry')).toHaveLength(8);
  });

  it('looks up units that are no longer on the page by the id the history recorded', async () => {
    const nordics = aUnit({ name: 'Nordics' });
    const programUnitId = anId();
    renderHistory(
      [
        anAuditEntry({ id: '1', operation: 'insert', recordType: 'program_unit', recordId: programUnitId, changes: [{ field: 'unitId', from: null, to: nordics.id }, { field: 'status', from: null, to: 'not_started' }] }),
        anAuditEntry({ id: '2', operation: 'delete', recordType: 'program_unit', recordId: programUnitId, changes: [{ field: 'unitId', from: nordics.id, to: null }] }),
      ],
      {},
      [{ request: { query: HistoryUnitNamesQuery }, result: { data: { units: [{ __typename: 'Unit', id: nordics.id, name: 'Nordics' }] } } }],
    );

    await waitFor(() => expect(screen.getAllByText('Nordics')).toHaveLength(2));
    const entries = screen.getAllByTestId('history-entry');
    expect(entries[0]?.textContent).toContain('Priya Shah removed Nordics from the rollout');
    expect(entries[1]?.textContent).toContain('Priya Shah added Nordics to the rollout');
  });

  it('says when nothing has changed yet, and when the history cannot be loaded', async () => {
    const { unmount } = renderHistory([]);
    expect(await screen.findByText('No changes recorded yet.')).toBeTruthy();
    unmount();

    const programId = anId();
    renderWithApp(<RecordHistory recordType="program" recordId={programId} />, {
      mocks: [
        {
          request: { query: RecordHistoryQuery, variables: { recordType: 'program', recordId: programId, first: RECORD_HISTORY_LIMIT } },
          result: graphQLError('FORBIDDEN', 'No.'),
        },
      ],
    });
    expect((await screen.findByRole('alert')).textContent).toContain('You do not have permission to do this.');
  });
});
