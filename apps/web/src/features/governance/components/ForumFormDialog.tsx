import { Grid, Modal, MultiSelect, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { FORUM_CADENCE_LABELS, FORUM_CADENCES, WEEK_OF_MONTH_LABELS, WEEKDAY_LABELS, WEEKDAYS, WEEKS_OF_MONTH, weeklyCadence, type ForumCadence, type Weekday } from '@rollout/domain';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { FormFooter } from '../../../shared/components/FormFooter';
import { todayLocalDate } from '../../../shared/lib/format';
import { serverFormError } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useCreateForum, useUpdateForum, type Forum } from '../hooks/useGovernance';

const PeopleQuery = graphql(`
  query ForumPeople {
    users {
      id
      name
      role
    }
  }
`);

/** The viewer's time zone, and every zone the platform knows, for the picker. */
export const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const TIME_ZONES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [viewerTimeZone()];

export interface ForumFormDialogProps {
  programId: string;
  /** The forum to change; null for a new one. */
  editing: Forum | null;
  opened: boolean;
  onClose: () => void;
}

/** Sets up or changes a forum: name, purpose, when it meets (cadence, day, time, time zone), who it invites. */
export function ForumFormDialog({ programId, editing, opened, onClose }: ForumFormDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>{editing ? `Change ${editing.name}` : 'New forum'}</Text>} size="lg">
      {opened && <ForumForm programId={programId} editing={editing} onClose={onClose} />}
    </Modal>
  );
}

function ForumForm({ programId, editing, onClose }: Omit<ForumFormDialogProps, 'opened'>) {
  const [name, setName] = useState(editing?.name ?? '');
  const [purpose, setPurpose] = useState(editing?.purpose ?? '');
  const [cadence, setCadence] = useState<ForumCadence>(editing?.cadence ?? 'weekly');
  const [weekday, setWeekday] = useState<Weekday>(editing?.weekday ?? 'MO');
  const [weekOfMonth, setWeekOfMonth] = useState<number>(editing?.weekOfMonth ?? 1);
  const [startsOn, setStartsOn] = useState(editing?.startsOn ?? todayLocalDate());
  const [startTime, setStartTime] = useState(editing?.startTime ?? '09:00');
  const [timeZone, setTimeZone] = useState(editing?.timeZone ?? viewerTimeZone());
  const [durationMinutes, setDuration] = useState(editing?.durationMinutes ?? 45);
  const [attendeeIds, setAttendeeIds] = useState<string[]>(editing?.attendees.map((person) => person.id) ?? []);
  const [error, setError] = useState<ReturnType<typeof serverFormError> | undefined>();
  const people = useQuery(PeopleQuery);
  const [create, creating] = useCreateForum();
  const [update, updating] = useUpdateForum();
  const weekly = weeklyCadence(cadence);

  const submit = async () => {
    setError(undefined);
    const fields = { name, purpose, cadence, weekday, weekOfMonth: weekly ? null : weekOfMonth, startsOn, startTime, timeZone, durationMinutes, attendeeIds };
    try {
      if (editing) await update({ variables: { input: { ...fields, id: editing.id, expectedVersion: editing.version } } });
      else await create({ variables: { input: { ...fields, programId } } });
      notifySuccess(`${name} saved.`);
      onClose();
    } catch (saveError) {
      setError(serverFormError(saveError));
    }
  };

  return (
    <Stack gap="md" component="form" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <TextInput label="Name" value={name} onChange={(event) => setName(event.currentTarget.value)} required maxLength={120} data-autofocus placeholder="Forecast call" />
      <Textarea label="Purpose" value={purpose} onChange={(event) => setPurpose(event.currentTarget.value)} maxLength={1000} autosize minRows={2} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select label="Meets" data={FORUM_CADENCES.map((value) => ({ value, label: FORUM_CADENCE_LABELS[value] }))} value={cadence} onChange={(value) => value && setCadence(value)} allowDeselect={false} />
        </Grid.Col>
        {!weekly && (
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <Select
              label="Week of the month"
              data={WEEKS_OF_MONTH.map((value) => ({ value: String(value), label: `The ${WEEK_OF_MONTH_LABELS[value] ?? ''}` }))}
              value={String(weekOfMonth)}
              onChange={(value) => value && setWeekOfMonth(Number(value))}
              allowDeselect={false}
            />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: weekly ? 12 : 6, sm: 4 }}>
          <Select label="Day" data={WEEKDAYS.map((value) => ({ value, label: WEEKDAY_LABELS[value] }))} value={weekday} onChange={(value) => value && setWeekday(value)} allowDeselect={false} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <TextInput type="time" label="Time" value={startTime} onChange={(event) => setStartTime(event.currentTarget.value)} required />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <NumberInput label="Minutes" value={durationMinutes} onChange={(value) => setDuration(Number(value) || 0)} min={15} max={480} step={15} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput type="date" label="From" description={cadence === 'quarterly' || cadence === 'annually' ? 'Its months count from here.' : undefined} value={startsOn} onChange={(event) => setStartsOn(event.currentTarget.value)} required />
        </Grid.Col>
      </Grid>
      <Select label="Time zone" description="The meeting keeps its time here across clock changes." data={TIME_ZONES} value={timeZone} onChange={(value) => value && setTimeZone(value)} searchable allowDeselect={false} />
      <MultiSelect
        label="Invites"
        description="They see its meetings in their calendar feed."
        data={(people.data?.users ?? []).map((person) => ({ value: person.id, label: person.name }))}
        value={attendeeIds}
        onChange={setAttendeeIds}
        searchable
        nothingFoundMessage="Nobody of that name"
      />
      <FormFooter error={error} onCancel={onClose} submitting={creating.loading || updating.loading} submitLabel={editing ? 'Save forum' : 'Set up forum'} submitDisabled={!name.trim() || !startTime || !startsOn} />
    </Stack>
  );
}
