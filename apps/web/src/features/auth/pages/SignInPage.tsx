import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { PROGRAM_PHASE_LABELS, PROGRAM_PHASES } from '@rollout/domain';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { BrandMark } from '../../../shared/components/BrandMark';
import { apiErrorCode, apiErrorMessage, apiErrorNumber } from '../../../shared/lib/api-errors';
import { useSignIn } from '../hooks/useSignIn';
import { signInSchema, type SignInInput, type SignInValues } from '../sign-in.schema';
import classes from './SignInPage.module.css';

const GENERIC_FAILURE = 'The email or password is not correct.';

/** Only same-app paths, so a crafted link cannot send people elsewhere after signing in; home (by role) otherwise. */
function safeNextPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/sign-in')) return '/';
  return value;
}

function failureMessage(error: unknown): string {
  switch (apiErrorCode(error)) {
    case 'UNAUTHENTICATED':
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
      return GENERIC_FAILURE;
    case 'RATE_LIMITED': {
      const seconds = apiErrorNumber(error, 'retryAfterSeconds');
      if (seconds === undefined) return 'Too many attempts, try again in a minute.';
      const wait = Math.max(1, Math.ceil(seconds));
      return `Too many attempts, try again in ${wait} ${wait === 1 ? 'second' : 'seconds'}.`;
    }
    case 'CONFLICT':
    case 'FORBIDDEN':
    case 'SERVICE_UNAVAILABLE':
    case 'TLS_REQUIRED':
    case 'QUERY_TOO_COMPLEX':
    case 'INTERNAL_SERVER_ERROR':
    case undefined:
      return apiErrorMessage(error);
  }
}

export function SignInPage() {
  useDocumentTitle('Sign in · Rollout');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [signIn] = useSignIn();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput, unknown, SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = async (values: SignInValues) => {
    setFailure(null);
    try {
      await signIn(values.email, values.password);
    } catch (error) {
      setFailure(failureMessage(error));
      return;
    }
    await navigate(safeNextPath(params.get('next')), { replace: true });
  };

  return (
    <Box className={classes.page}>
      <Box className={classes.brandPanel} visibleFrom="md">
        <Stack gap="xl" maw={460}>
          <BrandMark inverted />
          <Title order={2} c="white" fw={650} lh={1.3}>
            Run your RevOps transformation as one program, not a hundred spreadsheets.
          </Title>
          <Text c="indigo.1" size="md" lh={1.6}>
            Assess where RevOps work happens today, agree the target operating model, pilot it in one unit, then scale
            it in waves and keep governing — with every decision on record.
          </Text>
          <Group gap={8} wrap="wrap">
            {PROGRAM_PHASES.map((phase, index) => (
              <Group key={phase} gap={8} wrap="nowrap">
                <span className={classes.step}>
                  <span className={classes.stepNumber}>{index + 1}</span>
                  {PROGRAM_PHASE_LABELS[phase]}
                </span>
                {index < PROGRAM_PHASES.length - 1 && <IconChevronRight size={14} color="var(--mantine-color-indigo-2)" />}
              </Group>
            ))}
          </Group>
        </Stack>
      </Box>
      <Box className={classes.formPanel}>
        <Paper w="100%" maw={400} p="xl" radius="md" withBorder shadow="sm">
          <Stack gap="lg">
            <Box hiddenFrom="md">
              <BrandMark />
            </Box>
            <div>
              <Title order={1} fz={24} fw={650}>
                Sign in
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                Use your work email and password.
              </Text>
            </div>
            {failure && (
              <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
                {failure}
              </Alert>
            )}
            <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate>
              <Stack gap="md">
                <TextInput
                  label="Email"
                  type="email"
                  autoComplete="username"
                  placeholder="you@company.com"
                  error={errors.email?.message}
                  {...register('email')}
                />
                <PasswordInput
                  label="Password"
                  autoComplete="current-password"
                  error={errors.password?.message}
                  {...register('password')}
                />
                <Button type="submit" fullWidth loading={isSubmitting} mt="xs">
                  Sign in
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
        <Text mt="lg" size="xs" c="dimmed">
          Trouble signing in? Ask your Rollout admin to reset your access.
        </Text>
      </Box>
    </Box>
  );
}
