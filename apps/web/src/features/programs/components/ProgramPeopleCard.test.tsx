import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { anId, aProgramMember } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { MemberCandidatesQuery, RemoveProgramMemberMutation, SetProgramMemberMutation } from '../hooks/useProgramRollout';
import { LEAD_NEEDS_MANAGER } from './ProgramMemberDialog';
import { ProgramPeopleCard, ProgramPeopleFragment } from './ProgramPeopleCard';

function renderCard(options: {
  viewerCanManage: boolean;
  members?: ReturnType<typeof aProgramMember>[];
  mocks?: MockLink.MockedResponse[];
  programId?: string;
  ownerId?: string;
}) {
  const programId = options.programId ?? anId();
  const ownerId = options.ownerId ?? anId();
  const program = makeFragmentData(
    {
      __typename: 'Program',
      id: programId,
      archived: false,
      viewerCanManage: options.viewerCanManage,
      owner: { __typename: 'User', id: ownerId, name: 'Priya Shah', role: 'program_manager' },
      members: (options.members ?? []).map((member) => ({ ...member, programId })),
    },
    ProgramPeopleFragment,
  );
  return { ...renderWithApp(<ProgramPeopleCard program={program} />, { mocks: options.mocks ?? [] }), programId, ownerId };
}

const erin = () => aProgramMember({ name: 'Erin Walsh', role: 'steering', userRole: 'executive' });

describe('ProgramPeopleCard', () => {
  it('lists the owner and the members with their roles', () => {
    renderCard({ viewerCanManage: false, members: [erin(), aProgramMember({ name: 'Daniel Kim', role: 'lead' })] });

    const people = screen.getAllByTestId('program-person');
    expect(people.map((person) => person.textContent)).toEqual([
      expect.stringContaining('Priya Shah'),
      expect.stringContaining('Daniel Kim'),
      expect.stringContaining('Erin Walsh'),
    ]);
    expect(people[0]?.textContent).toContain('Owner');
    expect(people[1]?.textContent).toContain('Lead (manages the program)');
    expect(people[2]?.textContent).toContain('Steering committee · Executive');
  });

  it('hides the manage controls when the viewer cannot manage the program', () => {
    renderCard({ viewerCanManage: false, members: [erin()] });

    expect(screen.queryByRole('button', { name: 'Add member' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Actions for/ })).toBeNull();
  });

  it('adds a member, refusing an executive as lead beside the role field', async () => {
    const sam = { __typename: 'User' as const, id: anId(), name: 'Sam Ortiz', email: 'sam@northwind.example', role: 'executive' as const };
    const sent: unknown[] = [];
    const programId = anId();
    const ownerId = anId();
    const { user } = renderCard({
      viewerCanManage: true,
      programId,
      ownerId,
      mocks: [
        {
          request: { query: MemberCandidatesQuery },
          result: {
            data: {
              users: [{ __typename: 'User', id: ownerId, name: 'Priya Shah', email: 'priya@northwind.example', role: 'program_manager' }, sam],
            },
          },
        },
        {
          request: {
            query: SetProgramMemberMutation,
            variables: (variables: unknown) => {
              sent.push(variables);
              return true;
            },
          },
          result: { data: { setProgramMember: { __typename: 'ProgramMember', programId, role: 'steering', user: sam } } },
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Add member' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('combobox', { name: /^Person/ }));
    // The owner is already in the program.
    expect(screen.queryByRole('option', { name: /Priya Shah/ })).toBeNull();
    await user.click(await screen.findByRole('option', { name: 'Sam Ortiz · Executive' }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Role in this program/ }));
    await user.click(await screen.findByRole('option', { name: 'Lead (manages the program)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add member' }));

    expect(await within(dialog).findByText(LEAD_NEEDS_MANAGER)).toBeTruthy();
    expect(sent).toEqual([]);

    await user.click(within(dialog).getByRole('combobox', { name: /^Role in this program/ }));
    await user.click(await screen.findByRole('option', { name: 'Steering committee' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add member' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([{ input: { programId, userId: sam.id, role: 'steering' } }]);
  });

  it('removes a member only after confirmation', async () => {
    const member = erin();
    const sent: unknown[] = [];
    const { user, programId } = renderCard({
      viewerCanManage: true,
      members: [member],
      mocks: [
        {
          request: {
            query: RemoveProgramMemberMutation,
            variables: (variables: unknown) => {
              sent.push(variables);
              return true;
            },
          },
          result: { data: { removeProgramMember: true } },
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Actions for Erin Walsh' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Remove from program' }));
    const dialog = await screen.findByRole('dialog');
    expect(sent).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }));

    await waitFor(() => expect(sent).toEqual([{ programId, userId: member.user.id }]));
    // Let the dialog finish (refetches settle) before the test environment is torn down.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
