import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, anId } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import type { AuditRecordType } from '@rollout/domain';
import { AUDIT_LOG_PAGE_SIZE, AuditLogLookupsQuery, AuditLogQuery } from '../hooks/useAuditLog';
import { AuditLogPage } from './AuditLogPage';

const admin = aCurrentUser({ role: 'admin', name: 'Ada Okafor' });
const marco = { __typename: 'User' as const, id: anId(), name: 'Marco Rossi', email: 'marco.rossi@northwind.example' };
const priya = { __typename: 'User' as const, id: anId(), name: 'Priya Shah', email: 'priya.shah@northwind.example' };
const program = { __typename: 'AuditEntryProgram' as const, id: anId(), name: 'EMEA hub-and-spoke rollout' };

let entrySequence = 1000;
function anEntry(
  overrides: Partial<{
    operation: 'insert' | 'update' | 'delete';
    recordType: AuditRecordType;
    recordId: string;
    actor: { id: string; name: string } | null;
    at: string;
    recordLabel: string;
    program: typeof program | null;
    action: string;
    subject: string | null;
    suffix: string | null;
    details: string[];
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
    recordLabel: overrides.recordLabel ?? program.name,
    program: overrides.program === undefined ? program : overrides.program,
    action: overrides.action ?? 'updated the program',
    subject: overrides.subject === undefined ? program.name : overrides.subject,
    suffix: overrides.suffix ?? null,
    details: overrides.details ?? ['changed the status from On track to At risk'],
  };
}

