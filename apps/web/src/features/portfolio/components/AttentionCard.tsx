import { Anchor, Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { ATTENTION_KIND_LABELS, type AttentionKind } from '@rollout/domain';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';

export const PortfolioAttentionQuery = graphql(`
  query PortfolioAttention($first: Int!) {
    portfolioAttention(first: $first) {
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
  wave_paused: 'red',
  green_off_track: 'grape',
  unit_blocked: 'orange',
  action_overdue: 'orange',
  request_breached: 'yellow',
  gate_due: 'blue',
};

/** Lines the card shows; the count says how many more there are. */
const SHOWN = 12;
/** With a filter the card narrows the whole list itself (the server caps a read at this many). */
const WHOLE_LIST = 200;

export interface AttentionCardProps {
  /** Only these programs' items (the portfolio's filter); null for every active program. */
  programIds?: ReadonlySet<string> | null;
}

/** What needs attention across the active programs, late before coming, each line linked to the record behind it. */
export function AttentionCard({ programIds = null }: AttentionCardProps) {
  const { data, error, refetch } = useQuery(PortfolioAttentionQuery, {
    variables: { first: programIds ? WHOLE_LIST : SHOWN },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const matching = programIds ? data?.portfolioAttention.items.filter((item) => programIds.has(item.programId)) : data?.portfolioAttention.items;
  const items = matching?.slice(0, SHOWN);
  const total = programIds ? (matching?.length ?? 0) : (data?.portfolioAttention.totalCount ?? 0);
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
