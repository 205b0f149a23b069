import { Button, EmptyState } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';

const TITLE = 'Page not found';

export function NotFoundPage() {
  useDocumentTitle(`${TITLE} · Rollout`);
  return (
    <EmptyState mt={80} icon={<IconMapOff size={28} />} variant="light" color="gray">
      <EmptyState.Title order={1}>{TITLE}</EmptyState.Title>
      <EmptyState.Description>The address may be mistyped, or the page has moved.</EmptyState.Description>
      <EmptyState.Actions>
        <Button component={Link} to="/programs">
          Go to programs
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
