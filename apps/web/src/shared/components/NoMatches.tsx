import { Button, EmptyState } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';

export interface NoMatchesProps {
  /** e.g. "No programs match". */
  title: string;
  /** What the search looks at, or what to try instead. */
  description: string;
  onClear: () => void;
  clearLabel?: string;
}

/** A filtered list that came back empty, with the way back to the whole list. */
export function NoMatches({ title, description, onClear, clearLabel = 'Clear filters' }: NoMatchesProps) {
  return (
    <EmptyState py={56} icon={<IconFilterOff size={26} />} variant="light" color="gray" title={title} description={description}>
      <EmptyState.Actions>
        <Button variant="default" onClick={onClear}>
          {clearLabel}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
