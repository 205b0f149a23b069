import { useApolloClient } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import {
  checkGateDecision,
  DomainError,
  GATE_DECISION_DESCRIPTIONS,
  GATE_DECISION_LABELS,
  GATE_DECISIONS,
  gateDecisionSchema,
  MIN_COMMENTARY_LENGTH,
  shiftDays,
  statusAfterGateDecision,
  type GateDecision,
  type GateDecisionInput,
  type GateDecisionValues,
} from '@rollout/domain';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { FormFooter } from '../../../shared/components/FormFooter';
import { ReasonField } from '../../../shared/components/ReasonField';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { formatLocalDate } from '../../../shared/lib/format';
import { notifySuccess } from '../../../shared/lib/notify';
import { GateReviewQuery, useRecordGateDecision } from '../hooks/useGateReview';
import { GATE_DECISION_COLORS } from '../../pilots/pilot-display';
import { reloadOnConflict } from '../../../shared/lib/conflict';

const FORM_FIELDS: readonly FieldPath<GateDecisionInput>[] = ['decision', 'rationale', 'lessonsLearned', 'extendedEndDate'];
const TEXT_MAX = 4000;
/** An extension proposes two more weeks; the lead can pick any later day. */
const DEFAULT_EXTENSION_DAYS = 14;

function isFormField(field: string): field is FieldPath<GateDecisionInput> {
  return (FORM_FIELDS as readonly string[]).includes(field);
}

export interface GateDecisionFormProps {
  pilot: { id: string; version: number; endDate: string };
  /** What Rollout recommends; a different decision needs a rationale. */
  recommendation: GateDecision;
}

/** The gate decision on a pilot in review: scale, extend, adjust or stop, with a rationale when it differs. */
export function GateDecisionForm({ pilot, recommendation }: GateDecisionFormProps) {
  const [record] = useRecordGateDecision();
  const client = useApolloClient();
  const {
    control,
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<GateDecisionInput, unknown, GateDecisionValues>({
    resolver: zodResolver(gateDecisionSchema),
    defaultValues: {
      pilotId: pilot.id,
      expectedVersion: pilot.version,
      decision: recommendation,
      rationale: '',
      lessonsLearned: '',
      // Sent only when extending.
      extendedEndDate: shiftDays(pilot.endDate, DEFAULT_EXTENSION_DAYS),
    },
  });
  const decision = useWatch({ control, name: 'decision' });
  const differs = decision !== recommendation;
  const rationaleLength = (useWatch({ control, name: 'rationale' }) ?? '').trim().length;
  const rationaleHint = differs
    ? `Required: the recommendation is ${GATE_DECISION_LABELS[recommendation]}. Say why you chose ${GATE_DECISION_LABELS[decision]} (at least ${MIN_COMMENTARY_LENGTH} characters).`
    : 'Optional: the decision follows the recommendation.';

  const submit = async (values: GateDecisionValues) => {
    const extendedEndDate = values.decision === 'extend' ? values.extendedEndDate : undefined;
    // The same rules the API applies: a rationale when the decision differs, a later end date to extend.
    try {
      checkGateDecision(values, recommendation);
      statusAfterGateDecision(values.decision, pilot, extendedEndDate);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      for (const { field, message } of error.fieldErrors) {
        if (isFormField(field)) setError(field, { type: 'rule', message }, { shouldFocus: true });
      }
      return;
    }
    try {
      await record({
        pilotId: pilot.id,
        // The version on screen now: after a conflict the page shows (and decides on) the latest.
        expectedVersion: pilot.version,
        decision: values.decision,
        rationale: values.rationale,
        lessonsLearned: values.lessonsLearned,
        ...(extendedEndDate ? { extendedEndDate } : {}),
      });
      notifySuccess(
        values.decision === 'extend' && extendedEndDate
          ? `Pilot extended until ${formatLocalDate(extendedEndDate)}.`
          : `Decision recorded: ${GATE_DECISION_LABELS[values.decision]}.`,
      );
    } catch (error) {
      await reloadOnConflict(error, () => client.refetchQueries({ include: [GateReviewQuery] }));
      applyServerErrors(error, setError, FORM_FIELDS);
    }
  };

  const pick = (value: string) => {
    const next = GATE_DECISIONS.find((item) => item === value);
    if (!next) return;
    setValue('decision', next, { shouldValidate: false });
  };

  const rootError = errors.root?.server;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="gate-decision-title">
      <Title order={2} fz="lg" fw={600} id="gate-decision-title">
        Record the decision
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        The decision goes into the program’s decision log with the recommendation it was taken against.
      </Text>
      <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate aria-label="Gate decision">
        <Stack gap="md">
          <Controller
            control={control}
            name="decision"
            render={({ field }) => (
              <Radio.Group label="Decision" value={field.value} onChange={pick} required error={errors.decision?.message}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="sm">
                  {GATE_DECISIONS.map((value) => (
                    <Radio.Card
                      key={value}
                      value={value}
                      p="md"
                      radius="md"
                      data-decision={value}
                      style={
                        field.value === value
                          ? { borderColor: `var(--mantine-color-${GATE_DECISION_COLORS[value]}-6)`, background: `var(--mantine-color-${GATE_DECISION_COLORS[value]}-0)` }
                          : undefined
                      }
                    >
                      <Group wrap="nowrap" align="flex-start" gap="sm">
                        <Radio.Indicator color={GATE_DECISION_COLORS[value]} mt={2} />
                        <div>
                          <Group gap={6}>
                            <Text fw={600} size="sm">
                              {GATE_DECISION_LABELS[value]}
                            </Text>
                            {value === recommendation && (
                              <Badge size="xs" variant="light" color={GATE_DECISION_COLORS[value]}>
                                Recommended
                              </Badge>
                            )}
                          </Group>
                          <Text size="xs" c="dimmed" mt={2}>
                            {GATE_DECISION_DESCRIPTIONS[value]}
                          </Text>
                        </div>
                      </Group>
                    </Radio.Card>
                  ))}
                </SimpleGrid>
              </Radio.Group>
            )}
          />
          {decision === 'extend' && (
            <TextInput
              type="date"
              label="New end date"
              description={`After the current end date, ${formatLocalDate(pilot.endDate)}. The pilot goes back to running until then.`}
              required
              maw={320}
              error={errors.extendedEndDate?.message}
              {...register('extendedEndDate', { setValueAs: (value: unknown) => (value === '' ? undefined : value) })}
            />
          )}
          <ReasonField
            label="Rationale"
            description={rationaleHint}
            placeholder="e.g. The comparison units moved too: decide after two more weeks of data."
            minRows={3}
            maxRows={8}
            maxLength={TEXT_MAX}
            needed={differs}
            accent="orange"
            length={rationaleLength}
            error={errors.rationale?.message}
            {...register('rationale')}
          />
          <Textarea
            label="Lessons learned"
            description="A short summary for the decision log; tag detailed lessons by activity under “Lessons learned”."
            autosize
            minRows={2}
            maxRows={8}
            maxLength={TEXT_MAX}
            error={errors.lessonsLearned?.message}
            {...register('lessonsLearned')}
          />
          <FormFooter
            error={
              rootError?.type === 'conflict'
                ? { type: 'conflict', message: 'Someone else changed this pilot since you opened it. The page now shows the latest; check the recommendation and record the decision again.' }
                : rootError
            }
            submitting={isSubmitting}
            submitLabel={`Record decision: ${GATE_DECISION_LABELS[decision]}`}
            submitColor={GATE_DECISION_COLORS[decision]}
          />
        </Stack>
      </form>
    </Paper>
  );
}
