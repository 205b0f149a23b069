import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { anId, aPilotEngagement, aProgramUnit, aUnit } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { UnitsQuery } from '../../units/hooks/useUnits';
import { AddProgramUnitsMutation, RemoveProgramUnitMutation, UpdateUnitRolloutMutation } from '../hooks/useProgramRollout';
import { ProgramRolloutFragment, ProgramUnitsCard } from './ProgramUnitsCard';

type Row = ReturnType<typeof aProgramUnit>;

function renderCard(units: Row[], options: { viewerCanManage?: boolean; archived?: boolean; mocks?: MockLink.MockedResponse[] } = {}) {
  const programId = anId();
  const program = makeFragmentData(
    {
      __typename: 'Program',
      id: programId,
      archived: options.archived ?? false,
      viewerCanManage: options.viewerCanManage ?? false,
      units: units.map((unit) => ({ ...unit, programId })),
    },
    ProgramRolloutFragment,
  );
  return { ...renderWithApp(<ProgramUnitsCard program={program} />, { route: '/programs/x', mocks: options.mocks ?? [] }), programId };
}

function row(name: string): HTMLElement {
  const match = screen.getAllByTestId('rollout-row').find((element) => within(element).queryByText(name, { exact: true }));
  if (!match) throw new Error(`No row for ${name}`);
  return match;
}

// As of Dec 3, 2026: DACH's pilot ended Nov 1 and was decided "scale"; US East has piloted since Nov 16.
const dach = () =>
  aProgramUnit({
    name: 'DACH',
    code: 'EMEA-DACH',
    engagements: [aPilotEngagement({ status: 'decided', startDate: '2026-10-05', endDate: '2026-11-01', decision: 'scale' })],
    note: 'Lead routing live.',
    viewerCanUpdate: true,
    version: 3,
  });
const usWest = () =>
  aProgramUnit({ name: 'US West', code: 'NA-USW', blocked: true, note: 'No sandbox access to the CRM yet.', viewerCanUpdate: false });
const usEast = () => aProgramUnit({ name: 'US East', code: 'NA-USE', engagements: [aPilotEngagement()], viewerCanUpdate: false });

