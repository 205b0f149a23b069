import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { formatDateTime } from '../../../shared/lib/format';

const JobFailuresQuery = graphql(`
  query JobFailures {
    jobFailures {
      id
      task
      attempts
      maxAttempts
      lastError
      runAt
    }
  }
`);

const TASK_LABELS: Record<string, string> = { governance_reminders: 'Reminder check', deliver_webhook: 'Webhook delivery' };

/** Background jobs whose last attempt failed, for admins: what, how often, the error, and when it runs again. */
export function JobFailuresCard() {
  const { data } = useQuery(JobFailuresQuery, { fetchPolicy: 'cache-and-network' });
  const failures = data?.jobFailures ?? [];
  return (
    <Paper withBorder p="md" mt="lg">
      <Title order={2} fz="lg" mb="xs">
        Background jobs
      </Title>
      {failures.length === 0 ? (
        <Text size="sm" c="dimmed">
          No failing jobs: reminders and webhook deliveries run as they should.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {failures.map((failure) => (
            <li key={failure.id}>
              <Text size="sm" fw={600}>
                {TASK_LABELS[failure.task] ?? failure.task} · {failure.attempts} of {failure.maxAttempts} attempts
              </Text>
              <Text size="xs" c="dimmed">
                {failure.attempts >= failure.maxAttempts ? `Gave up; last tried ${formatDateTime(failure.runAt)}` : `Tries again ${formatDateTime(failure.runAt)}`} · {failure.lastError}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
