import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeQuery } from '../features/auth/hooks/useMe';
import { SignOutMutation } from '../features/auth/hooks/useSignOut';
import { anId } from '../test/fixtures';
import { graphQLError, renderWithApp } from '../test/render';
import { AppLayout } from './AppLayout';

const me = {
  __typename: 'User' as const,
  id: anId(),
  name: 'Marco Rossi',
  email: 'marco.rossi@northwind.example',
  role: 'regional_partner' as const,
  units: [{ __typename: 'Unit' as const, id: anId(), name: 'EMEA' }],
};

describe('AppLayout', () => {
  it('shows the signed-in user with their role and the navigation', async () => {
    renderWithApp(<AppLayout />, {
      route: '/programs',
      user: null,
      mocks: [{ request: { query: MeQuery }, result: { data: { me } } }],
    });

    const current = await screen.findByTestId('current-user');
    expect(within(current).getByText('Marco Rossi')).toBeTruthy();
    expect(within(current).getByText('Regional RevOps partner')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Programs' }).getAttribute('data-active')).toBe('true');
    expect(within(nav).getByRole('link', { name: 'Units' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Metric catalog' })).toBeTruthy();
    expect(screen.getByText('Regional RevOps partner · EMEA')).toBeTruthy();
  });

  it('sends signed-out visitors to sign-in, remembering where they were going', async () => {
    const { currentLocation } = renderWithApp(<AppLayout />, {
      route: '/programs?status=at_risk',
      user: null,
      mocks: [{ request: { query: MeQuery }, result: graphQLError('UNAUTHENTICATED', 'Sign in first.') }],
    });

    await waitFor(() => expect(currentLocation()).toBe('/sign-in?next=%2Fprograms%3Fstatus%3Dat_risk'));
  });

  it('signs out and goes to the sign-in page', async () => {
    const { user, currentLocation } = renderWithApp(<AppLayout />, {
      route: '/units',
      user: null,
      mocks: [
        { request: { query: MeQuery }, result: { data: { me } } },
        { request: { query: SignOutMutation }, result: { data: { signOut: true } } },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(currentLocation()).toBe('/sign-in'));
  });
});
