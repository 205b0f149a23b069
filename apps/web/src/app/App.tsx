import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { printInLightScheme } from './print-light';
import { appRoutes } from './routes';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme';

// Toasts are only shown after an action, so their component is not part of the first download.
const Notifications = lazy(async () => ({ default: (await import('@mantine/notifications')).Notifications }));

const router = createBrowserRouter(appRoutes);
// Router updates are not transitions (useTransitions={false} below): Apollo's urgent updates would
// otherwise interrupt a pending navigation, re-render the old URL and re-send the old query, over and
// over (seen with the debounced program search). Lazy pages load before the router commits anyway.

const client = createApolloClient({
  onUnauthenticated: () => {
    const { pathname, search } = router.state.location;
    if (pathname.startsWith('/sign-in')) return;
    void client.clearStore();
    void router.navigate(`/sign-in?next=${encodeURIComponent(`${pathname}${search}`)}`, { replace: true });
  },
});

export function App() {
  useEffect(() => printInLightScheme(), []);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
    >
      <Suspense fallback={null}>
        {/* Bottom right: toasts never cover the header menus or a page's action buttons. */}
        <Notifications position="bottom-right" />
      </Suspense>
      <ApolloProvider client={client}>
        <RouterProvider router={router} useTransitions={false} />
      </ApolloProvider>
    </MantineProvider>
  );
}
