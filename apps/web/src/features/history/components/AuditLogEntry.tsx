import { Anchor, Box, Group, Text, ThemeIcon } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime, formatRelative } from '../../../shared/lib/format';
import { describeRecord, nameLookup, type AuditLogNames } from '../audit-record';
import {
  auditActionLabel,
  formatChangeValue,
  formatFieldName,
  isPasswordChange,
  passwordChangeLabel,
  type AuditOperationKey,
  type AuditRecordTypeKey,
} from '../format-change';
import classes from './AuditLogEntry.module.css';

export const AuditLogEntryFragment = graphql(`
  fragment AuditLogEntry on AuditEntry {
    id
    at
    operation
    recordType
    recordId
    actor {
      id
      name
    }
    changes {
      field
      from
      to
    }
  }
`);

// Fields whose value is the record the title names (e.g. a membership's user).
const NAMED_BY_TITLE: Record<AuditRecordTypeKey, readonly string[]> = {
  program: [],
  unit: [],
  user: [],
  program_member: ['userId'],
  program_unit: ['unitId'],
  unit_assignment: ['userId'],
  pilot: [],
  success_metric: [],
  measurement: ['unitId'],
  check_in: ['unitId'],
  decision: [],
  lesson: [],
  organization: [],
  phase_change: ['programId'],
  measurement_import: ['fileName'],
};

const OPERATION_STYLE = {
  insert: { icon: IconPlus, color: 'teal' },
  update: { icon: IconPencil, color: 'indigo' },
  delete: { icon: IconTrash, color: 'red' },
} as const;

export interface AuditLogEntryProps {
  entry: FragmentType<typeof AuditLogEntryFragment>;
  names: AuditLogNames;
}

interface ChangeLineProps {
  field: string;
  from: string | null;
  to: string | null;
  operation: AuditOperationKey;
  lookup: (id: string) => string | undefined;
}

/** `Status: Preparing → Blocked`; creations list the initial value, deletions the removed one. */
function ChangeLine({ field, from, to, operation, lookup }: ChangeLineProps) {
  const label = formatFieldName(field);
  const before = formatChangeValue(field, from, lookup);
  const after = formatChangeValue(field, to, lookup);
  return (
    <li className={classes.change} data-testid="audit-change">
      <Text span size="sm" c="dimmed">
        {label}:
      </Text>{' '}
      {operation === 'update' ? (
        <>
          <Text span size="sm" className={classes.before}>
            {before}
          </Text>
          {' → '}
          <Text span size="sm" fw={500}>
            {after}
          </Text>
        </>
      ) : (
        <Text span size="sm">
          {operation === 'insert' ? after : before}
        </Text>
      )}
    </li>
  );
}

/** One change in the audit log: what happened to which record, who did it and when, and each field. */
export function AuditLogEntry({ entry: entryRef, names }: AuditLogEntryProps) {
  const entry = getFragmentData(AuditLogEntryFragment, entryRef);
  const { icon: Icon, color } = OPERATION_STYLE[entry.operation];
  const record = describeRecord(entry, names);
  const lookup = nameLookup(names);
  // A creation's or deletion's empty fields say nothing, nor do the ids the title already names.
  const shown = (field: string) =>
    !((field === 'programId' && record.program) || (record.name && NAMED_BY_TITLE[entry.recordType].includes(field)));
  const passwordChange = isPasswordChange(entry);
  // A password change says it all in its title; its timestamp line would only repeat the time.
  const changes = passwordChange ? [] : [...entry.changes].sort((a, b) => Number(b.field === 'name') - Number(a.field === 'name')).filter((change) => {
    if (!shown(change.field)) return false;
    if (entry.operation === 'insert') return change.to !== null && change.to !== '';
    if (entry.operation === 'delete') return change.from !== null && change.from !== '';
    return true;
  });

  return (
    <Group component="article" data-testid="audit-entry" align="flex-start" wrap="nowrap" gap="md" className={classes.entry}>
      <ThemeIcon variant="light" color={color} radius="xl" size={32} aria-hidden>
        <Icon size={16} />
      </ThemeIcon>
      <Box miw={0} style={{ flex: 1 }}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Text size="sm" className={classes.title}>
            <Text span fw={600}>
              {passwordChange ? passwordChangeLabel(entry.actor?.id, entry.recordId) : auditActionLabel(entry.operation, entry.recordType)}
            </Text>
            {record.name && (
              <>
                {' '}
                {record.href ? (
                  <Anchor component={Link} to={record.href} fw={600} size="sm">
                    {record.name}
                  </Anchor>
                ) : (
                  <Text span fw={600}>
                    {record.name}
                  </Text>
                )}
              </>
            )}
            {record.program && (
              <>
                {' in '}
                <Anchor component={Link} to={`/programs/${record.program.id}`} size="sm">
                  {record.program.name}
                </Anchor>
              </>
            )}
            {!record.name && record.href && (
              <>
                {' '}
                <Anchor component={Link} to={record.href} size="sm">
                  Open
                </Anchor>
              </>
            )}
          </Text>
          <Text size="xs" c="dimmed" title={formatDateTime(entry.at)} className={classes.when}>
            {formatDateTime(entry.at)} · {formatRelative(entry.at)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" mt={2}>
          by {entry.actor?.name ?? 'the system'} ·{' '}
          <Text span ff="monospace" fz="xs" title={entry.recordId}>
            {entry.recordId.slice(0, 8)}
          </Text>
        </Text>
        {changes.length > 0 && (
          <ul className={classes.changes} data-operation={entry.operation} aria-label="Changed fields">
            {changes.map((change) => (
              <ChangeLine
                key={change.field}
                field={change.field}
                from={change.from ?? null}
                to={change.to ?? null}
                operation={entry.operation}
                lookup={lookup}
              />
            ))}
          </ul>
        )}
      </Box>
    </Group>
  );
}
