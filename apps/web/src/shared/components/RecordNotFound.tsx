import { Button, EmptyState } from '@mantine/core';
import { IconSearchOff } from '@tabler/icons-react';
import { Link } from 'react-router';

export interface RecordNotFoundProps {
  /** E.g. "Pilot not found". */
  title: string;
}

/** What a record page shows when its id matches nothing the user can see. */
export function RecordNotFound({ title }: RecordNotFoundProps) {
  return (
    <EmptyState
      mt={60}
      icon={<IconSearchOff size={26} />}
      variant="light"
      color="gray"
      title={title}
      description="It may have been removed, or the link is wrong."
    >
      <EmptyState.Actions>
        <Button component={Link} to="/programs">
          Back to programs
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
