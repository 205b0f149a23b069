import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeQuery } from '../features/auth/hooks/useMe';
import { anId } from '../test/fixtures';
import { renderWithApp } from '../test/render';
import { AppLayout } from './AppLayout';

function meAs(role: 'admin' | 'program_manager' | 'regional_partner' | 'executive') {
  return {
    request: { query: MeQuery },
    result: {
      data: {
        me: { __typename: 'User' as const, id: anId(), name: 'Ada Okafor', email: 'admin@northwind.example', role, units: [] },
      },
    },
  };
}

describe('AppLayout admin navigation', () => {
  it('shows Users and Audit log to admins', async () => {
    renderWithApp(<AppLayout />, { route: '/admin/users', user: null, mocks: [meAs('admin')] });

    await screen.findByTestId('current-user');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Users' }).getAttribute('data-active')).toBe('true');
    expect(within(nav).getByRole('link', { name: 'Audit log' }).getAttribute('href')).toBe('/admin/audit-log');
  });

  it.each(['program_manager', 'regional_partner', 'executive'] as const)('hides them from a %s', async (role) => {
    renderWithApp(<AppLayout />, { route: '/programs', user: null, mocks: [meAs(role)] });

    await screen.findByTestId('current-user');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Programs' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'Users' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Audit log' })).toBeNull();
  });
});

describe('AppLayout check-in navigation', () => {
  it.each(['admin', 'program_manager', 'regional_partner'] as const)('shows This week to a %s', async (role) => {
    renderWithApp(<AppLayout />, { route: '/this-week', user: null, mocks: [meAs(role)] });

    await screen.findByTestId('current-user');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const link = within(nav).getByRole('link', { name: 'This week' });
    expect(link.getAttribute('href')).toBe('/this-week');
    expect(link.getAttribute('data-active')).toBe('true');
  });

  it('hides This week from an executive, who only reads', async () => {
    renderWithApp(<AppLayout />, { route: '/programs', user: null, mocks: [meAs('executive')] });

    await screen.findByTestId('current-user');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'This week' })).toBeNull();
  });
});
