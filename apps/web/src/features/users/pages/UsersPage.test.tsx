import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aUnitOption, aUserRow } from '../../../test/admin-fixtures';
import { fieldErrorOf } from '../../../test/field-error';
import { aCurrentUser } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import {
  AdminUsersQuery,
  CreateUserMutation,
  DeactivateUserMutation,
  UpdateUserMutation,
  UserUnitOptionsQuery,
} from '../hooks/useUsers';
import { UsersPage } from './UsersPage';

const admin = aCurrentUser({ role: 'admin', name: 'Ada Okafor' });
const dach = aUnitOption({ name: 'DACH', code: 'EMEA-DACH' });
const nordics = aUnitOption({ name: 'Nordics', code: 'EMEA-NORD' });

function usersMock(users: ReturnType<typeof aUserRow>[], variables: object = { includeInactive: false }) {
  return { request: { query: AdminUsersQuery, variables }, result: { data: { users } } };
}

const unitsMock = { request: { query: UserUnitOptionsQuery }, result: { data: { units: [dach, nordics] } }, maxUsageCount: 5 };

/** A mutation mock that accepts any variables and records them. */
function recording(query: MockLink.MockedResponse['request']['query'], result: object, sent: unknown[]): MockLink.MockedResponse {
  return {
    request: {
      query,
      variables: (variables: unknown) => {
        sent.push(variables);
        return true;
      },
    },
    result,
  };
}

async function chooseOption(label: RegExp, option: string, container: HTMLElement) {
  const input = within(container).getByRole('combobox', { name: label });
  input.click();
  const choice = await screen.findByRole('option', { name: option });
  choice.click();
}

