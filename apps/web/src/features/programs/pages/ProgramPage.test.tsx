import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, anAuditEntry, anId, aProgramDetail, aProgramMember, aProgramUnit } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { RECORD_HISTORY_LIMIT, RecordHistoryQuery } from '../../history/hooks/useRecordHistory';
import { ProgramQuery } from '../hooks/useProgram';
import { UpdateUnitRolloutMutation } from '../hooks/useProgramRollout';
import { ProgramPage } from './ProgramPage';

type Program = ReturnType<typeof aProgramDetail>;

function historyMock(programId: string, entries: ReturnType<typeof anAuditEntry>[] = []): MockLink.MockedResponse {
  return {
    request: { query: RecordHistoryQuery, variables: { recordType: 'program', recordId: programId, first: RECORD_HISTORY_LIMIT } },
    result: { data: { recordHistory: entries } },
    maxUsageCount: 10,
  };
}

function renderProgram(
  program: Program,
  role: 'program_manager' | 'executive' | 'regional_partner' = 'program_manager',
  extraMocks: MockLink.MockedResponse[] = [],
  tab?: string,
) {
  return renderWithApp(<ProgramPage />, {
    route: tab ? `/programs/${program.id}?tab=${tab}` : `/programs/${program.id}`,
    path: '/programs/:programId',
    user: aCurrentUser({ role }),
    mocks: [
      { request: { query: ProgramQuery, variables: { id: program.id } }, result: { data: { program } } },
      historyMock(program.id),
      ...extraMocks,
    ],
  });
}