describe('ProgramUnitsCard', () => {
  it('shows each unit’s stage from its pilots with the partner’s report beside it, counts by stage, and puts blocked units first', () => {
    renderCard([dach(), usEast(), usWest(), aProgramUnit({ name: 'UK & Ireland', code: 'EMEA-UKI', engagements: [aPilotEngagement()] })]);

    const summary = screen.getByTestId('rollout-summary');
    expect(summary.textContent).toContain('1 decided');
    expect(summary.textContent).toContain('2 piloting');
    expect(summary.textContent).toContain('1 not started');
    expect(summary.textContent).toContain('1 blocked');

    // Blocked first, then furthest along, by name within a stage.
    const order = screen.getAllByTestId('rollout-row').map((element) => element.getAttribute('data-unit-code'));
    expect(order).toEqual(['NA-USW', 'EMEA-DACH', 'EMEA-UKI', 'NA-USE']);
    // The partner's block sits beside the stage, never instead of it.
    expect(within(row('US West')).getByText('Blocked')).toBeTruthy();
    expect(within(row('US West')).getByTestId('unit-stage').textContent).toBe('Not started');
    expect(within(row('US West')).getByText('No sandbox access to the CRM yet.')).toBeTruthy();
    expect(within(row('DACH')).getByTestId('unit-stage').textContent).toBe('Decided: scale');
    expect(within(row('US East')).getByTestId('unit-stage').textContent).toBe('Piloting · week 3 of 4');
    expect(within(row('DACH')).getByText('Sub-region · EMEA-DACH')).toBeTruthy();
    expect(within(row('US East')).getByText('No note yet')).toBeTruthy();
  });

  it('offers Update only on the rows the viewer may update', () => {
    renderCard([dach(), usEast(), usWest()]);

    expect(within(row('DACH')).getByRole('button', { name: 'Update DACH' })).toBeTruthy();
    expect(within(row('US East')).queryByRole('button', { name: /^Update/ })).toBeNull();
    expect(within(row('US West')).queryByRole('button', { name: /^Update/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Update/ })).toHaveLength(1);
  });

  it('offers no updates on an archived program', () => {
    renderCard([dach()], { archived: true, viewerCanManage: true });

    expect(screen.queryByRole('button', { name: /^Update/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add units' })).toBeNull();
  });

  it('requires a note of 10+ characters for a blocked unit, beside the note field', async () => {
    const { user } = renderCard([dach()]);

    await user.click(screen.getByRole('button', { name: 'Update DACH' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('switch', { name: /^Blocked/ }));
    const note = within(dialog).getByLabelText<HTMLTextAreaElement>(/^Note/);
    await user.clear(note);
    await user.type(note, 'IT ticket');
    await user.click(within(dialog).getByRole('button', { name: 'Save update' }));

    const message = await within(dialog).findByText('Say what blocks this unit (at least 10 characters).');
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(note.getAttribute('aria-describedby') ?? '').toContain(message.id);
    // Nothing was sent (no mock for it), and the dialog stays open.
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('saves the report and note with the version it was opened with', async () => {
    const unit = dach();
    const { user } = renderCard([unit], {
      mocks: [
        {
          request: {
            query: UpdateUnitRolloutMutation,
            variables: { input: { id: unit.id, expectedVersion: 3, blocked: true, note: 'Works council has not approved the routing change.' } },
          },
          result: {
            data: {
              updateUnitRollout: {
                __typename: 'ProgramUnit',
                id: unit.id,
                blocked: true,
                note: 'Works council has not approved the routing change.',
                version: 4,
                updatedAt: '2026-11-23T09:00:00.000Z',
                viewerCanUpdate: true,
              },
            },
          },
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Update DACH' }));
    const dialog = await screen.findByRole('dialog');
    // The dialog shows the stage it cannot change, then the partner's own report.
    expect(within(dialog).getByTestId('unit-stage').textContent).toBe('Decided: scale');
    await user.click(within(dialog).getByRole('switch', { name: /^Blocked/ }));
    const note = within(dialog).getByLabelText(/^Note/);
    await user.clear(note);
    await user.type(note, '  Works council has not approved the routing change. ');
    await user.click(within(dialog).getByRole('button', { name: 'Save update' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows a server rejection of the note beside the note field', async () => {
    const unit = dach();
    const { user } = renderCard([unit], {
      mocks: [
        {
          request: { query: UpdateUnitRolloutMutation, variables: () => true },
          result: graphQLError('BAD_USER_INPUT', 'Some fields are not valid.', {
            fieldErrors: [{ field: 'note', message: 'Say what blocks this unit (at least 10 characters).' }],
          }),
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Update DACH' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Save update' }));

    expect(await within(dialog).findByText('Say what blocks this unit (at least 10 characters).')).toBeTruthy();
    expect(within(dialog).getByLabelText(/^Note/).getAttribute('aria-invalid')).toBe('true');
  });

  it('hides the manage controls when the viewer cannot manage the program', () => {
    renderCard([dach(), usWest()], { viewerCanManage: false });

    expect(screen.queryByRole('button', { name: 'Add units' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
  });

  it('says so when the rollout has no units, and offers to add some only to managers', () => {
    const { unmount } = renderCard([], { viewerCanManage: false });
    expect(screen.getByText('No units in this rollout yet')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add units' })).toBeNull();
    unmount();

    renderCard([], { viewerCanManage: true });
    expect(screen.getByRole('button', { name: 'Add units' })).toBeTruthy();
  });

  it('adds units that are not in the rollout yet', async () => {
    const inRollout = dach();
    const nordics = aUnit({ name: 'Nordics', code: 'EMEA-NORD', kind: 'sub_region' });
    const dachUnit = aUnit({ id: inRollout.unitId, name: 'DACH', code: 'EMEA-DACH', kind: 'sub_region' });
    const archived = aUnit({ name: 'Old region', code: 'OLD', archived: true });
    const sent: unknown[] = [];
    const { user, programId } = renderCard([inRollout], {
      viewerCanManage: true,
      mocks: [
        { request: { query: UnitsQuery, variables: { includeArchived: false } }, result: { data: { units: [dachUnit, nordics, archived] } } },
        {
          request: {
            query: AddProgramUnitsMutation,
            variables: (variables: unknown) => {
              sent.push(variables);
              return true;
            },
          },
          result: { data: { addProgramUnits: [{ __typename: 'ProgramUnit', id: anId() }] } },
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Add units' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Add units' }));
    expect(await within(dialog).findByText('Pick at least one unit.')).toBeTruthy();

    await user.click(within(dialog).getByRole('combobox', { name: /^Units/ }));
    expect(screen.queryByRole('option', { name: /DACH/ })).toBeNull();
    expect(screen.queryByRole('option', { name: /Old region/ })).toBeNull();
    await user.click(await screen.findByRole('option', { name: 'Nordics (EMEA-NORD)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add units' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([{ input: { programId, unitIds: [nordics.id] } }]);
  });

  it('removes a unit only after confirmation', async () => {
    const unit = usEast();
    const sent: unknown[] = [];
    const { user } = renderCard([unit, dach()], {
      viewerCanManage: true,
      mocks: [
        {
          request: {
            query: RemoveProgramUnitMutation,
            variables: (variables: unknown) => {
              sent.push(variables);
              return true;
            },
          },
          result: { data: { removeProgramUnit: true } },
        },
      ],
    });

    await user.click(within(row('US East')).getByRole('button', { name: 'Remove US East' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Remove US East from the rollout?')).toBeTruthy();
    expect(sent).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Remove unit' }));

    await waitFor(() => expect(sent).toEqual([{ id: unit.id }]));
    // Let the dialog finish (refetches settle) before the test environment is torn down.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
