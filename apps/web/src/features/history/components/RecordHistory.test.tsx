import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anAuditEntry, anId } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { RecordHistoryQuery, RECORD_HISTORY_LIMIT } from '../hooks/useRecordHistory';
import { RecordHistory } from './RecordHistory';

function historyMock(recordId: string, entries: ReturnType<typeof anAuditEntry>[]) {
  return {
    request: { query: RecordHistoryQuery, variables: { recordType: 'program' as const, recordId, first: RECORD_HISTORY_LIMIT } },
    result: { data: { recordHistory: entries } },
  };
}

function renderHistory(entries: ReturnType<typeof anAuditEntry>[]) {
  const programId = anId();
  return renderWithApp(<RecordHistory recordType="program" recordId={programId} />, { route: '/programs/x', mocks: [historyMock(programId, entries)] });
}

describe('RecordHistory', () => {
  it('reads each entry as a sentence: who, what, the record by name, then each change', async () => {
    renderHistory([
      anAuditEntry({
        recordType: 'program_unit',
        actor: { name: 'Lena Fischer' },
        changes: [{ field: 'status', from: 'preparing', to: 'blocked' }],
        action: 'updated',
        subject: 'US West',
        suffix: 'in the rollout',
        details: ['changed the status from Preparing to Blocked', 'changed the note to “No sandbox access to the CRM yet.”'],
      }),
    ]);

    const entry = await screen.findByTestId('history-entry');
    expect(entry.textContent).toContain('Lena Fischer updated US West in the rollout');
    expect(within(entry).getByText('US West').tagName).toBe('SPAN');
    expect(within(entry).getByText('Changed the status from Preparing to Blocked')).toBeTruthy();
    expect(within(entry).getByText('Changed the note to “No sandbox access to the CRM yet.”')).toBeTruthy();
    // Ids and enum keys the entry carries for the cache are never shown.
    expect(entry.textContent).not.toMatch(/preparing|blocked/);
  });

  it('lists changes newest first, names the system when no one made the change, and lists added units by name', async () => {
    renderHistory([
      anAuditEntry({ id: '1', operation: 'insert', actor: null, action: 'created the program', subject: 'Global rollout' }),
      anAuditEntry({ id: '2', operation: 'insert', recordType: 'program_member', action: 'added', subject: 'Erin Walsh', suffix: 'as Steering committee' }),
      anAuditEntry({
        id: '3',
        action: 'updated the pilot',
        subject: 'UK lead routing',
        details: ['added France & Benelux and Australia & New Zealand as comparison units'],
      }),
    ]);

    const entries = await screen.findAllByTestId('history-entry');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      expect.stringContaining('Priya Shah updated the pilot UK lead routing'),
      expect.stringContaining('Priya Shah added Erin Walsh as Steering committee'),
      expect.stringContaining('System created the program Global rollout'),
    ]);
    expect(within(entries[0] as HTMLElement).getByText('Added France & Benelux and Australia & New Zealand as comparison units')).toBeTruthy();
  });

  it('shows when, relative, with the exact time on hover', async () => {
    const at = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString();
    const { user } = renderHistory([anAuditEntry({ at, details: ['changed the status from On track to At risk'] })]);

    const time = await screen.findByText('3 days ago');
    expect(time.getAttribute('datetime')).toBe(at);
    await user.hover(time);
    const exact = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
    expect(await screen.findByText(exact)).toBeTruthy();
    expect(screen.getByText('Changed the status from On track to At risk')).toBeTruthy();
  });

  it('shows the latest eight changes and the rest on request', async () => {
    const entries = Array.from({ length: 11 }, (_, index) =>
      anAuditEntry({ id: String(index + 1), details: [`changed the sponsor from Sponsor ${index} to Sponsor ${index + 1}`] }),
    );
    const { user } = renderHistory(entries);

    expect(await screen.findAllByTestId('history-entry')).toHaveLength(8);
    expect(screen.getByText('Changed the sponsor from Sponsor 10 to Sponsor 11')).toBeTruthy();
    expect(screen.queryByText('Changed the sponsor from Sponsor 0 to Sponsor 1')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Show all 11 changes' }));
    expect(screen.getAllByTestId('history-entry')).toHaveLength(11);
    expect(screen.getByText('Changed the sponsor from Sponsor 0 to Sponsor 1')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(screen.getAllByTestId('history-entry')).toHaveLength(8);
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
