import { Badge, Button, Group, Paper, Stepper, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  PROGRAM_PHASE_DESCRIPTIONS,
  PROGRAM_PHASE_LABELS,
  PROGRAM_PHASES,
  nextPhase,
  phaseIndex,
} from '@rollout/domain';
import { IconArrowBackUp, IconArrowRight, IconFlag } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useState } from 'react';
import { apiErrorMessage, apiFieldErrors } from '../../../shared/lib/api-errors';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import type { MoveBackValues } from '../move-back.schema';
import { GateOverrideDialog } from './GateOverrideDialog';
import { MoveBackDialog } from './MoveBackDialog';
import { isConflict } from '../../../shared/lib/conflict';

export const ProgramPhasesFragment = graphql(`
  fragment ProgramPhases on Program {
    id
    phase
    version
    archived
  }
`);

export interface PhaseChangeRequest {
  programId: string;
  toPhase: MoveBackValues['toPhase'];
  reason?: string | undefined;
  /** An admin's reason for passing a closed phase gate. */
  overrideReason?: string | undefined;
  expectedVersion: number;
}

export interface ProgramPhaseCardProps {
  program: FragmentType<typeof ProgramPhasesFragment>;
  /** Whether to show the move buttons (program managers and admins, program not archived). */
  canEdit: boolean;
  /** Whether a refused forward move offers the gate override (admins). */
  canOverrideGate?: boolean;
  /** Performs the change; throws the API error when it fails. */
  onChangePhase: (request: PhaseChangeRequest) => Promise<void>;
  changing?: boolean;
}

/** The six phases with the current one highlighted, and the controls to move between them. */
export function ProgramPhaseCard({ program: programRef, canEdit, canOverrideGate = false, onChangePhase, changing = false }: ProgramPhaseCardProps) {
  const program = getFragmentData(ProgramPhasesFragment, programRef);
  const [moveBackOpened, moveBack] = useDisclosure(false);
  /** A phase gate's refusal of the forward move, offered to an admin to override. */
  const [gateRefusal, setGateRefusal] = useState<string | null>(null);
  const current = program.phase;
  const index = phaseIndex(current);
  const next = nextPhase(current);

  const moveForward = async () => {
    if (!next) return;
    try {
      await onChangePhase({ programId: program.id, toPhase: next, expectedVersion: program.version });
      notifySuccess(`Moved to ${PROGRAM_PHASE_LABELS[next]}.`);
    } catch (error) {
      const gate = apiFieldErrors(error).find((field) => field.field === 'toPhase');
      if (gate && canOverrideGate) {
        setGateRefusal(gate.message);
      } else if (isConflict(error) || gate) {
        notifications.show({ color: 'yellow', title: 'Not moved', message: apiErrorMessage(error), autoClose: 10_000 });
      } else {
        notifyError(error, 'Could not change the phase');
      }
    }
  };

  const overrideGate = async (overrideReason: string) => {
    if (!next) return;
    await onChangePhase({ programId: program.id, toPhase: next, overrideReason, expectedVersion: program.version });
    setGateRefusal(null);
    notifySuccess(`Moved to ${PROGRAM_PHASE_LABELS[next]}; the override is in the phase history.`);
  };

  const submitMoveBack = async (values: MoveBackValues) => {
    await onChangePhase({
      programId: program.id,
      toPhase: values.toPhase,
      reason: values.reason,
      expectedVersion: program.version,
    });
    moveBack.close();
    notifySuccess(`Moved back to ${PROGRAM_PHASE_LABELS[values.toPhase]}.`);
  };

  return (
    <Paper withBorder p="lg" h="100%">
      <Group justify="space-between" align="flex-start" mb="lg" gap="sm">
        <div>
          <Title order={2} fz="lg" fw={600}>
            Phase
          </Title>
          <Text size="sm" c="dimmed">
            Step {index + 1} of {PROGRAM_PHASES.length}: {PROGRAM_PHASE_LABELS[current]}
          </Text>
        </div>
        {canEdit && (
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={moveBack.open}
              disabled={index === 0 || changing}
            >
              Move back…
            </Button>
            {next ? (
              <Button rightSection={<IconArrowRight size={16} />} onClick={() => void moveForward()} loading={changing}>
                Move to {PROGRAM_PHASE_LABELS[next]}
              </Button>
            ) : (
              <Badge size="lg" variant="light" color="teal" leftSection={<IconFlag size={14} />}>
                Final phase
              </Badge>
            )}
          </Group>
        )}
      </Group>
      <Stepper active={index} orientation="vertical" size="sm" iconSize={30} aria-label="Program phases">
        {PROGRAM_PHASES.map((phase, stepIndex) => (
          <Stepper.Step
            key={phase}
            label={
              <Group gap={8}>
                <Text fw={600} size="sm">
                  {PROGRAM_PHASE_LABELS[phase]}
                </Text>
                {stepIndex === index && (
                  <Badge size="xs" variant="filled">
                    Current
                  </Badge>
                )}
              </Group>
            }
            description={
              <Text size="sm" c="dimmed" maw={520}>
                {PROGRAM_PHASE_DESCRIPTIONS[phase]}
              </Text>
            }
            aria-current={stepIndex === index ? 'step' : undefined}
            data-phase={phase}
          />
        ))}
      </Stepper>
      <MoveBackDialog
        opened={moveBackOpened}
        onClose={moveBack.close}
        programId={program.id}
        currentPhase={current}
        expectedVersion={program.version}
        onSubmit={submitMoveBack}
      />
      {gateRefusal !== null && next && <GateOverrideDialog refusal={gateRefusal} toPhase={next} onClose={() => setGateRefusal(null)} onOverride={overrideGate} />}
    </Paper>
  );
}
