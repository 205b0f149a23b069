import { Progress, Stack, Text } from '@mantine/core';
import type { PasswordOwner } from '@rollout/domain/passwords';
import { useEffect, useMemo, useState } from 'react';

type Estimator = typeof import('@rollout/domain/passwords');

// The estimator's dictionaries are large: loaded once, the first time a password form opens.
let loading: Promise<Estimator> | undefined;
const loadEstimator = () => (loading ??= import('@rollout/domain/passwords'));

const SCORE_COLORS = ['red', 'orange', 'yellow', 'teal', 'green'] as const;

export interface PasswordStrengthMeterProps {
  password: string;
  /** Whose password it is: their email and name are refused. */
  owner?: PasswordOwner;
}

/** How strong a new password is as it is typed, by the same rule the API applies, and why it would be refused. */
export function PasswordStrengthMeter({ password, owner }: PasswordStrengthMeterProps) {
  const [estimator, setEstimator] = useState<Estimator | null>(null);
  useEffect(() => {
    let mounted = true;
    void loadEstimator().then((loaded) => {
      if (mounted) setEstimator(loaded);
    });
    return () => {
      mounted = false;
    };
  }, []);
  const email = owner?.email;
  const name = owner?.name;
  const strength = useMemo(() => (estimator && password ? estimator.passwordStrength(password, { email, name }) : null), [estimator, password, email, name]);
  if (!strength) return null;

  return (
    <Stack gap={4} data-testid="password-strength" aria-live="polite">
      <Progress value={(strength.score + 1) * 20} color={SCORE_COLORS[strength.score]} size="sm" aria-label="Password strength" />
      <Text size="xs" fw={500}>
        Strength: {strength.label}
      </Text>
      {strength.problem && (
        <Text size="xs" c="dimmed">
          {strength.problem}
        </Text>
      )}
    </Stack>
  );
}
