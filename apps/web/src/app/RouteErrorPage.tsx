import { Button, Center, EmptyState } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Last resort for render errors and failed page downloads (e.g. after a deploy). */
export function RouteErrorPage() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const title = notFound ? 'Page not found' : 'Something went wrong';
  useDocumentTitle(`${title} · Rollout`);
  return (
    <Center component="main" mih="100vh" p="md">
      <EmptyState icon={<IconAlertTriangle size={28} />} variant="light" color={notFound ? 'gray' : 'red'}>
        <EmptyState.Title order={1}>{title}</EmptyState.Title>
        <EmptyState.Description>
          {notFound
            ? 'The address may be mistyped, or the page has moved.'
            : 'This page could not be shown. Reloading usually fixes it; if not, try again in a minute.'}
        </EmptyState.Description>
        <EmptyState.Actions>
          <Button onClick={() => window.location.reload()}>Reload</Button>
          <Button variant="default" component="a" href="/programs">
            Go to programs
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
