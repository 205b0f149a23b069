import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, renderWithApp, type RenderOptions } from '../../../test/render';
import { anId } from '../../../test/fixtures';
import { SignInMutation } from '../hooks/useSignIn';
import { SignInPage } from './SignInPage';

const email = 'priya.shah@northwind.example';

function signInMock(password: string, result: object) {
  return { request: { query: SignInMutation, variables: { email, password } }, result };
}

function renderSignIn(mocks: RenderOptions['mocks'], route = '/sign-in') {
  return renderWithApp(<SignInPage />, { mocks, route, path: '/sign-in', user: null });
}

describe('SignInPage', () => {
  it('asks for both fields before calling the API', async () => {
    const { user } = renderSignIn([]);

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your email address.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
  });

  it('shows one generic message when the API refuses the credentials', async () => {
    const { user, currentLocation } = renderSignIn([
      signInMock('wrong-password', graphQLError('UNAUTHENTICATED', 'Invalid email or password.')),
    ]);

    await user.type(screen.getByLabelText('Email'), email);
    await user.type(screen.getByLabelText('Password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The email or password is not correct.');
    expect(currentLocation()).toBe('/sign-in');
  });

  it('says how long to wait when there were too many attempts', async () => {
    const { user } = renderSignIn([
      signInMock(
        'guess-number-six',
        graphQLError('RATE_LIMITED', 'Too many sign-in attempts. Try again in 42 seconds.', { retryAfterSeconds: 42 }),
      ),
    ]);

    await user.type(screen.getByLabelText('Email'), email);
    await user.type(screen.getByLabelText('Password'), 'guess-number-six');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Too many attempts, try again in 42 seconds.');
  });

  it('says that HTTPS (or TRUST_PROXY) is needed when the server cannot set its Secure cookie', async () => {
    const message =
      'Signing in needs HTTPS: the session cookie is sent only over TLS. Serve Rollout over HTTPS, or set TRUST_PROXY to the proxies that terminate TLS in front of it (they must send X-Forwarded-Proto: https).';
    const { user } = renderSignIn([signInMock('rollout-demo', graphQLError('TLS_REQUIRED', message))]);

    await user.type(screen.getByLabelText('Email'), email);
    await user.type(screen.getByLabelText('Password'), 'rollout-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect((await screen.findByRole('alert')).textContent).toContain(message);
  });

  it('goes to the page the person came from after signing in', async () => {
    const { user, currentLocation } = renderSignIn(
      [
        signInMock('rollout-demo', {
          data: { signIn: { __typename: 'User', id: anId(), name: 'Priya Shah', role: 'program_manager' } },
        }),
      ],
      '/sign-in?next=%2Funits',
    );

    await user.type(screen.getByLabelText('Email'), email);
    await user.type(screen.getByLabelText('Password'), 'rollout-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(currentLocation()).toBe('/units'));
  });

  it('never follows a next link to another site', async () => {
    const { user, currentLocation } = renderSignIn(
      [
        signInMock('rollout-demo', {
          data: { signIn: { __typename: 'User', id: anId(), name: 'Priya Shah', role: 'program_manager' } },
        }),
      ],
      '/sign-in?next=%2F%2Fevil.example',
    );

    await user.type(screen.getByLabelText('Email'), email);
    await user.type(screen.getByLabelText('Password'), 'rollout-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(currentLocation()).toBe('/'));
  });
});
