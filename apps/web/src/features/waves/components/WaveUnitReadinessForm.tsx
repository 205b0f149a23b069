import { Checkbox, Group, NumberInput, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FormFooter } from '../../../shared/components/FormFooter';
import { serverFormError } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useUpdateWaveUnitReadiness, type WaveUnit, type WaveUnitDetails } from '../hooks/useRolloutPlan';

/** A unit's readiness: each part of its score, then what its partner (or a program lead) records — the checklist, people trained, the local sponsor. */
export function WaveUnitReadinessForm({ unit, details, canEdit }: { unit: WaveUnit; details: WaveUnitDetails; canEdit: boolean }) {
  const [checklist, setChecklist] = useState(details.checklist.map(({ label, done }) => ({ label, done })));
  const [peopleInScope, setPeopleInScope] = useState<number>(details.peopleInScope);
  const [peopleTrained, setPeopleTrained] = useState<number>(details.peopleTrained);
  const [sponsorName, setSponsorName] = useState(details.sponsorName);
  const [error, setError] = useState<ReturnType<typeof serverFormError> | undefined>();
  const [save, { loading }] = useUpdateWaveUnitReadiness();
  const trainedTooMany = peopleTrained > peopleInScope;

  const submit = async () => {
    setError(undefined);
    try {
      await save({ variables: { input: { id: unit.id, checklist, peopleInScope, peopleTrained, sponsorName, expectedVersion: unit.version } } });
      notifySuccess(`Readiness of ${unit.unitName} saved.`);
    } catch (saveError) {
      setError(serverFormError(saveError));
    }
  };

  return (
    <Stack gap="sm" component="form" aria-label="Readiness" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <Stack gap={4} aria-label="Readiness parts">
        {details.readiness.parts.map((part) => (
          <div key={part.part}>
            <Group justify="space-between" gap="xs">
              <Text size="xs">{part.label}</Text>
              <Text size="xs" c="dimmed">
                {part.value === null ? 'no figure' : `${Math.round(part.value)}`} · weight {part.weight}
              </Text>
            </Group>
            <Progress value={part.value ?? 0} size="xs" color={part.value === null ? 'gray' : 'blue'} aria-label={`${part.label}: ${part.value === null ? 'no figure' : Math.round(part.value)}`} />
          </div>
        ))}
      </Stack>
      <Stack gap={6} role="group" aria-label="Readiness checklist">
        {checklist.map((item, index) => (
          <Checkbox
            key={item.label}
            label={item.label}
            checked={item.done}
            disabled={!canEdit}
            onChange={(event) => {
              const done = event.currentTarget.checked;
              setChecklist((items) => items.map((entry, at) => (at === index ? { ...entry, done } : entry)));
            }}
          />
        ))}
        <Text size="xs" c="dimmed">
          {checklist.filter((item) => item.done).length} of {checklist.length} done
        </Text>
      </Stack>
      <Group grow align="flex-start">
        <NumberInput label="People in scope" min={0} value={peopleInScope} onChange={(value) => setPeopleInScope(Number(value) || 0)} disabled={!canEdit} allowDecimal={false} />
        <NumberInput
          label="People trained"
          min={0}
          value={peopleTrained}
          onChange={(value) => setPeopleTrained(Number(value) || 0)}
          disabled={!canEdit}
          allowDecimal={false}
          error={trainedTooMany ? 'More people trained than in scope.' : undefined}
        />
      </Group>
      <TextInput label="Local sponsor" placeholder="Name of the unit’s sponsor" value={sponsorName} onChange={(event) => setSponsorName(event.currentTarget.value)} disabled={!canEdit} maxLength={120} />
      {canEdit && <FormFooter error={error} submitting={loading} submitLabel="Save readiness" submitDisabled={trainedTooMany} size="xs" />}
    </Stack>
  );
}
