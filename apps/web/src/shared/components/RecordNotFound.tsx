import { Button, EmptyState } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconSearchOff } from '@tabler/icons-react';
import { Link } from 'react-router';

export interface RecordNotFoundProps {
  /** E.g. "Pilot not found"; also the document title. */
  title: string;
}

/** What a record page shows when its id matches nothing the user can see. */
export function RecordNotFound({ title }: RecordNotFoundProps) {
  useDocumentTitle(`${title} · Rollout`);
  return (
    <EmptyState mt={60} icon={<IconSearchOff size={26} />} variant="light" color="gray">
      <EmptyState.Title order={1}>{title}</EmptyState.Title>
      <EmptyState.Description>It may have been removed, or the link is wrong.</EmptyState.Description>
      <EmptyState.Actions>
        <Button component={Link} to="/programs">
          Back to programs
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
