import { MockedProvider } from '@apollo/client/testing/react';
import { MockLink } from '@apollo/client/testing';
import { ApolloLink } from '@apollo/client';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { Observable } from 'rxjs';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { vi } from 'vitest';
import { createCache } from '../app/apollo';
import { cssVariablesResolver, theme } from '../app/theme';
import { CurrentUserProvider, type CurrentUser } from '../shared/session/current-user';
import { aCurrentUser } from './fixtures';

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

export interface RenderOptions {
  /** Responses the mocked API gives, in any order; each is used once unless `maxUsageCount` says otherwise. */
  mocks?: readonly MockLink.MockedResponse[];
  /** The URL the test starts at. */
  route?: string;
  /** The route pattern `ui` is mounted at (for `useParams`). */
  path?: string;
  /** The signed-in user; `null` renders without one (e.g. the sign-in page). */
  user?: CurrentUser | null;
}

export interface RenderWithAppResult extends RenderResult {
  user: UserEvent;
  /** Where the app navigated to (path + query), read from a probe mounted on every other route. */
  currentLocation: () => string | null;
}

/** Renders `ui` the way the app does: Mantine, a router, Apollo (mocked) and the signed-in user. */
/** The mocks for queries and mutations; subscriptions (live updates) stay silent, as on a page with nothing happening elsewhere. */
function testLink(mocks: readonly MockLink.MockedResponse[]): ApolloLink {
  return ApolloLink.split(({ query }) => isSubscriptionOperation(query), new ApolloLink(() => new Observable(() => undefined)), new MockLink(mocks));
}

export function renderWithApp(ui: ReactElement, options: RenderOptions = {}): RenderWithAppResult {
  const { mocks = [], route = '/', path = route.split('?')[0] ?? '/', user = aCurrentUser() } = options;
  const router = createMemoryRouter(
    [
      { path, element: ui },
      { path: '*', element: <LocationProbe /> },
    ],
    { initialEntries: [route] },
  );
  // Same router settings as App.tsx.
  const content = <RouterProvider router={router} useTransitions={false} />;
  const result = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <MockedProvider link={testLink(mocks)} cache={createCache()}>
        {user ? <CurrentUserProvider user={user}>{content}</CurrentUserProvider> : content}
      </MockedProvider>
    </MantineProvider>,
  );
  return {
    ...result,
    // Typing and clicking move a fake clock along when the test uses one.
    user: userEvent.setup({ advanceTimers: (ms) => (vi.isFakeTimers() ? vi.advanceTimersByTime(ms) : undefined) }),
    currentLocation: () => {
      const probe = screen.queryByTestId('location');
      return probe ? probe.textContent : `${router.state.location.pathname}${router.state.location.search}`;
    },
  };
}

/** A GraphQL error response as the API formats it. */
export function graphQLError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/** Waits until a modal just opened has moved focus to its Close button, so what the test types next is not lost to that move. */
export function waitForOpeningFocus(): Promise<void> {
  return waitFor(() => {
    if (document.activeElement !== screen.getByRole('button', { name: 'Close' })) throw new Error('The dialog has not taken the focus yet.');
  });
}
