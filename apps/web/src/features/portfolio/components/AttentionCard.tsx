import { Anchor, Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { ATTENTION_KIND_LABELS, type AttentionKind } from '@rollout/domain';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';

export const PortfolioAttentionQuery = graphql(`
  query PortfolioAttention {
    portfolioAttention(first: 12) {
      totalCount
      items {
        kind
        programId
        programName
        text
        link
        daysLate
      }
    }
  }
`);

const KIND_COLORS: Record<AttentionKind, string> = {
  gate_overdue: 'red',
  decision_waiting: 'red',
  unit_blocked: 'orange',
  action_overdue: 'orange',
  request_breached: 'yellow',
  gate_due: 'blue',
};

/** What needs attention across the active programs, late before coming, each line linked to the record behind it. */
export function AttentionCard() {
  const { data, error, refetch } = useQuery(PortfolioAttentionQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const items = data?.portfolioAttention.items;
  const total = data?.portfolioAttention.totalCount ?? 0;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="portfolio-attention-title">
      <Group justify="space-between" mb={4}>
        <Title order={2} fz="lg" id="portfolio-attention-title">
          What needs attention
        </Title>
        {total > 0 && (
          <Text size="sm" c="dimmed">
            {total}
          </Text>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        Across the active programs: late first, then what is coming in the next two weeks.
      </Text>
      {error && !items ? (
        <QueryErrorAlert error={error} title="Could not load what needs attention" onRetry={() => void refetch()} />
      ) : !items ? (
        <Skeleton height={120} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing late or due across the programs.
        </Text>
      ) : (
        <Stack gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            // On a phone the kind sits above its sentence (the sentence needs the width).
            <Group key={`${item.kind}:${item.link}:${item.text}`} gap={4} wrap="wrap" align="flex-start" component="li">
              <Badge color={KIND_COLORS[item.kind]} variant="light" w={170} style={{ flexShrink: 0 }}>
                {ATTENTION_KIND_LABELS[item.kind]}
              </Badge>
              <Text size="sm" style={{ flex: '1 1 260px' }}>
                <Anchor component={Link} to={item.link} size="sm">
                  {item.text}
                </Anchor>
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {item.programName}
                </Text>
              </Text>
            </Group>
          ))}
          {total > items.length && (
            <Text size="xs" c="dimmed" component="li">
              and {total - items.length} more
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
