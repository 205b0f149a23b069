import { Checkbox, Group, NumberInput, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FormFooter } from '../../../shared/components/FormFooter';
import { serverFormError } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useUpdateWaveUnitReadiness, type WaveUnit, type WaveUnitDetails } from '../hooks/useRolloutPlan';

type Draft = Pick<WaveUnitDetails, 'version' | 'peopleInScope' | 'peopleTrained' | 'sponsorName'> & { checklist: { label: string; done: boolean }[] };

const draftOf = (details: WaveUnitDetails): Draft => ({
  version: details.version,
  checklist: details.checklist.map(({ label, done }) => ({ label, done })),
  peopleInScope: details.peopleInScope,
  peopleTrained: details.peopleTrained,
  sponsorName: details.sponsorName,
});

/** A unit's readiness: each part of its score, then what its partner (or a program lead) records — the checklist, people trained, the local sponsor. */
export function WaveUnitReadinessForm({ unit, details, canEdit }: { unit: WaveUnit; details: WaveUnitDetails; canEdit: boolean }) {
  const [draft, setDraft] = useState(() => draftOf(details));
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<ReturnType<typeof serverFormError> | undefined>();
  const [save, { loading }] = useUpdateWaveUnitReadiness();
  // Untouched, the form follows the unit as it changes (a move, a save, someone else's edit); once
  // edited it keeps the version it was filled from, so a change made meanwhile answers CONFLICT.
  const latest = draftOf(details);
  if (!dirty && JSON.stringify(latest) !== JSON.stringify(draft)) setDraft(latest);
  const edit = (changes: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...changes }));
    setDirty(true);
  };
  const { checklist, peopleInScope, peopleTrained, sponsorName } = draft;
  const trainedTooMany = peopleTrained > peopleInScope;

  const submit = async () => {
    setError(undefined);
    try {
      await save({ variables: { input: { id: unit.id, checklist, peopleInScope, peopleTrained, sponsorName, expectedVersion: draft.version } } });
      setDirty(false);
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
              edit({ checklist: checklist.map((entry, at) => (at === index ? { ...entry, done } : entry)) });
            }}
          />
        ))}
        <Text size="xs" c="dimmed">
          {checklist.filter((item) => item.done).length} of {checklist.length} done
        </Text>
      </Stack>
      <Group grow align="flex-start">
        <NumberInput label="People in scope" min={0} value={peopleInScope} onChange={(value) => edit({ peopleInScope: Number(value) || 0 })} disabled={!canEdit} allowDecimal={false} />
        <NumberInput
          label="People trained"
          min={0}
          value={peopleTrained}
          onChange={(value) => edit({ peopleTrained: Number(value) || 0 })}
          disabled={!canEdit}
          allowDecimal={false}
          error={trainedTooMany ? 'More people trained than in scope.' : undefined}
        />
      </Group>
      <TextInput label="Local sponsor" placeholder="Name of the unit’s sponsor" value={sponsorName} onChange={(event) => edit({ sponsorName: event.currentTarget.value })} disabled={!canEdit} maxLength={120} />
      {canEdit && <FormFooter error={error} submitting={loading} submitLabel="Save readiness" submitDisabled={trainedTooMany} size="xs" />}
    </Stack>
  );
}
