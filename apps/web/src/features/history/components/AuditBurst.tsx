import { Button, Group, Text } from '@mantine/core';
import { useId, useState } from 'react';
import type { FragmentType } from '../../../gql';
import { AuditLogEntry, AuditLogEntryFragment } from './AuditLogEntry';
import classes from './AuditLogEntry.module.css';

type EntryRef = FragmentType<typeof AuditLogEntryFragment>;

export interface AuditBurstProps {
  /** Like entries of one moment (an import, a bulk change), newest first as the log lists them. */
  entries: readonly [EntryRef, ...EntryRef[]];
}

/** A burst of like changes made at once: the first in full, the others behind one control. */
export function AuditBurst({ entries }: AuditBurstProps) {
  const [first, ...rest] = entries;
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div className={classes.burst} data-testid="audit-burst">
      <AuditLogEntry entry={first} />
      <Group gap="xs" className={classes.more}>
        <Text size="sm" c="dimmed">
          And {rest.length} more like it, made at the same moment.
        </Text>
        <Button variant="subtle" size="compact-sm" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((shown) => !shown)}>
          {open ? 'Hide them' : `Show all ${rest.length}`}
        </Button>
      </Group>
      <div id={listId} hidden={!open}>
        {open && rest.map((entry, index) => <AuditLogEntry key={index} entry={entry} />)}
      </div>
    </div>
  );
}
