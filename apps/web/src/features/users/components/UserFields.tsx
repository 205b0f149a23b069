import { MultiSelect, Select } from '@mantine/core';
import { ROLE_LABELS, ROLES, type Role } from '@rollout/domain';
import { useMemo } from 'react';
import type { UnitOption } from './UserFormModal';

// The fields the create and edit forms share: the role (with what it may do) and a partner's units.

const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'Manages user accounts and sees the audit log; can do everything a program manager can.',
  program_manager: 'Creates and runs programs and shapes the unit tree.',
  regional_partner: 'Reports rollout status for their units; reads everything else.',
  executive: 'Reads programs and progress; changes nothing.',
};
const roleOptions = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

export function useUnitSelectData(units: readonly UnitOption[], assigned: readonly UnitOption[] = []) {
  return useMemo(() => {
    // Units a user already has stay listed even if they are no longer offered (e.g. archived since).
    const byId = new Map([...assigned, ...units].map((unit) => [unit.id, unit]));
    return [...byId.values()]
      .map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [units, assigned]);
}

export interface RoleSelectProps {
  value: Role | undefined;
  onChange: (value: Role | undefined) => void;
  onBlur: () => void;
  error?: string;
  disabled?: boolean;
}

export function RoleSelect({ value, onChange, onBlur, error, disabled = false }: RoleSelectProps) {
  return (
    <Select
      label="Role"
      placeholder="Pick a role"
      description={disabled ? 'You cannot change your own role.' : value ? ROLE_DESCRIPTIONS[value] : undefined}
      data={roleOptions}
      value={value ?? null}
      onChange={(next) => onChange(ROLES.find((role) => role === next))}
      onBlur={onBlur}
      allowDeselect={false}
      required
      disabled={disabled}
      error={error}
      comboboxProps={{ withinPortal: false }}
    />
  );
}

export interface UnitsSelectProps {
  data: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  onBlur: () => void;
  error?: string;
  loading: boolean;
}

export function UnitsSelect({ data, value, onChange, onBlur, error, loading }: UnitsSelectProps) {
  return (
    <MultiSelect
      label="Units"
      description="The units this partner reports on, including every unit below them."
      placeholder={value.length ? undefined : loading ? 'Loading units…' : 'Pick one or more units'}
      data={data}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      searchable
      clearable
      required
      nothingFoundMessage="No unit matches"
      error={error}
      comboboxProps={{ withinPortal: false }}
    />
  );
}
