import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@apollo/client/react';
import { Grid, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { createPilotSchema, defaultPilotEndDate, EARLIEST_DATE, LATEST_DATE, ROLE_LABELS, UNIT_KINDS, type CreatePilotInput, type CreatePilotValues, type UnitKind } from '@rollout/domain';
import { useMemo } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { formatLocalDate } from '../../../shared/lib/format';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { useCatalogActivities } from '../../assessments/hooks/useCatalogActivities';
import { MemberCandidatesQuery } from '../../programs/hooks/useProgramRollout';
import { useUnits } from '../../units/hooks/useUnits';
import { FormFooter } from '../../../shared/components/FormFooter';
import { isConflict } from '../../../shared/lib/conflict';

export const PILOT_FORM_FIELDS: readonly FieldPath<CreatePilotInput>[] = [
  'name',
  'hypothesis',
  'unitIds',
  'comparisonUnitIds',
  'startDate',
  'endDate',
  'steeringMemberIds',
  'activityIds',
];

const KIND_GROUPS: Record<UnitKind, string> = {
  region: 'Regions',
  sub_region: 'Sub-regions',
  country: 'Countries',
  business_unit: 'Business units',
  segment: 'Segments',
};

/** The default end date as a sentence, or null while the start date is not a real date. */
function defaultEndHint(startDate: string | undefined): string | null {
  if (!startDate || !/^\d{4}-\d{2}-\d{2}$/.test(startDate)) return null;
  try {
    return `Leave empty for four weeks: the pilot then ends on ${formatLocalDate(defaultPilotEndDate(startDate))}.`;
  } catch {
    return null;
  }
}

export interface PilotFormProps {
  defaultValues: CreatePilotInput;
  /** Units of the program's rollout, offered first. */
  programUnitIds: readonly string[];
  /** Once a pilot runs, its units, comparison units and start date are fixed. */
  started?: boolean;
  submitLabel: string;
  /** Saves the values; throws the API error when that fails. */
  onSubmit: (values: CreatePilotValues) => Promise<void>;
  onCancel: () => void;
  /** Shown when the save is refused because someone else changed the pilot (CONFLICT). */
  conflictMessage?: string;
}

/** Create and edit form of a pilot; validates with the domain's pilot schema like the API does. */
export function PilotForm({ defaultValues, programUnitIds, started = false, submitLabel, onSubmit, onCancel, conflictMessage }: PilotFormProps) {
  const units = useUnits(false);
  const people = useQuery(MemberCandidatesQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const catalog = useCatalogActivities(defaultValues.programId);
  const {
    control,
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<CreatePilotInput, unknown, CreatePilotValues>({
    resolver: zodResolver(createPilotSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const startDate = useWatch({ control, name: 'startDate' });
  const pilotUnitIds = useWatch({ control, name: 'unitIds' });

  // The program's own units first, then every other active unit by kind and name.
  const unitGroups = useMemo(() => {
    const inProgram = new Set(programUnitIds);
    const active = (units.data?.units ?? []).filter((unit) => !unit.archived);
    const option = (unit: (typeof active)[number]) => ({ value: unit.id, label: `${unit.name} (${unit.code})` });
    const byName = (a: (typeof active)[number], b: (typeof active)[number]) => a.name.localeCompare(b.name);
    const groups = [{ group: 'In this program’s rollout', items: active.filter((unit) => inProgram.has(unit.id)).sort(byName).map(option) }];
    for (const kind of UNIT_KINDS) {
      groups.push({
        group: `Other ${KIND_GROUPS[kind].toLowerCase()}`,
        items: active.filter((unit) => unit.kind === kind && !inProgram.has(unit.id)).sort(byName).map(option),
      });
    }
    return groups.filter((group) => group.items.length > 0);
  }, [units.data, programUnitIds]);

  const comparisonGroups = useMemo(() => {
    const taken = new Set(pilotUnitIds);
    return unitGroups.map((group) => ({ ...group, items: group.items.filter((item) => !taken.has(item.value)) })).filter((group) => group.items.length > 0);
  }, [unitGroups, pilotUnitIds]);

  const peopleOptions = useMemo(
    () => (people.data?.users ?? []).map((user) => ({ value: user.id, label: `${user.name} · ${ROLE_LABELS[user.role]}` })),
    [people.data],
  );

  const submit = async (values: CreatePilotValues) => {
    try {
      await onSubmit(values);
    } catch (error) {
      if (conflictMessage && isConflict(error)) setError('root.server', { type: 'conflict', message: conflictMessage });
      else applyServerErrors(error, setError, PILOT_FORM_FIELDS);
    }
  };

  // An empty date input fails the format rule; "pick a date" reads better than the format hint.
  const startError = errors.startDate && (getValues('startDate') ? errors.startDate.message : 'Pick a start date.');
  const fixed = started ? 'Fixed once the pilot has started.' : undefined;
  const rootError = errors.root?.server;

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <Stack gap="md">
        <TextInput label="Name" placeholder="e.g. DACH hub routing pilot" required error={errors.name?.message} {...register('name')} />
        <Textarea
          label="Hypothesis"
          description="What should the pilot show, in plain words?"
          placeholder="e.g. If the hub owns lead routing, DACH answers leads within 8 hours without hurting win rate."
          autosize
          minRows={2}
          maxRows={6}
          required
          error={errors.hypothesis?.message}
          {...register('hypothesis')}
        />
        <Controller
          control={control}
          name="unitIds"
          render={({ field }) => (
            <MultiSelect
              label="Pilot units"
              description={fixed ?? 'The units that run the change.'}
              placeholder={field.value.length === 0 ? (units.loading && !units.data ? 'Loading units…' : 'Search units') : undefined}
              data={unitGroups}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              searchable
              hidePickedOptions
              nothingFoundMessage="No unit matches"
              maxDropdownHeight={260}
              required
              disabled={started}
              error={errors.unitIds?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="comparisonUnitIds"
          render={({ field }) => (
            <MultiSelect
              label="Comparison units"
              description={fixed ?? 'Optional: similar units that do not change, to tell the pilot’s effect from a company-wide trend.'}
              placeholder={(field.value ?? []).length === 0 ? 'Search units' : undefined}
              data={comparisonGroups}
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              searchable
              hidePickedOptions
              nothingFoundMessage="No unit matches"
              maxDropdownHeight={260}
              disabled={started}
              error={errors.comparisonUnitIds?.message}
            />
          )}
        />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              type="date"
              min={EARLIEST_DATE}
              max={LATEST_DATE}
              label="Start date"
              description={fixed ?? 'Usually a Monday.'}
              required
              readOnly={started}
              error={startError}
              {...register('startDate')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              type="date"
              min={EARLIEST_DATE}
              max={LATEST_DATE}
              label="End date"
              description={defaultEndHint(startDate) ?? 'Leave empty for four weeks after the start.'}
              error={errors.endDate?.message}
              {...register('endDate', { setValueAs: (value: string | undefined) => (value ? value : undefined) })}
            />
          </Grid.Col>
        </Grid>
        <Controller
          control={control}
          name="steeringMemberIds"
          render={({ field }) => (
            <MultiSelect
              label="Steering committee"
              description="Who meets weekly to review the check-ins."
              placeholder={(field.value ?? []).length === 0 ? (people.loading && !people.data ? 'Loading people…' : 'Search people') : undefined}
              data={peopleOptions}
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              searchable
              hidePickedOptions
              nothingFoundMessage="Nobody matches"
              maxDropdownHeight={260}
              error={errors.steeringMemberIds?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="activityIds"
          render={({ field }) => (
            <MultiSelect
              label="Activities"
              description="What the pilot changes, from the program’s catalog (the Assess tab)."
              placeholder={(field.value ?? []).length === 0 ? (catalog.loading ? 'Loading the catalog…' : 'Search activities') : undefined}
              data={catalog.groups}
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              searchable
              hidePickedOptions
              nothingFoundMessage="No activity matches"
              maxDropdownHeight={260}
              error={errors.activityIds?.message}
            />
          )}
        />
        <FormFooter error={rootError} onCancel={onCancel} submitting={isSubmitting} submitLabel={submitLabel} />
      </Stack>
    </form>
  );
}
