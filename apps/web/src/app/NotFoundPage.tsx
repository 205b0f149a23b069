import { Button, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <EmptyState
      mt={80}
      icon={<IconMapOff size={28} />}
      variant="light"
      color="gray"
      title="Page not found"
      description="The address may be mistyped, or the page has moved."
    >
      <EmptyState.Actions>
        <Button component={Link} to="/programs">
          Go to programs
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