describe('UsersPage', () => {
  it('is not available to people who are not admins', () => {
    renderWithApp(<UsersPage />, { route: '/admin/users', user: aCurrentUser({ role: 'program_manager' }) });

    expect(screen.getByText('This page is not available to you')).toBeTruthy();
    expect(screen.getByText('Only admins can manage user accounts.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New user' })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists, searches and sorts users', async () => {
    const marco = aUserRow({ name: 'Marco Rossi', role: 'regional_partner', units: [dach] });
    const erin = aUserRow({ name: 'Erin Walsh', role: 'executive' });
    const self = aUserRow({ id: admin.id, name: 'Ada Okafor', role: 'admin' });
    const { user } = renderWithApp(<UsersPage />, { route: '/admin/users', user: admin, mocks: [usersMock([marco, erin, self]), unitsMock] });

    await screen.findByText('Marco Rossi');
    const names = () => screen.getAllByTestId('user-row').map((row) => within(row).getAllByText(/\w/)[1]?.textContent);
    expect(names()).toEqual(['Ada Okafor', 'Erin Walsh', 'Marco Rossi']);
    expect(within(screen.getAllByTestId('user-row')[2] as HTMLElement).getByText('DACH')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(names()).toEqual(['Marco Rossi', 'Erin Walsh', 'Ada Okafor']);

    await user.type(screen.getByLabelText('Search users'), 'emea-dach');
    await waitFor(() => expect(screen.getAllByTestId('user-row')).toHaveLength(1));
    expect(screen.getByText('1 of 3 users match')).toBeTruthy();
  });

  it('shows beside the units field that a regional partner needs a unit', async () => {
    const { user } = renderWithApp(<UsersPage />, { route: '/admin/users', user: admin, mocks: [usersMock([]), unitsMock] });
    await screen.findByText('No users yet');

    await user.click(screen.getAllByRole('button', { name: 'New user' })[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Email/), 'sam.kim@northwind.example');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Sam Kim');
    await chooseOption(/^Role/, 'Regional RevOps partner', dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Generate' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));

    const units = await within(dialog).findByRole('combobox', { name: /^Units/ });
    await waitFor(() => expect(fieldErrorOf(units)).toBe('A regional partner needs at least one unit.'));
    expect(fieldErrorOf(within(dialog).getByLabelText(/^Email/))).toBeNull();
  });

  it('puts the server’s unit error beside the units field and sends the new user', async () => {
    const sent: unknown[] = [];
    const { user } = renderWithApp(<UsersPage />, {
      route: '/admin/users',
      user: admin,
      mocks: [
        usersMock([]),
        unitsMock,
        recording(
          CreateUserMutation,
          graphQLError('BAD_USER_INPUT', 'Some fields are not valid.', {
            fieldErrors: [{ field: 'unitIds', message: 'Some units do not exist or are archived.' }],
          }),
          sent,
        ),
      ],
    });
    await screen.findByText('No users yet');

    await user.click(screen.getAllByRole('button', { name: 'New user' })[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Email/), 'Sam.Kim@northwind.example');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Sam Kim');
    await chooseOption(/^Role/, 'Regional RevOps partner', dialog);
    await chooseOption(/^Units/, 'DACH (EMEA-DACH)', dialog);
    await user.type(within(dialog).getByLabelText(/^Initial password/), 'correct-horse-battery');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));

    const units = within(dialog).getByRole('combobox', { name: /^Units/ });
    await waitFor(() => expect(fieldErrorOf(units)).toBe('Some units do not exist or are archived.'));
    expect(sent).toEqual([
      {
        input: {
          email: 'sam.kim@northwind.example',
          name: 'Sam Kim',
          role: 'regional_partner',
          unitIds: [dach.id],
          password: 'correct-horse-battery',
        },
      },
    ]);
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('fills a generated passphrase that passes the password rule', async () => {
    const { user } = renderWithApp(<UsersPage />, { route: '/admin/users', user: admin, mocks: [usersMock([]), unitsMock] });
    await screen.findByText('No users yet');

    await user.click(screen.getAllByRole('button', { name: 'New user' })[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    const password = within(dialog).getByLabelText<HTMLInputElement>(/^Initial password/);
    await user.click(within(dialog).getByRole('button', { name: 'Generate' }));

    expect(password.value).toMatch(/^([a-z]+-){5}\d{2}$/);
    // Shown in clear text so the admin can read it out or copy it.
    expect(password.type).toBe('text');
    expect(within(dialog).getByRole('button', { name: 'Copy password' })).toBeTruthy();
  });

  it('asks before deactivating and sends the user and the version seen', async () => {
    const erin = aUserRow({ name: 'Erin Walsh', version: 4 });
    const sent: unknown[] = [];
    const { user } = renderWithApp(<UsersPage />, {
      route: '/admin/users',
      user: admin,
      mocks: [
        usersMock([erin]),
        unitsMock,
        recording(DeactivateUserMutation, { data: { deactivateUser: { __typename: 'User', id: erin.id, active: false, version: 5 } } }, sent),
        usersMock([]),
      ],
    });
    await screen.findByText('Erin Walsh');

    await user.click(screen.getByRole('button', { name: 'Actions for Erin Walsh' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Deactivate' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Deactivate Erin Walsh?')).toBeTruthy();
    expect(dialog.textContent).toContain('every session they have open ends at once');
    expect(sent).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    await waitFor(() => expect(sent).toEqual([{ id: erin.id, expectedVersion: 4 }]));
    await waitFor(() => expect(screen.queryByText('Erin Walsh')).toBeNull());
  });

  it('does not offer to deactivate yourself or change your own role', async () => {
    const self = aUserRow({ id: admin.id, name: 'Ada Okafor', role: 'admin' });
    const { user } = renderWithApp(<UsersPage />, { route: '/admin/users', user: admin, mocks: [usersMock([self]), unitsMock] });
    await screen.findByText('Ada Okafor');

    await user.click(screen.getByRole('button', { name: 'Actions for Ada Okafor' }));
    const deactivate = await screen.findByRole('menuitem', { name: 'Deactivate' });
    expect(deactivate.hasAttribute('disabled') || deactivate.getAttribute('data-disabled') === 'true').toBe(true);
    await user.click(screen.getByRole('menuitem', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole<HTMLInputElement>('combobox', { name: /^Role/ }).disabled).toBe(true);
    expect(within(dialog).getByText('You cannot change your own role.')).toBeTruthy();
  });

  it('keeps the edits after a conflict and saves them over the newer version when asked', async () => {
    const marco = aUserRow({ name: 'Marco Rossi', role: 'regional_partner', units: [dach], version: 2 });
    const sent: { input: { expectedVersion: number; name: string } }[] = [];
    const conflict = graphQLError('CONFLICT', 'Someone else changed this user since you opened it.', { currentVersion: 3 });
    const saved = { data: { updateUser: { ...marco, name: 'Marco R. Rossi', version: 4 } } };
    const { user } = renderWithApp(<UsersPage />, {
      route: '/admin/users',
      user: admin,
      mocks: [
        usersMock([marco]),
        unitsMock,
        recording(UpdateUserMutation, conflict, sent),
        usersMock([{ ...marco, version: 3, units: [dach, nordics] }]),
        recording(UpdateUserMutation, saved, sent),
        usersMock([{ ...marco, name: 'Marco R. Rossi', version: 4 }]),
      ],
    });
    await screen.findByText('Marco Rossi');

    await user.click(screen.getByRole('button', { name: 'Actions for Marco Rossi' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, 'Marco R. Rossi');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await within(dialog).findByText(/Someone else changed this/)).toBeTruthy();
    expect(within(dialog).getByLabelText<HTMLInputElement>(/^Name/).value).toBe('Marco R. Rossi');
    await user.click(within(dialog).getByRole('button', { name: 'Save mine over theirs' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent.map((variables) => variables.input.expectedVersion)).toEqual([2, 3]);
    expect(sent[1]?.input.name).toBe('Marco R. Rossi');
  });
});
