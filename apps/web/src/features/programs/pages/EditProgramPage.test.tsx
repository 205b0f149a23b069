import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, anOwner, aProgramDetail } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { UpdateProgramMutation } from '../hooks/useProgramMutations';
import { ProgramOwnersQuery } from '../hooks/useProgramOwners';
import { EditProgramPage, EditProgramQuery } from './EditProgramPage';

function setup() {
  const owner = anOwner({ name: 'Priya Shah' });
  const mine = aProgramDetail({ name: 'EMEA rollout', version: 3, ownerId: owner.id, ownerName: owner.name });
  const theirs = { ...mine, name: 'EMEA rollout (renamed by Tom)', version: 5 };
  const sent: { input: { expectedVersion: number; name: string } }[] = [];
  const updateRequest = {
    query: UpdateProgramMutation,
    variables: (variables: { input: { expectedVersion: number; name: string } }) => {
      sent.push(variables);
      return true;
    },
  };
  const view = renderWithApp(<EditProgramPage />, {
    route: `/programs/${mine.id}/edit`,
    path: '/programs/:programId/edit',
    user: aCurrentUser({ role: 'program_manager' }),
    mocks: [
      { request: { query: EditProgramQuery, variables: { id: mine.id } }, result: { data: { program: mine } } },
      { request: { query: EditProgramQuery, variables: { id: mine.id } }, result: { data: { program: theirs } } },
      { request: { query: ProgramOwnersQuery }, result: { data: { users: [owner] } } },
      { request: updateRequest, result: graphQLError('CONFLICT', 'Program was changed.', { currentVersion: 5 }) },
      {
        request: updateRequest,
        result: {
          data: {
            updateProgram: { ...theirs, name: 'EMEA rollout, phase 2', version: 6, updatedAt: '2026-03-01T10:00:00.000Z' },
          },
        },
      },
    ],
  });
  return { ...view, mine, sent };
}

describe('EditProgramPage', () => {
  it('keeps the edits on a conflict, explains it, and can save them over the newer version', async () => {
    const { user, mine, sent, currentLocation } = setup();

    const name = await screen.findByLabelText<HTMLInputElement>(/^Name/);
    expect(name.value).toBe('EMEA rollout');
    await user.clear(name);
    await user.type(name, 'EMEA rollout, phase 2');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText(/Someone else changed this; reload to see their change\./)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/^Name/).value).toBe('EMEA rollout, phase 2');
    expect(sent[0]?.input.expectedVersion).toBe(3);

    await user.click(screen.getByRole('button', { name: 'Save mine over theirs' }));

    await waitFor(() => expect(currentLocation()).toBe(`/programs/${mine.id}`));
    expect(sent[1]?.input).toMatchObject({ expectedVersion: 5, name: 'EMEA rollout, phase 2' });
  });

  it('refuses a program manager who neither owns nor leads the program', async () => {
    const program = aProgramDetail({ name: 'Daniel’s program', viewerCanManage: false });
    renderWithApp(<EditProgramPage />, {
      route: `/programs/${program.id}/edit`,
      path: '/programs/:programId/edit',
      user: aCurrentUser({ role: 'program_manager' }),
      mocks: [
        { request: { query: EditProgramQuery, variables: { id: program.id } }, result: { data: { program } } },
        { request: { query: ProgramOwnersQuery }, result: { data: { users: [] } } },
      ],
    });

    expect(await screen.findByText('Only the program’s owner, its leads and admins can edit it.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });

  it('can discard the edits and load the other person’s version', async () => {
    const { user } = setup();

    const name = await screen.findByLabelText<HTMLInputElement>(/^Name/);
    await user.clear(name);
    await user.type(name, 'My unsaved name');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await user.click(await screen.findByRole('button', { name: 'Discard my edits and load theirs' }));

    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>(/^Name/).value).toBe('EMEA rollout (renamed by Tom)'),
    );
    expect(screen.queryByText(/Someone else changed this/)).toBeNull();
  });
});
