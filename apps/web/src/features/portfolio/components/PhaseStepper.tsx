import { Group, Text, Tooltip } from '@mantine/core';
import { phaseIndex, PROGRAM_PHASE_LABELS, PROGRAM_PHASES, type ProgramPhase } from '@rollout/domain';

/** Where a program is in Assess → Align → Design → Pilot → Scale → Govern: a bar per phase, those done filled, its name below. */
export function PhaseStepper({ phase }: { phase: ProgramPhase }) {
  const current = phaseIndex(phase);
  return (
    <div role="img" aria-label={`Phase ${current + 1} of ${PROGRAM_PHASES.length}: ${PROGRAM_PHASE_LABELS[phase]}`}>
      <Group gap={3} wrap="nowrap" aria-hidden>
        {PROGRAM_PHASES.map((step, i) => (
          <Tooltip key={step} label={PROGRAM_PHASE_LABELS[step]} withinPortal openDelay={300}>
            <span
              style={{
                width: 14,
                height: 6,
                borderRadius: 3,
                background: i <= current ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-default-border)',
                opacity: i < current ? 0.55 : 1,
              }}
            />
          </Tooltip>
        ))}
      </Group>
      <Text size="xs" mt={4} aria-hidden>
        {PROGRAM_PHASE_LABELS[phase]}
      </Text>
    </div>
  );
}
