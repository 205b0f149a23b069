import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../../../test/field-error';
import { aCurrentUser } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { ChangeMyPasswordMutation } from '../hooks/useChangePassword';
import { UserMenu } from './UserMenu';

const me = aCurrentUser({ name: 'Priya Shah', email: 'priya.shah@northwind.example' });

async function openChangePassword(user: ReturnType<typeof renderWithApp>['user']) {
  await user.click(screen.getByTestId('current-user'));
  expect(await screen.findByText('Signed in as priya.shah@northwind.example')).toBeTruthy();
  await user.click(screen.getByRole('menuitem', { name: 'Change password' }));
  return screen.findByRole('dialog');
}

describe('UserMenu: change password', () => {
  it('shows the server’s "not your current password" beside that field', async () => {
    const { user } = renderWithApp(<UserMenu user={me} />, {
      user: me,
      mocks: [
        {
          request: {
            query: ChangeMyPasswordMutation,
            variables: { currentPassword: 'not-my-password', newPassword: 'maple-orbit-quill-raven-47' },
          },
          result: graphQLError('BAD_USER_INPUT', 'This is not your current password.', {
            fieldErrors: [{ field: 'currentPassword', message: 'This is not your current password.' }],
          }),
        },
      ],
    });

    const dialog = await openChangePassword(user);
    await user.type(within(dialog).getByLabelText(/^Current password/), 'not-my-password');
    await user.type(within(dialog).getByLabelText(/^New password/), 'maple-orbit-quill-raven-47');
    await user.type(within(dialog).getByLabelText(/^Confirm new password/), 'maple-orbit-quill-raven-47');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));

    await waitFor(() =>
      expect(fieldErrorOf(within(dialog).getByLabelText(/^Current password/))).toBe('This is not your current password.'),
    );
    expect(fieldErrorOf(within(dialog).getByLabelText(/^New password/))).toBeNull();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('shows the new password’s strength as it is typed, and why a weak one or one with the user’s name would be refused', async () => {
    const { user } = renderWithApp(<UserMenu user={me} />, { user: me });
    const dialog = await openChangePassword(user);
    const newPassword = within(dialog).getByLabelText(/^New password/);
    expect(within(dialog).queryByTestId('password-strength')).toBeNull();

    await user.type(newPassword, 'password1234');
    await waitFor(() => expect(within(dialog).getByTestId('password-strength').textContent).toMatch(/^Strength: (Very weak|Weak)This password is too easy to guess\./));

    await user.clear(newPassword);
    await user.type(newPassword, 'Priya rides the orbit');
    await waitFor(() => expect(within(dialog).getByTestId('password-strength').textContent).toContain('Do not use your email address or name in your password.'));

    await user.clear(newPassword);
    await user.type(newPassword, 'maple-orbit-quill-raven-47');
    await waitFor(() => expect(within(dialog).getByTestId('password-strength').textContent).toBe('Strength: Very strong'));
  });

  it('checks length and the repeated password before asking the server', async () => {
    const { user } = renderWithApp(<UserMenu user={me} />, { user: me });

    const dialog = await openChangePassword(user);
    await user.type(within(dialog).getByLabelText(/^Current password/), 'rollout-demo');
    await user.type(within(dialog).getByLabelText(/^New password/), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(fieldErrorOf(within(dialog).getByLabelText(/^New password/))).toBe('Use at least 12 characters.'));

    await user.clear(within(dialog).getByLabelText(/^New password/));
    await user.type(within(dialog).getByLabelText(/^New password/), 'maple-orbit-quill-raven-47');
    await user.type(within(dialog).getByLabelText(/^Confirm new password/), 'maple-orbit-quill-raven-48');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    await waitFor(() =>
      expect(fieldErrorOf(within(dialog).getByLabelText(/^Confirm new password/))).toBe('The two new passwords do not match.'),
    );
  });

  it('changes the password and closes', async () => {
    const { user } = renderWithApp(<UserMenu user={me} />, {
      user: me,
      mocks: [
        {
          request: { query: ChangeMyPasswordMutation, variables: { currentPassword: 'rollout-demo', newPassword: 'maple-orbit-quill-raven-47' } },
          result: { data: { changeMyPassword: true } },
        },
      ],
    });

    const dialog = await openChangePassword(user);
    await user.type(within(dialog).getByLabelText(/^Current password/), 'rollout-demo');
    await user.type(within(dialog).getByLabelText(/^New password/), 'maple-orbit-quill-raven-47');
    await user.type(within(dialog).getByLabelText(/^Confirm new password/), 'maple-orbit-quill-raven-47');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
