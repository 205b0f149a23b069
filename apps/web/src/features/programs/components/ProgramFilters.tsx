import { Button, Group, MultiSelect, Switch, TextInput } from '@mantine/core';
import {
  OPERATING_MODEL_LABELS,
  OPERATING_MODELS,
  PROGRAM_PHASE_LABELS,
  PROGRAM_PHASES,
  PROGRAM_STATUS_LABELS,
  PROGRAM_STATUSES,
  type OperatingModel,
  type ProgramPhase,
  type ProgramStatus,
} from '@rollout/domain';
import { IconSearch, IconX } from '@tabler/icons-react';
import { hasActiveFilters, type ProgramListParams } from '../hooks/useProgramListParams';
import classes from './ProgramFilters.module.css';

const phaseOptions = PROGRAM_PHASES.map((value) => ({ value, label: PROGRAM_PHASE_LABELS[value] }));
const statusOptions = PROGRAM_STATUSES.map((value) => ({ value, label: PROGRAM_STATUS_LABELS[value] }));
const modelOptions = OPERATING_MODELS.map((value) => ({ value, label: OPERATING_MODEL_LABELS[value] }));

function only<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return allowed.filter((value) => values.includes(value));
}

export interface ProgramFiltersProps {
  params: ProgramListParams;
  /** What is in the search box now; the list follows after a pause (see ProgramsPage). */
  searchText: string;
  onSearchTextChange: (value: string) => void;
  onChange: (changes: Partial<ProgramListParams>) => void;
  onReset: () => void;
}

export function ProgramFilters({ params, searchText, onSearchTextChange, onChange, onReset }: ProgramFiltersProps) {
  const filtered = hasActiveFilters(params) || searchText.trim() !== '';

  return (
    <Group gap="sm" align="center" wrap="wrap">
      <TextInput
        aria-label="Search programs"
        placeholder="Search programs"
        leftSection={<IconSearch size={16} />}
        value={searchText}
        onChange={(event) => onSearchTextChange(event.currentTarget.value)}
        className={classes.search}
      />
      <MultiSelect
        aria-label="Filter by phase"
        placeholder={params.phases.length ? undefined : 'Phase'}
        data={phaseOptions}
        value={params.phases}
        onChange={(values) => onChange({ phases: only<ProgramPhase>(values, PROGRAM_PHASES) })}
        clearable
        clearSectionMode="clear"
        className={classes.select}
      />
      <MultiSelect
        aria-label="Filter by status"
        placeholder={params.statuses.length ? undefined : 'Status'}
        data={statusOptions}
        value={params.statuses}
        onChange={(values) => onChange({ statuses: only<ProgramStatus>(values, PROGRAM_STATUSES) })}
        clearable
        clearSectionMode="clear"
        className={classes.select}
      />
      <MultiSelect
        aria-label="Filter by operating model"
        placeholder={params.models.length ? undefined : 'Operating model'}
        data={modelOptions}
        value={params.models}
        onChange={(values) => onChange({ models: only<OperatingModel>(values, OPERATING_MODELS) })}
        clearable
        clearSectionMode="clear"
        className={classes.select}
      />
      <Switch
        label="Include archived"
        checked={params.includeArchived}
        onChange={(event) => onChange({ includeArchived: event.currentTarget.checked })}
      />
      {filtered && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconX size={14} />}
          onClick={onReset}
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}
