import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, anId, anOwner, aProgramListNode } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { CreateProgramMutation } from '../hooks/useProgramMutations';
import { ProgramOwnersQuery } from '../hooks/useProgramOwners';
import { NewProgramPage } from './NewProgramPage';

/** The error text a Mantine input shows, found through its aria-describedby like a screen reader would. */
function errorOf(input: HTMLElement): string | null {
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const texts = ids.map((id) => document.getElementById(id)?.textContent ?? '').filter(Boolean);
  return texts.join(' ') || null;
}

function setup(createResult?: object) {
  const me = aCurrentUser({ role: 'program_manager', name: 'Priya Shah' });
  const owners = [anOwner({ id: me.id, name: 'Priya Shah' }), anOwner({ name: 'Tom Becker' })];
  const sent: Record<string, unknown>[] = [];
  const mocks = [
    { request: { query: ProgramOwnersQuery }, result: { data: { users: owners } } },
    ...(createResult
      ? [
          {
            request: {
              query: CreateProgramMutation,
              // Accept any input but keep it, so tests can check exactly what was sent.
              variables: (variables: Record<string, unknown>) => {
                sent.push(variables);
                return true;
              },
            },
            result: createResult,
          },
        ]
      : []),
  ];
  return { me, sent, ...renderWithApp(<NewProgramPage />, { route: '/programs/new', user: me, mocks }) };
}

async function fillValidForm(user: ReturnType<typeof setup>['user']) {
  await user.type(screen.getByLabelText(/^Name/), 'EMEA hub-and-spoke rollout');
  await user.type(screen.getByLabelText(/^Executive sponsor/), 'Dana Whitfield, CRO');
  fireEvent.change(screen.getByLabelText(/^Start date/), { target: { value: '2026-02-01' } });
  fireEvent.change(screen.getByLabelText(/^Target date/), { target: { value: '2026-10-31' } });
}

describe('NewProgramPage (program form)', () => {
  it('shows the shared validation messages beside the fields', async () => {
    const { user } = setup();

    await user.type(screen.getByLabelText(/^Name/), 'ab');
    fireEvent.change(screen.getByLabelText(/^Start date/), { target: { value: '2026-06-01' } });
    fireEvent.change(screen.getByLabelText(/^Target date/), { target: { value: '2026-05-01' } });
    await user.click(screen.getByRole('button', { name: 'Create program' }));

    await waitFor(() => expect(errorOf(screen.getByLabelText(/^Name/))).toBe('Name needs at least 3 characters.'));
    expect(errorOf(screen.getByLabelText(/^Executive sponsor/))).toBe('Sponsor is required.');
    expect(errorOf(screen.getByLabelText(/^Target date/))).toBe('The target date must be on or after the start date.');
    expect(errorOf(screen.getByLabelText(/^Start date/))).toBeNull();
  });

  it('puts the server’s field errors beside the field they name', async () => {
    const { user, currentLocation } = setup(
      graphQLError('BAD_USER_INPUT', 'Some fields are not valid.', {
        fieldErrors: [{ field: 'name', message: 'A program with this name already exists.' }],
      }),
    );

    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Create program' }));

    await waitFor(() =>
      expect(errorOf(screen.getByLabelText(/^Name/))).toBe('A program with this name already exists.'),
    );
    expect(errorOf(screen.getByLabelText(/^Executive sponsor/))).toBeNull();
    expect(currentLocation()).toBe('/programs/new');
  });

  it('creates the program and opens its page', async () => {
    const id = anId();
    const { user, currentLocation, sent, me } = setup({
      data: { createProgram: { ...aProgramListNode({ id, name: 'EMEA hub-and-spoke rollout' }), version: 1 } },
    });

    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Create program' }));

    await waitFor(() => expect(currentLocation()).toBe(`/programs/${id}`));
    expect(sent.at(-1)).toEqual({
      input: {
        name: 'EMEA hub-and-spoke rollout',
        objective: '',
        targetModel: 'undecided',
        sponsor: 'Dana Whitfield, CRO',
        ownerId: me.id,
        startDate: '2026-02-01',
        targetDate: '2026-10-31',
        status: 'on_track',
      },
    });
  });

  it('refuses people who cannot manage programs', () => {
    renderWithApp(<NewProgramPage />, { route: '/programs/new', user: aCurrentUser({ role: 'executive' }) });
    expect(screen.getByText('Only program managers and admins can create programs.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create program' })).toBeNull();
  });
});
