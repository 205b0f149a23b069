import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, anId } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import type { AuditRecordTypeKey } from '../format-change';
import { AUDIT_LOG_PAGE_SIZE, AuditLogLookupsQuery, AuditLogQuery } from '../hooks/useAuditLog';
import { AuditLogPage } from './AuditLogPage';

const admin = aCurrentUser({ role: 'admin', name: 'Ada Okafor' });
const marco = { __typename: 'User' as const, id: anId(), name: 'Marco Rossi', email: 'marco.rossi@northwind.example' };
const priya = { __typename: 'User' as const, id: anId(), name: 'Priya Shah', email: 'priya.shah@northwind.example' };
const dach = { __typename: 'Unit' as const, id: anId(), name: 'DACH', code: 'EMEA-DACH' };
const program = { __typename: 'Program' as const, id: anId(), name: 'EMEA hub-and-spoke rollout' };

let entrySequence = 1000;
function anEntry(
  overrides: Partial<{
    operation: 'insert' | 'update' | 'delete';
    recordType: AuditRecordTypeKey;
    recordId: string;
    actor: { id: string; name: string } | null;
    changes: { field: string; from: string | null; to: string | null }[];
    at: string;
  }> = {},
) {
  entrySequence -= 1;
  return {
    __typename: 'AuditEntry' as const,
    id: String(entrySequence),
    at: overrides.at ?? '2026-03-02T10:15:00.000Z',
    operation: overrides.operation ?? 'update',
    recordType: overrides.recordType ?? 'program',
    recordId: overrides.recordId ?? program.id,
    actor: overrides.actor === null ? null : { __typename: 'User' as const, ...(overrides.actor ?? { id: priya.id, name: priya.name }) },
    changes: (overrides.changes ?? [{ field: 'status', from: 'on_track', to: 'at_risk' }]).map((change) => ({
      __typename: 'FieldChange' as const,
      ...change,
    })),
  };
}

const lookupsMock = {
  request: { query: AuditLogLookupsQuery },
  result: { data: { users: [marco, priya], units: [dach], programs: { __typename: 'ProgramConnection' as const, nodes: [program] } } },
  maxUsageCount: 5,
};

type Entry = ReturnType<typeof anEntry>;

/** Answers every AuditLog request with `page(variables)` and keeps the variables sent. */
function auditLogMock(page: (variables: Record<string, unknown>) => { nodes: Entry[]; endCursor: string | null }) {
  const sent: Record<string, unknown>[] = [];
  let last: Record<string, unknown> = {};
  return {
    sent,
    mock: {
      request: {
        query: AuditLogQuery,
        variables: (variables: Record<string, unknown>) => {
          sent.push(variables);
          last = variables;
          return true;
        },
      },
      result: () => ({ data: { auditLog: { __typename: 'AuditEntryConnection' as const, ...page(last) } } }),
      maxUsageCount: 20,
    },
  };
}