describe('ProgramPage', () => {
  it('shows the program, its current phase and who moved it when and why', async () => {
    const program = aProgramDetail({
      name: 'EMEA hub-and-spoke rollout',
      phase: 'align',
      status: 'at_risk',
      history: [
        { fromPhase: null, toPhase: 'assess', by: 'Priya Shah' },
        { fromPhase: 'assess', toPhase: 'design', by: 'Priya Shah' },
        { fromPhase: 'design', toPhase: 'align', reason: 'Finance disagreed with the cost weights.', by: 'Tom Becker' },
      ],
    });
    renderProgram(program, 'program_manager', [], 'phases');

    expect(await screen.findByRole('heading', { level: 1, name: 'EMEA hub-and-spoke rollout' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Phases' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByText('At risk').length).toBeGreaterThan(0);
    expect(screen.getByText('Dana Whitfield, CRO')).toBeTruthy();
    expect(screen.getByText('Dec 18, 2026')).toBeTruthy();
    expect(screen.getByLabelText('Program phases').querySelector('[aria-current="step"]')?.getAttribute('data-phase')).toBe('align');

    const entries = screen.getAllByTestId('phase-history-entry');
    expect(entries).toHaveLength(3);
    // Newest first, with who and why.
    const newest = within(entries[0] as HTMLElement);
    expect(newest.getByText('Design → Align')).toBeTruthy();
    expect(newest.getByText('Moved back')).toBeTruthy();
    expect(newest.getByText(/Tom Becker/)).toBeTruthy();
    expect(newest.getByText('“Finance disagreed with the cost weights.”')).toBeTruthy();
    expect(within(entries[2] as HTMLElement).getByText('Started in Assess')).toBeTruthy();

    expect(screen.getByRole('button', { name: 'Move to Design' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Edit' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Archive' })).toBeTruthy();
  });

  it('is read-only for executives', async () => {
    const program = aProgramDetail({
      name: 'Read-only program',
      phase: 'pilot',
      viewerCanManage: false,
      units: [aProgramUnit({ name: 'US West', blocked: true, note: 'No sandbox access to the CRM yet.' })],
      members: [aProgramMember({ name: 'Erin Walsh', role: 'steering', userRole: 'executive' })],
    });
    const { user } = renderProgram(program, 'executive');

    await screen.findByRole('heading', { level: 1, name: 'Read-only program' });
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Units' }));
    expect(await screen.findByText('No sandbox access to the CRM yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Update/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add units' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Phases' }));
    await screen.findByLabelText('Program phases');
    expect(screen.queryByRole('button', { name: /^Move to/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move back…' })).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'People' }));
    expect(await screen.findByText('Erin Walsh')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add member' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Actions for/ })).toBeNull();
  });

  it('follows the API, not the role: a program manager who neither owns nor leads the program only reads it', async () => {
    const program = aProgramDetail({
      name: 'Someone else’s program',
      phase: 'pilot',
      viewerCanManage: false,
      units: [aProgramUnit({ name: 'DACH' })],
      members: [aProgramMember({ name: 'Daniel Kim', role: 'lead' })],
    });
    const { user } = renderProgram(program, 'program_manager');

    await screen.findByRole('heading', { level: 1, name: 'Someone else’s program' });
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Phases' }));
    await screen.findByLabelText('Program phases');
    expect(screen.queryByRole('button', { name: /^Move to/ })).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Units' }));
    await screen.findByText('DACH');
    expect(screen.queryByRole('button', { name: 'Add units' })).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'People' }));
    await screen.findByText('Daniel Kim');
    expect(screen.queryByRole('button', { name: 'Add member' })).toBeNull();
  });

  it('lets a regional partner update the units they report on, even without managing the program', async () => {
    const program = aProgramDetail({
      viewerCanManage: false,
      units: [aProgramUnit({ name: 'DACH', viewerCanUpdate: true }), aProgramUnit({ name: 'US East', viewerCanUpdate: false })],
    });
    renderProgram(program, 'regional_partner', [], 'units');

    expect(await screen.findByRole('button', { name: 'Update DACH' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Update US East' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
  });

  it('keeps a partner’s edits on a conflict, shows the other update, and saves over it with the newer version', async () => {
    const mine = aProgramUnit({ name: 'DACH', code: 'EMEA-DACH', note: 'Routing rules tested.', version: 2, viewerCanUpdate: true });
    const program = aProgramDetail({ viewerCanManage: false, units: [mine] });
    const theirs = { ...program, units: [{ ...program.units[0], blocked: true, note: 'IT has not opened the CRM sandbox yet.', version: 3 }] };
    const sent: { input: { expectedVersion: number; blocked: boolean; note: string } }[] = [];
    const updateRequest = {
      query: UpdateUnitRolloutMutation,
      variables: (variables: { input: { expectedVersion: number; blocked: boolean; note: string } }) => {
        sent.push(variables);
        return true;
      },
    };
    const { user } = renderProgram(program, 'regional_partner', [
      { request: { query: ProgramQuery, variables: { id: program.id } }, result: { data: { program: theirs } } },
      { request: updateRequest, result: graphQLError('CONFLICT', 'Unit status was changed.', { currentVersion: 3 }) },
      {
        request: updateRequest,
        result: {
          data: {
            updateUnitRollout: {
              __typename: 'ProgramUnit',
              id: mine.id,
              blocked: true,
              note: 'Works council has not approved the routing change.',
              version: 4,
              updatedAt: '2026-11-23T09:00:00.000Z',
              viewerCanUpdate: true,
            },
          },
        },
      },
    ], 'units');

    await user.click(await screen.findByRole('button', { name: 'Update DACH' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('switch', { name: /^Blocked/ }));
    const note = within(dialog).getByLabelText<HTMLTextAreaElement>(/^Note/);
    await user.clear(note);
    await user.type(note, 'Works council has not approved the routing change.');
    await user.click(within(dialog).getByRole('button', { name: 'Save update' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Someone else updated DACH');
    await waitFor(() => expect(within(alert).getByText('Blocked')).toBeTruthy());
    expect(alert.textContent).toContain('IT has not opened the CRM sandbox yet.');
    expect(note.value).toBe('Works council has not approved the routing change.');
    expect(sent[0]?.input.expectedVersion).toBe(2);

    await user.click(within(dialog).getByRole('button', { name: 'Save mine over theirs' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent[1]?.input).toMatchObject({ expectedVersion: 3, blocked: true });
  });

  it('offers Restore instead of changes for an archived program', async () => {
    const program = aProgramDetail({ name: 'Old program', archived: true });
    renderProgram(program, 'program_manager', [], 'phases');

    await screen.findByRole('heading', { level: 1, name: 'Old program' });
    expect(screen.getByRole('button', { name: 'Restore' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    await screen.findByLabelText('Program phases');
    expect(screen.queryByRole('button', { name: /^Move to/ })).toBeNull();
  });

  it('opens on the pilots, keeps the chosen tab in the URL and falls back to the pilots on an unknown one', async () => {
    const program = aProgramDetail({ name: 'Tabbed program', units: [aProgramUnit({ name: 'DACH' })] });
    const { user, currentLocation } = renderProgram(program, 'program_manager', [], 'nonsense');

    await screen.findByRole('heading', { level: 1, name: 'Tabbed program' });
    expect(screen.getByRole('tab', { name: 'Pilots' }).getAttribute('aria-selected')).toBe('true');
    // Only the open tab is drawn: the long lists stay off the page until asked for.
    expect(screen.queryByRole('region', { name: 'Rollout by unit' })).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Units' }));
    expect(await screen.findByRole('region', { name: 'Rollout by unit' })).toBeTruthy();
    expect(currentLocation()).toBe(`/programs/${program.id}?tab=units`);

    await user.click(screen.getByRole('tab', { name: 'Change history' }));
    expect(await screen.findByRole('region', { name: 'Change history' })).toBeTruthy();
    expect(currentLocation()).toBe(`/programs/${program.id}?tab=history`);
    expect(screen.queryByRole('region', { name: 'Rollout by unit' })).toBeNull();
  });

  it('says so when the program does not exist', async () => {
    const id = anId();
    renderWithApp(<ProgramPage />, {
      route: `/programs/${id}`,
      path: '/programs/:programId',
      mocks: [
        { request: { query: ProgramQuery, variables: { id } }, result: graphQLError('NOT_FOUND', 'Program not found.', { entity: 'Program' }) },
        historyMock(id),
      ],
    });

    expect(await screen.findByText('Program not found')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to programs' }).getAttribute('href')).toBe('/programs');
  });
});
