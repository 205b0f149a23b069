import { Button, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from './PageHeader';

export interface NoAccessProps {
  /** The page's name, kept as the document title. */
  title: string;
  /** Who may use the page, in plain words. */
  message: string;
}

/** A page the signed-in user's role may not open (the API refuses it too). */
export function NoAccess({ title, message }: NoAccessProps) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState
        mt={40}
        icon={<IconLock size={26} />}
        variant="light"
        color="gray"
        title="This page is not available to you"
        description={message}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/programs" variant="default">
            Back to programs
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