describe('AuditLogPage', () => {
  it('is not available to people who are not admins', () => {
    renderWithApp(<AuditLogPage />, { route: '/admin/audit-log', user: aCurrentUser({ role: 'executive' }) });
    expect(screen.getByText('This page is not available to you')).toBeTruthy();
    expect(screen.getByText('Only admins can read the audit log.')).toBeTruthy();
  });

  it('shows who changed which record when, with each field as "from → to"', async () => {
    const rolloutUnitId = anId();
    const statusChange = anEntry({
      recordType: 'program_unit',
      recordId: rolloutUnitId,
      actor: { id: marco.id, name: marco.name },
      changes: [
        { field: 'note', from: '', to: 'Waiting for the CRM sandbox.' },
        { field: 'status', from: 'preparing', to: 'blocked' },
      ],
    });
    const created = anEntry({
      operation: 'insert',
      recordType: 'program',
      changes: [
        { field: 'name', from: null, to: program.name },
        { field: 'phase', from: null, to: 'assess' },
        { field: 'archivedAt', from: null, to: null },
        { field: 'ownerId', from: null, to: priya.id },
      ],
    });
    const added = anEntry({
      operation: 'insert',
      recordType: 'program_unit',
      recordId: rolloutUnitId,
      changes: [
        { field: 'programId', from: null, to: program.id },
        { field: 'status', from: null, to: 'not_started' },
        { field: 'unitId', from: null, to: dach.id },
      ],
    });
    const { mock } = auditLogMock(() => ({ nodes: [statusChange, created, added], endCursor: null }));
    renderWithApp(<AuditLogPage />, { route: '/admin/audit-log', user: admin, mocks: [mock, lookupsMock] });

    const entries = await screen.findAllByTestId('audit-entry');
    const [first, second] = entries as [HTMLElement, HTMLElement];
    const lines = (entry: HTMLElement) => within(entry).getAllByTestId('audit-change').map((line) => line.textContent);
    expect(lines(first)).toEqual(['Note: — → Waiting for the CRM sandbox.', 'Status: Preparing → Blocked']);
    // The status change names its unit and program from the earlier "added" entry.
    await waitFor(() => expect(first.textContent).toContain(`Changed rollout unit DACH in ${program.name}`));
    expect(first.textContent).toContain('by Marco Rossi');
    expect(first.textContent).toContain('Mar 2, 2026');

    // A creation lists its initial values; ids become names once the lookups arrive.
    await waitFor(() => expect(lines(second)).toEqual([`Name: ${program.name}`, 'Phase: Assess', 'Owner: Priya Shah']));
    const link = within(second).getByRole('link', { name: program.name });
    expect(link.getAttribute('href')).toBe(`/programs/${program.id}`);
    expect(screen.getByText('That is every recorded change.')).toBeTruthy();
  });

  it('reads a password change as a sentence: the user’s own change, an admin’s reset, and no password or hash', async () => {
    const own = anEntry({ recordType: 'user', recordId: priya.id, changes: [{ field: 'passwordChangedAt', from: null, to: '2026-03-02T10:15:00.000Z' }] });
    const reset = anEntry({
      recordType: 'user',
      recordId: marco.id,
      actor: { id: admin.id, name: admin.name },
      changes: [{ field: 'passwordChangedAt', from: '2026-02-01T08:00:00.000Z', to: '2026-03-02T10:15:00.000Z' }],
    });
    const { mock } = auditLogMock(() => ({ nodes: [own, reset], endCursor: null }));
    renderWithApp(<AuditLogPage />, { route: '/admin/audit-log', user: admin, mocks: [mock, lookupsMock] });

    const [first, second] = (await screen.findAllByTestId('audit-entry')) as [HTMLElement, HTMLElement];
    await waitFor(() => expect(first.textContent).toContain('Changed the password of Priya Shah'));
    expect(first.textContent).toContain('by Priya Shah');
    expect(second.textContent).toContain('Reset the password of Marco Rossi');
    expect(second.textContent).toContain('by Ada Okafor');
    expect(within(first).queryAllByTestId('audit-change')).toEqual([]);
  });

  it('sends the chosen person, record type and dates as the filter', async () => {
    const { mock, sent } = auditLogMock((variables) =>
      (variables['filter'] as Record<string, unknown>)['recordType'] ? { nodes: [], endCursor: null } : { nodes: [anEntry()], endCursor: null },
    );
    const { user } = renderWithApp(<AuditLogPage />, { route: '/admin/audit-log', user: admin, mocks: [mock, lookupsMock] });
    await screen.findAllByTestId('audit-entry');

    await user.click(screen.getByRole('combobox', { name: 'Changed by' }));
    await user.click(await screen.findByRole('option', { name: 'Marco Rossi' }));
    await user.click(screen.getByRole('combobox', { name: 'Record type' }));
    await user.click(await screen.findByRole('option', { name: 'Rollout unit' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-31' } });

    await waitFor(() =>
      expect(sent.at(-1)).toEqual({
        filter: { actorId: marco.id, recordType: 'program_unit', from: '2026-03-01', to: '2026-03-31' },
        first: AUDIT_LOG_PAGE_SIZE,
      }),
    );
    expect(sent[0]).toEqual({ filter: {}, first: AUDIT_LOG_PAGE_SIZE });
    expect(await screen.findByText('No changes match')).toBeTruthy();
  });

  it('does not search an end date before the start date', async () => {
    const { mock, sent } = auditLogMock(() => ({ nodes: [anEntry()], endCursor: null }));
    renderWithApp(<AuditLogPage />, { route: '/admin/audit-log?from=2026-03-10&to=2026-03-01', user: admin, mocks: [mock, lookupsMock] });

    expect((await screen.findAllByText('The end date must be on or after the start date.')).length).toBeGreaterThan(0);
    expect(sent).toEqual([]);
  });

  it('loads the next page after the last entry and keeps the first', async () => {
    const firstPage = [anEntry(), anEntry()];
    const secondPage = [anEntry({ changes: [{ field: 'phase', from: 'assess', to: 'align' }] })];
    const { mock, sent } = auditLogMock((variables) =>
      variables['after'] ? { nodes: secondPage, endCursor: null } : { nodes: firstPage, endCursor: firstPage[1]?.id ?? null },
    );
    const { user } = renderWithApp(<AuditLogPage />, { route: '/admin/audit-log', user: admin, mocks: [mock, lookupsMock] });
    expect(await screen.findAllByTestId('audit-entry')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(3));
    expect(sent.at(-1)).toEqual({ filter: {}, first: AUDIT_LOG_PAGE_SIZE, after: firstPage[1]?.id });
    expect(screen.getAllByTestId('audit-change').map((line) => line.textContent)).toContain('Phase: Assess → Align');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('says when the log cannot be loaded', async () => {
    renderWithApp(<AuditLogPage />, {
      route: '/admin/audit-log',
      user: admin,
      mocks: [
        { request: { query: AuditLogQuery, variables: { filter: {}, first: AUDIT_LOG_PAGE_SIZE } }, result: graphQLError('INTERNAL_SERVER_ERROR', 'boom') },
        lookupsMock,
      ],
    });
    expect(await screen.findByText('Could not load the audit log')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
