import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { AUDIT_RECORD_TYPE_LABELS, AUDIT_RECORD_TYPES } from '@rollout/domain';
import { auditLogDateError, hasAuditLogFilters, type AuditLogParams } from '../hooks/useAuditLog';

const recordTypeOptions = AUDIT_RECORD_TYPES.map((value) => ({ value, label: AUDIT_RECORD_TYPE_LABELS[value] }));

export interface AuditLogPerson {
  id: string;
  name: string;
  email: string;
}

export interface AuditLogFiltersProps {
  params: AuditLogParams;
  people: readonly AuditLogPerson[];
  peopleLoading?: boolean;
  onChange: (changes: Partial<AuditLogParams>) => void;
  onReset: () => void;
}

export function AuditLogFilters({ params, people, peopleLoading = false, onChange, onReset }: AuditLogFiltersProps) {
  const personOptions = useMemo(
    () =>
      [...people]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((person) => ({ value: person.id, label: person.name })),
    [people],
  );
  const dateError = auditLogDateError(params);

  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <Select
        label="Changed by"
        placeholder={peopleLoading ? 'Loading people…' : 'Anyone'}
        data={personOptions}
        value={params.actorId}
        onChange={(value) => onChange({ actorId: value })}
        searchable
        clearable
        nothingFoundMessage="Nobody matches"
        w={240}
      />
      <Select
        label="Record type"
        placeholder="All records"
        data={recordTypeOptions}
        value={params.recordType}
        onChange={(value) => onChange({ recordType: AUDIT_RECORD_TYPES.find((type) => type === value) ?? null })}
        clearable
        w={220}
      />
      <TextInput
        type="date"
        label="From"
        value={params.from}
        max={params.to || undefined}
        onChange={(event) => onChange({ from: event.currentTarget.value })}
        w={170}
      />
      <TextInput
        type="date"
        label="To"
        value={params.to}
        min={params.from || undefined}
        onChange={(event) => onChange({ to: event.currentTarget.value })}
        error={dateError ?? undefined}
        w={170}
      />
      {hasAuditLogFilters(params) && (
        <Button variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onReset} mt={25}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
