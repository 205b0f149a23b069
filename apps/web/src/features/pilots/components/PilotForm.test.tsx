import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anId, aUnit } from '../../../test/fixtures';
import { anActivity, catalogMock } from '../../assessments/testing/catalog-fixtures';
import { fieldErrorOf } from '../../../test/field-error';
import { graphQLError, renderWithApp } from '../../../test/render';
import { MemberCandidatesQuery } from '../../programs/hooks/useProgramRollout';
import { UnitsQuery } from '../../units/hooks/useUnits';
import { CreatePilotMutation } from '../hooks/usePilotMutations';
import { CreatePilotDialog } from './PilotFormDialog';

const dach = aUnit({ name: 'DACH', code: 'EMEA-DACH', kind: 'sub_region' });
const france = aUnit({ name: 'France & Benelux', code: 'EMEA-FRB', kind: 'sub_region' });
const japan = aUnit({ name: 'Japan', code: 'APAC-JP', kind: 'country' });
const routing = anActivity('Lead routing', 'Process & planning');
const dashboards = anActivity('Dashboards', 'Data & insights');
const erin = { __typename: 'User' as const, id: anId(), name: 'Erin Walsh', email: 'erin.walsh@northwind.example', role: 'executive' as const };

function renderDialog(extraMocks: MockLink.MockedResponse[] = []) {
  const programId = anId();
  const result = renderWithApp(<CreatePilotDialog opened programId={programId} programUnitIds={[dach.id, france.id]} onClose={() => undefined} />, {
    route: '/programs/p',
    mocks: [
      { request: { query: UnitsQuery, variables: { includeArchived: false } }, result: { data: { units: [dach, france, japan] } }, maxUsageCount: 5 },
      { request: { query: MemberCandidatesQuery }, result: { data: { users: [erin] } }, maxUsageCount: 5 },
      catalogMock(programId, [routing, dashboards]),
      ...extraMocks,
    ],
  });
  return { ...result, programId, dialog: screen.getByRole('dialog') };
}

async function pick(user: ReturnType<typeof renderWithApp>['user'], dialog: HTMLElement, field: RegExp, option: string) {
  await user.click(within(dialog).getByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('CreatePilotDialog', () => {
  it('checks the form like the API does, and shows the default end date as a hint', async () => {
    const { user, dialog } = renderDialog();

    const start = within(dialog).getByLabelText(/^Start date/);
    await user.clear(start);
    await user.type(start, '2026-03-02');
    expect(within(dialog).getByText('Leave empty for four weeks: the pilot then ends on Mar 29, 2026.')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Create pilot' }));

    await waitFor(() => expect(fieldErrorOf(within(dialog).getByLabelText(/^Name/))).toBe('Name needs at least 3 characters.'));
    expect(fieldErrorOf(within(dialog).getByLabelText(/^Hypothesis/))).toBe('Hypothesis is required.');
    expect(await within(dialog).findByText('Pick at least one pilot unit.')).toBeTruthy();

    // An end date before the start is refused before anything is sent (no mock for it).
    await user.type(within(dialog).getByLabelText(/^End date/), '2026-02-20');
    await user.click(within(dialog).getByRole('button', { name: 'Create pilot' }));
    await waitFor(() => expect(fieldErrorOf(within(dialog).getByLabelText(/^End date/))).toBe('The end date must be after the start date.'));
  });

  it('shows the API’s field errors beside the fields they name, and keeps what was typed', async () => {
    const sent: unknown[] = [];
    const { user, dialog, programId } = renderDialog([
      {
        request: {
          query: CreatePilotMutation,
          variables: (variables: unknown) => {
            sent.push(variables);
            return true;
          },
        },
        result: graphQLError('BAD_USER_INPUT', 'Some fields are not valid.', {
          fieldErrors: [
            { field: 'comparisonUnitIds', message: 'Some comparison units do not exist or are archived.' },
            { field: 'steeringMemberIds', message: 'Some steering committee members do not exist or are deactivated.' },
            { field: 'activityIds', message: 'Some activities are not in this program’s catalog.' },
          ],
        }),
      },
    ]);

    await user.type(within(dialog).getByLabelText(/^Name/), '  DACH routing pilot ');
    await user.type(within(dialog).getByLabelText(/^Hypothesis/), 'The hub answers DACH leads within 8 hours.');
    await pick(user, dialog, /^Pilot units/, 'DACH (EMEA-DACH)');
    await pick(user, dialog, /^Comparison units/, 'France & Benelux (EMEA-FRB)');
    await pick(user, dialog, /^Steering committee/, 'Erin Walsh · Executive');
    // The catalog's activities come grouped by capability.
    await user.click(within(dialog).getByRole('combobox', { name: /^Activities/ }));
    expect(await screen.findByRole('group', { name: 'Process & planning' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Data & insights' })).toBeTruthy();
    await user.click(await screen.findByRole('option', { name: 'Lead routing' }));
    const start = within(dialog).getByLabelText(/^Start date/);
    await user.clear(start);
    await user.type(start, '2026-03-02');
    await user.click(within(dialog).getByRole('button', { name: 'Create pilot' }));

    await waitFor(() => expect(fieldErrorOf(within(dialog).getByRole('combobox', { name: /^Comparison units/ }))).toBe('Some comparison units do not exist or are archived.'));
    expect(fieldErrorOf(within(dialog).getByRole('combobox', { name: /^Steering committee/ }))).toBe(
      'Some steering committee members do not exist or are deactivated.',
    );
    expect(fieldErrorOf(within(dialog).getByRole('combobox', { name: /^Activities/ }))).toBe('Some activities are not in this program’s catalog.');
    // Sent once, trimmed, with the default end date filled in; the dialog stays open with the values.
    expect(sent).toEqual([
      {
        input: {
          programId,
          name: 'DACH routing pilot',
          hypothesis: 'The hub answers DACH leads within 8 hours.',
          unitIds: [dach.id],
          comparisonUnitIds: [france.id],
          startDate: '2026-03-02',
          endDate: '2026-03-29',
          steeringMemberIds: [erin.id],
          activityIds: [routing.id],
        },
      },
    ]);
    expect(within(dialog).getByLabelText<HTMLInputElement>(/^Name/).value).toBe('  DACH routing pilot ');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('creates the pilot and opens it to add its success metrics', async () => {
    const id = anId();
    const { user, dialog, currentLocation } = renderDialog([
      {
        request: { query: CreatePilotMutation, variables: () => true },
        result: { data: { createPilot: { __typename: 'Pilot', id, version: 1, name: 'Japan pilot', status: 'planned' } } },
      },
    ]);

    await user.type(within(dialog).getByLabelText(/^Name/), 'Japan pilot');
    await user.type(within(dialog).getByLabelText(/^Hypothesis/), 'Routing works in Japan too.');
    await user.click(within(dialog).getByRole('combobox', { name: /^Pilot units/ }));
    // Units outside the program's rollout are offered after its own.
    const groups = screen.getAllByRole('group').map((group) => group.getAttribute('aria-label') ?? group.textContent?.split('(')[0]);
    expect(groups[0]).toContain('In this program’s rollout');
    await user.click(await screen.findByRole('option', { name: 'Japan (APAC-JP)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create pilot' }));

    await waitFor(() => expect(currentLocation()).toBe(`/pilots/${id}`));
  });
});
