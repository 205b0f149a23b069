import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { RACI_VALUE_LABELS, RACI_VALUES, ROLE_SIDE_LABELS, type RaciValue } from '@rollout/domain';
import { IconAlertCircle } from '@tabler/icons-react';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
import type { RaciDomainRow, RaciMatrix, RaciRoleColumn } from '../hooks/useRaci';

const EMPTY = '–';
const OPTIONS = [{ value: '', label: EMPTY }, ...RACI_VALUES.map((value) => ({ value, label: value }))];

/** A cell's key in the matrix: its domain and role. */
export const cellKey = (domainId: string, roleId: string) => `${domainId}:${roleId}`;

export interface RaciMatrixTableProps {
  raci: RaciMatrix;
  /** The letter each cell shows: the saved one, or the one being saved. */
  valueOf: (domainId: string, roleId: string) => RaciValue | null;
  /** Present when the viewer may change cells now: each cell is then a picker. */
  onSetCell?: (domain: RaciDomainRow, role: RaciRoleColumn, value: RaciValue | null) => void;
}

/** The letters and what they mean, above the matrix. */
export function RaciLegend() {
  return (
    <Group gap="md" aria-label="Legend">
      {RACI_VALUES.map((value) => (
        <Text key={value} size="xs">
          <b>{value}</b> {RACI_VALUE_LABELS[value]}
        </Text>
      ))}
      <Text size="xs" c="dimmed">
        Each domain needs exactly one Accountable and at least one Responsible.
      </Text>
    </Group>
  );
}

/**
 * Domains as rows and roles as columns, each cell a compact picker (or its letter, read-only), the
 * errors of each domain under its name. On a phone each domain is a card listing its roles.
 */
export function RaciMatrixTable({ raci, valueOf, onSetCell }: RaciMatrixTableProps) {
  const errorsOf = (domainId: string) => raci.validation.errors.filter((error) => error.domainId === domainId);

  const cell = (domain: RaciDomainRow, role: RaciRoleColumn) => {
    const value = valueOf(domain.id, role.id);
    if (onSetCell) {
      return (
        <NativeSelect
          size="xs"
          w={64}
          aria-label={`${domain.name} × ${role.name}`}
          data={OPTIONS}
          value={value ?? ''}
          onChange={(event) => onSetCell(domain, role, event.currentTarget.value === '' ? null : (event.currentTarget.value as RaciValue))}
        />
      );
    }
    return value ? (
      <abbr title={RACI_VALUE_LABELS[value]} style={{ textDecoration: 'none', fontWeight: value === 'A' ? 700 : 500 }}>
        {value}
      </abbr>
    ) : (
      <Text span c="dimmed" aria-label="Empty">
        {EMPTY}
      </Text>
    );
  };

  const columns: ResponsiveColumn<RaciDomainRow>[] = [
    {
      key: 'domain',
      header: 'Domain',
      cardRole: 'title',
      thProps: { miw: 200 },
      render: (domain) => (
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {domain.name}
          </Text>
          {domain.activity && (
            <Text size="xs" c="dimmed">
              Activity: {domain.activity.name}
            </Text>
          )}
          {errorsOf(domain.id).map((error) => (
            <Group key={error.kind} gap={4} wrap="nowrap" align="flex-start">
              <IconAlertCircle size={14} color="var(--mantine-color-red-filled)" aria-hidden style={{ flex: 'none', marginTop: 2 }} />
              <Text size="xs" c="red">
                {error.sentence}
              </Text>
            </Group>
          ))}
        </Stack>
      ),
    },
    ...raci.roles.map(
      (role): ResponsiveColumn<RaciDomainRow> => ({
        key: role.id,
        header: (
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {role.name}
            </Text>
            <Text size="xs" c="dimmed" fw={400}>
              {ROLE_SIDE_LABELS[role.side]}
            </Text>
          </Stack>
        ),
        cardLabel: role.name,
        render: (domain) => cell(domain, role),
      }),
    ),
  ];

  return (
    <ResponsiveTable
      rows={raci.domains}
      columns={columns}
      rowKey={(domain) => domain.id}
      aria-label="RACI matrix"
      minWidth={200 + raci.roles.length * 110}
      rowProps={(domain) => ({ 'data-errors': errorsOf(domain.id).length })}
      tableProps={{ verticalSpacing: 'xs' }}
    />
  );
}