const lookupsMock = {
  request: { query: AuditLogLookupsQuery },
  result: { data: { users: [marco, priya] } },
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

  it('reads each change as a sentence with names: who, what, which record in which program, when, and each field', async () => {
    const statusChange = anEntry({
      recordType: 'program_unit',
      actor: { id: marco.id, name: marco.name },
      recordLabel: 'DACH',
      action: 'updated',
      subject: 'DACH',
      details: ['changed the status from Preparing to Blocked', 'changed the note to “Waiting for the CRM sandbox.”'],
    });
    const created = anEntry({ operation: 'insert', action: 'created the program', details: ['Phase: Assess', 'Owner: Priya Shah'] });
    const pilotChange = anEntry({
      recordType: 'pilot',
      recordId: anId(),
      recordLabel: 'UK lead routing',
      action: 'updated the pilot',
      subject: 'UK lead routing',
      details: ['added France & Benelux and Australia & New Zealand as comparison units'],
    });
    const { mock } = auditLogMock(() => ({ nodes: [statusChange, created, pilotChange], endCursor: null }));
    renderWithApp(<AuditLogPage />, { route: '/admin/audit-log', user: admin, mocks: [mock, lookupsMock] });

    const [first, second, third] = (await screen.findAllByTestId('audit-entry')) as [HTMLElement, HTMLElement, HTMLElement];
    const lines = (entry: HTMLElement) => within(entry).getAllByTestId('audit-change').map((line) => line.textContent);
    expect(first.textContent).toContain(`Marco Rossi updated DACH in ${program.name}`);
    expect(first.textContent).toContain('Rollout unit · DACH');
    expect(first.textContent).toContain('Mar 2, 2026');
    expect(lines(first)).toEqual(['Changed the status from Preparing to Blocked', 'Changed the note to “Waiting for the CRM sandbox.”']);

    // The program names itself once, as a link to its page; creations list their initial values.
    expect(second.textContent).toContain(`Priya Shah created the program ${program.name}`);
    expect(second.textContent).not.toContain(` in ${program.name}`);
    expect(within(second).getByRole('link', { name: program.name }).getAttribute('href')).toBe(`/programs/${program.id}`);
    expect(lines(second)).toEqual(['Phase: Assess', 'Owner: Priya Shah']);

    expect(within(third).getByRole('link', { name: 'UK lead routing' }).getAttribute('href')).toBe(`/pilots/${pilotChange.recordId}`);
    expect(lines(third)).toEqual(['Added France & Benelux and Australia & New Zealand as comparison units']);
    // No record id is shown anywhere.
    for (const entry of [first, second, third]) expect(entry.textContent).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
    expect(screen.getByText('That is every recorded change.')).toBeTruthy();
  });

  it('reads a password change as a sentence, without the password or its hash', async () => {
    const reset = anEntry({
      recordType: 'user',
      recordId: marco.id,
      actor: { id: admin.id, name: admin.name },
      recordLabel: marco.name,
      program: null,
      action: 'reset the password of',
      subject: marco.name,
      details: [],
    });
    const { mock } = auditLogMock(() => ({ nodes: [reset], endCursor: null }));
    renderWithApp(<AuditLogPage />, { route: '/admin/audit-log', user: admin, mocks: [mock, lookupsMock] });

    const entry = await screen.findByTestId('audit-entry');
    expect(entry.textContent).toContain('Ada Okafor reset the password of Marco Rossi');
    expect(within(entry).queryAllByTestId('audit-change')).toEqual([]);
  });

  it('downloads the log as CSV with the filters in view', async () => {
    const { mock } = auditLogMock(() => ({ nodes: [anEntry()], endCursor: null }));
    renderWithApp(<AuditLogPage />, { route: `/admin/audit-log?user=${marco.id}&type=pilot&from=2026-03-01`, user: admin, mocks: [mock, lookupsMock] });
    await screen.findAllByTestId('audit-entry');

    const download = screen.getByRole('link', { name: 'Download CSV' });
    expect(download.getAttribute('href')).toBe(`/api/audit-log.csv?actorId=${marco.id}&recordType=pilot&from=2026-03-01`);
    expect(download.hasAttribute('download')).toBe(true);
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
    const secondPage = [anEntry({ at: '2026-11-01T09:00:00.000Z', details: ['changed the phase from Assess to Align'] })];
    const { mock, sent } = auditLogMock((variables) =>
      variables['after'] ? { nodes: secondPage, endCursor: null } : { nodes: firstPage, endCursor: firstPage[1]?.id ?? null },
    );
    const { user } = renderWithApp(<AuditLogPage />, { route: '/admin/audit-log', user: admin, mocks: [mock, lookupsMock] });
    expect(await screen.findAllByTestId('audit-entry')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(3));
    expect(sent.at(-1)).toEqual({ filter: {}, first: AUDIT_LOG_PAGE_SIZE, after: firstPage[1]?.id });
    expect(screen.getAllByTestId('audit-change').map((line) => line.textContent)).toContain('Changed the phase from Assess to Align');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('folds the values one import wrote into one line, the rest behind a control', async () => {
    const imported = (value: string) =>
      anEntry({ operation: 'insert', recordType: 'measurement', action: 'imported a value for', subject: `Lead response time in DACH on ${value}`, details: [`value: ${value}`], at: '2026-11-30T17:00:00.000Z' });
    const { mock } = auditLogMock(() => ({ nodes: [anEntry(), imported('Nov 16'), imported('Nov 23'), imported('Nov 30')], endCursor: null }));
    const { user } = renderWithApp(<AuditLogPage />, { route: '/admin/audit-log', user: admin, mocks: [mock, lookupsMock] });

    const burst = await screen.findByTestId('audit-burst');
    expect(screen.getAllByTestId('audit-entry')).toHaveLength(2);
    expect(within(burst).getByText('And 2 more like it, made at the same moment.')).toBeTruthy();
    await user.click(within(burst).getByRole('button', { name: 'Show all 2' }));
    expect(within(burst).getAllByTestId('audit-entry').map((entry) => within(entry).getByText(/^Lead response time in DACH/).textContent)).toEqual([
      'Lead response time in DACH on Nov 16',
      'Lead response time in DACH on Nov 23',
      'Lead response time in DACH on Nov 30',
    ]);
    expect(within(burst).getByRole('button', { name: 'Hide them' }).getAttribute('aria-expanded')).toBe('true');
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
