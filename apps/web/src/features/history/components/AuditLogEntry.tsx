import { Anchor, Box, Group, Text, ThemeIcon } from '@mantine/core';
import { AUDIT_RECORD_TYPE_LABELS } from '@rollout/domain';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime, formatRelative } from '../../../shared/lib/format';
import classes from './AuditLogEntry.module.css';

export const AuditLogEntryFragment = graphql(`
  fragment AuditLogEntry on AuditEntry {
    id
    at
    operation
    recordType
    recordId
    recordLabel
    program {
      id
      name
    }
    actor {
      id
      name
    }
    action
    subject
    suffix
    details
  }
`);

const OPERATION_STYLE = {
  insert: { icon: IconPlus, color: 'teal' },
  update: { icon: IconPencil, color: 'indigo' },
  delete: { icon: IconTrash, color: 'red' },
} as const;

export interface AuditLogEntryProps {
  entry: FragmentType<typeof AuditLogEntryFragment>;
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One change in the audit log as the API words it: who did what to which record (by name) in which
 * program, when, and each changed field as a clause.
 */
export function AuditLogEntry({ entry: entryRef }: AuditLogEntryProps) {
  const entry = getFragmentData(AuditLogEntryFragment, entryRef);
  const { icon: Icon, color } = OPERATION_STYLE[entry.operation];
  // Programs and pilots have pages; a deleted one does not.
  const href =
    entry.operation === 'delete' ? null : entry.recordType === 'program' ? `/programs/${entry.recordId}` : entry.recordType === 'pilot' ? `/pilots/${entry.recordId}` : null;
  const inProgram = entry.program && entry.recordType !== 'program' && entry.program.name !== entry.subject ? entry.program : null;

  return (
    <Group component="article" data-testid="audit-entry" align="flex-start" wrap="nowrap" gap="md" className={classes.entry}>
      <ThemeIcon variant="light" color={color} radius="xl" size={32} aria-hidden>
        <Icon size={16} />
      </ThemeIcon>
      <Box miw={0} style={{ flex: 1 }}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Text size="sm" className={classes.title}>
            <Text span fw={600}>
              {entry.actor?.name ?? 'System'}
            </Text>{' '}
            {entry.action}
            {entry.subject && (
              <>
                {' '}
                {href ? (
                  <Anchor component={Link} to={href} fw={600} size="sm">
                    {entry.subject}
                  </Anchor>
                ) : (
                  <Text span fw={600}>
                    {entry.subject}
                  </Text>
                )}
              </>
            )}
            {entry.suffix && ` ${entry.suffix}`}
            {inProgram && (
              <>
                {' in '}
                <Anchor component={Link} to={`/programs/${inProgram.id}`} size="sm">
                  {inProgram.name}
                </Anchor>
              </>
            )}
          </Text>
          <Text size="xs" c="dimmed" title={formatDateTime(entry.at)} className={classes.when}>
            {formatDateTime(entry.at)} · {formatRelative(entry.at)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" mt={2}>
          {AUDIT_RECORD_TYPE_LABELS[entry.recordType]} · {entry.recordLabel}
        </Text>
        {entry.details.length > 0 && (
          <ul className={classes.changes} data-operation={entry.operation} aria-label="Changed fields">
            {entry.details.map((detail) => (
              <li key={detail} className={classes.change} data-testid="audit-change">
                <Text span size="sm">
                  {sentenceCase(detail)}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </Box>
    </Group>
  );
}
