import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { LESSON_KIND_LABELS, LESSON_KINDS, lessonSchema, MIN_COMMENTARY_LENGTH, type LessonInput, type LessonKind } from '@rollout/domain';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { LessonsPanelFragment as LessonsPanelData } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { activityLabel, useCatalogActivities } from '../../assessments/hooks/useCatalogActivities';
import { useAddLesson, useRemoveLesson } from '../hooks/useLessons';
import { LessonsByCapability, REMOVED_ACTIVITY } from './LessonsByCapability';
import { FormFooter } from '../../../shared/components/FormFooter';

export const LessonsPanelFragment = graphql(`
  fragment LessonsPanel on Pilot {
    id
    activityIds
    viewerCanManage
    program {
      id
      archived
    }
    lessons {
      id
      activity {
        id
        name
        capabilityName
      }
      kind
      text
      createdAt
      createdBy {
        id
        name
      }
    }
  }
`);

type Lesson = LessonsPanelData['lessons'][number];
type LessonValues = z.output<typeof lessonSchema>;

const LESSON_FIELDS: readonly FieldPath<LessonInput>[] = ['activityId', 'kind', 'text'];
const kindOptions = LESSON_KINDS.map((value) => ({ value, label: LESSON_KIND_LABELS[value] }));

export interface LessonsPanelProps {
  pilot: FragmentType<typeof LessonsPanelFragment>;
}

/** A pilot's lessons learned, by capability and activity; its program's leads add and remove them. */
export function LessonsPanel({ pilot: pilotRef }: LessonsPanelProps) {
  const pilot = getFragmentData(LessonsPanelFragment, pilotRef);
  const canManage = pilot.viewerCanManage && !pilot.program.archived;
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Lesson | null>(null);
  const [removeLesson, { loading: removeLoading }] = useRemoveLesson();

  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await removeLesson(removing.id);
      notifySuccess('Lesson removed.');
    } catch (error) {
      notifyError(error, 'Could not remove the lesson');
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="pilot-lessons-title">
      <Group justify="space-between" align="flex-start" gap="sm" mb="md">
        <div>
          <Title order={2} fz="lg" fw={600} id="pilot-lessons-title">
            Lessons learned
          </Title>
          <Text size="xs" c="dimmed">
            By capability and activity. The program page lists them for planning the roll-out.
          </Text>
        </div>
        {canManage && !adding && (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            Add lesson
          </Button>
        )}
      </Group>
      <Stack gap="lg">
        {adding && <LessonForm pilotId={pilot.id} programId={pilot.program.id} pilotActivityIds={pilot.activityIds} onDone={() => setAdding(false)} />}
        {pilot.lessons.length > 0 ? (
          <LessonsByCapability lessons={pilot.lessons} onRemove={canManage ? setRemoving : undefined} />
        ) : (
          !adding && (
            <Text size="sm" c="dimmed">
              No lessons yet.{canManage ? ' Record what worked, what did not, and what to change before scaling.' : ''}
            </Text>
          )
        )}
      </Stack>
      <ConfirmDialog
        opened={removing !== null}
        title="Remove this lesson?"
        confirmLabel="Remove lesson"
        loading={removeLoading}
        onConfirm={() => void confirmRemove()}
        onClose={() => setRemoving(null)}
      >
        {removing && (
          <>
            “{removing.text}” ({removing.activity?.name ?? REMOVED_ACTIVITY}) will no longer be listed on the pilot or the program. The audit log
            keeps a record.
          </>
        )}
      </ConfirmDialog>
    </Paper>
  );
}

interface LessonFormProps {
  pilotId: string;
  programId: string;
  /** The activities the pilot changes: the first is the likeliest subject. */
  pilotActivityIds: readonly string[];
  onDone: () => void;
}

function LessonForm({ pilotId, programId, pilotActivityIds, onDone }: LessonFormProps) {
  const [addLesson] = useAddLesson();
  const catalog = useCatalogActivities(programId);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LessonInput, unknown, LessonValues>({
    resolver: zodResolver(lessonSchema),
    defaultValues: { pilotId, activityId: pilotActivityIds[0] ?? '', kind: 'worked', text: '' },
  });

  const submit = async (values: LessonValues) => {
    try {
      await addLesson(values);
      notifySuccess(`Lesson added to ${activityLabel(catalog.groups, values.activityId) ?? 'the pilot'}.`);
      onDone();
    } catch (error) {
      applyServerErrors(error, setError, LESSON_FIELDS);
    }
  };

  return (
    <Paper bg="var(--app-color-surface-muted)" p="md" radius="md">
      <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate aria-label="New lesson">
        <Stack gap="sm">
          <Stack gap="sm">
            <Controller
              control={control}
              name="activityId"
              render={({ field }) => (
                <Select
                  label="Activity"
                  description="What the lesson is about, from the program’s catalog."
                  placeholder={catalog.loading ? 'Loading the catalog…' : 'Search activities'}
                  data={catalog.groups}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  onBlur={field.onBlur}
                  searchable
                  nothingFoundMessage="No activity matches"
                  maxDropdownHeight={260}
                  required
                  error={errors.activityId?.message}
                />
              )}
            />
            <Controller
              control={control}
              name="kind"
              render={({ field }) => (
                <Select<LessonKind>
                  label="Kind"
                  description="What the lesson says."
                  data={kindOptions}
                  value={field.value}
                  onChange={(value) => {
                    if (value) field.onChange(value);
                  }}
                  onBlur={field.onBlur}
                  allowDeselect={false}
                  required
                  error={errors.kind?.message}
                />
              )}
            />
          </Stack>
          <Textarea
            label="Lesson"
            description={`In a sentence or two (at least ${MIN_COMMENTARY_LENGTH} characters).`}
            placeholder="e.g. Audit every inbound form before go-live; two legacy forms bypassed routing."
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            required
            error={errors.text?.message}
            {...register('text')}
          />
          <FormFooter error={errors.root?.server} onCancel={onDone} submitting={isSubmitting} submitLabel="Add lesson" size="xs" />
        </Stack>
      </form>
    </Paper>
  );
}
