import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Group, Input, SegmentedControl, Stack, Textarea } from '@mantine/core';
import {
  checkCheckInCommentary,
  commentaryReason,
  checkInNeedsCommentary,
  checkInSchema,
  DomainError,
  MIN_COMMENTARY_LENGTH,
  RAG_STATUS_LABELS,
  RAG_STATUSES,
  type CheckInInput,
  type CheckInValues,
  type RagStatus,
} from '@rollout/domain';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { FormFooter } from '../../../shared/components/FormFooter';
import { ReasonField } from '../../../shared/components/ReasonField';
import { useConflict } from '../../../shared/hooks/useConflict';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { RAG_STATUS_COLORS } from '../../pilots/pilot-display';
import { useSubmitCheckIn } from '../hooks/useSubmitCheckIn';
import { conflictingCheckIn, type ExistingCheckIn } from './check-in-conflict';
import { CheckInConflictAlert } from './CheckInConflictAlert';

const TEXT_MAX = 2000;
const CONFIDENCE_LEVELS = ['1', '2', '3', '4', '5'] as const;
const FORM_FIELDS: readonly FieldPath<CheckInInput>[] = [
  'status',
  'confidence',
  'highlights',
  'blockers',
  'asksForHelp',
  'commentary',
  'weekStart',
];

function formValues(pilotId: string, unitId: string, week: string, from: ExistingCheckIn | null, previousStatus: RagStatus | null): CheckInInput {
  return {
    pilotId,
    unitId,
    weekStart: week,
    // A new week starts from last week's status: most weeks it does not change.
    status: from?.status ?? previousStatus ?? 'green',
    confidence: from?.confidence ?? 3,
    highlights: from?.highlights ?? '',
    blockers: from?.blockers ?? '',
    asksForHelp: from?.asksForHelp ?? '',
    commentary: from?.commentary ?? '',
  };
}

export interface CheckInFormProps {
  pilotId: string;
  unitId: string;
  unitName: string;
  week: string;
  previousStatus: RagStatus | null;
  existing: ExistingCheckIn | null;
  onClose: () => void;
}

/** The check-in form of one pilot unit and week: a new check-in, or an update of this week's. */
export function CheckInForm({ pilotId, unitId, unitName, week, previousStatus, existing, onClose }: CheckInFormProps) {
  const [submitCheckIn] = useSubmitCheckIn();
  // The version the person started from; a save with it after someone else's update is refused.
  const [baseVersion, setBaseVersion] = useState<number | null>(existing?.version ?? null);
  // Someone else saved this week's check-in meanwhile: their version (and values, when sent).
  const { conflict, catchConflict, clearConflict } = useConflict({ read: conflictingCheckIn });
  const {
    control,
    register,
    handleSubmit,
    setError,
    clearErrors,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CheckInInput, unknown, CheckInValues>({
    resolver: zodResolver(checkInSchema),
    defaultValues: formValues(pilotId, unitId, week, existing, previousStatus),
  });
  const status = useWatch({ control, name: 'status' });
  const commentaryLength = (useWatch({ control, name: 'commentary' }) ?? '').trim().length;
  const previous = previousStatus ? { status: previousStatus } : null;
  const needsCommentary = checkInNeedsCommentary({ status }, previous);

  const reason = commentaryReason({ status }, previous);
  const commentaryHint = reason ? `Required: say why ${reason} (at least ${MIN_COMMENTARY_LENGTH} characters).` : 'Optional while the status stays green.';

  const submit = async (values: CheckInValues) => {
    // The schema checks amber and red; a change since last week needs the previous status too.
    try {
      checkCheckInCommentary(values, previous);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      setError('commentary', { type: 'rule', message: error.fieldErrors[0]?.message ?? error.message }, { shouldFocus: true });
      return;
    }
    const expectedVersion = conflict?.version ?? baseVersion;
    try {
      await submitCheckIn({
        pilotId: values.pilotId,
        unitId: values.unitId,
        weekStart: values.weekStart,
        status: values.status,
        confidence: values.confidence,
        highlights: values.highlights,
        blockers: values.blockers,
        asksForHelp: values.asksForHelp,
        commentary: values.commentary,
        ...(expectedVersion === null ? {} : { expectedVersion }),
      });
      notifySuccess(`Check-in for ${unitName} saved: ${RAG_STATUS_LABELS[values.status].toLowerCase()}.`);
      onClose();
    } catch (error) {
      if (await catchConflict(error)) clearErrors();
      else applyServerErrors(error, setError, FORM_FIELDS);
    }
  };

  const loadTheirs = () => {
    if (!conflict?.theirs) return;
    reset(formValues(pilotId, unitId, week, conflict.theirs, previousStatus));
    setBaseVersion(conflict.version ?? baseVersion);
    clearConflict();
  };

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <Stack gap="md">
        {conflict && <CheckInConflictAlert unitName={unitName} theirs={conflict.theirs} onLoadTheirs={loadTheirs} />}
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <Input.Wrapper label="Status" labelElement="div" required error={errors.status?.message}>
              <SegmentedControl<RagStatus>
                aria-label="Status"
                fullWidth
                value={field.value}
                onChange={(value) => field.onChange(value)}
                color={RAG_STATUS_COLORS[field.value]}
                data={RAG_STATUSES.map((value) => ({
                  value,
                  label: (
                    <Group gap={6} justify="center" wrap="nowrap">
                      <Box
                        aria-hidden
                        w={10}
                        h={10}
                        style={{
                          borderRadius: 5,
                          // On the selected segment (filled in the status colour) the dot turns white.
                          background: field.value === value ? 'var(--mantine-color-white)' : `var(--mantine-color-${RAG_STATUS_COLORS[value]}-6)`,
                        }}
                      />
                      {RAG_STATUS_LABELS[value]}
                    </Group>
                  ),
                }))}
              />
            </Input.Wrapper>
          )}
        />
        <Controller
          control={control}
          name="confidence"
          render={({ field }) => (
            <Input.Wrapper
              label="Confidence"
              labelElement="div"
              description="How sure are you that the pilot reaches its targets? 1 = not at all, 5 = very."
              required
              error={errors.confidence?.message}
            >
              <SegmentedControl
                aria-label="Confidence"
                mt={4}
                fullWidth
                value={String(field.value)}
                onChange={(value) => field.onChange(Number(value))}
                data={[...CONFIDENCE_LEVELS]}
              />
            </Input.Wrapper>
          )}
        />
        <ReasonField
          label="Commentary"
          description={commentaryHint}
          placeholder="e.g. Two SDRs left; the routing queue backed up on Thursday."
          minRows={2}
          maxRows={6}
          maxLength={TEXT_MAX}
          needed={needsCommentary}
          accent={RAG_STATUS_COLORS[status]}
          length={commentaryLength}
          error={errors.commentary?.message}
          {...register('commentary')}
        />
        <Textarea
          label="Highlights"
          description="What went well this week."
          autosize
          minRows={2}
          maxRows={6}
          maxLength={TEXT_MAX}
          error={errors.highlights?.message}
          {...register('highlights')}
        />
        <Textarea
          label="Blockers"
          description="What is in the way."
          autosize
          minRows={2}
          maxRows={6}
          maxLength={TEXT_MAX}
          error={errors.blockers?.message}
          {...register('blockers')}
        />
        <Textarea
          label="Asks for help"
          description="What the steering committee could do."
          autosize
          minRows={1}
          maxRows={6}
          maxLength={TEXT_MAX}
          error={errors.asksForHelp?.message}
          {...register('asksForHelp')}
        />
        {errors.weekStart && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {errors.weekStart.message}
          </Alert>
        )}
        <FormFooter error={errors.root?.server} onCancel={onClose} submitting={isSubmitting} submitLabel={conflict ? 'Save mine over theirs' : existing ? 'Save update' : 'Submit check-in'} submitColor={conflict ? 'yellow' : undefined} />
      </Stack>
    </form>
  );
}

