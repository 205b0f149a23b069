import { pilotTiming } from '@rollout/domain';
import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { UnitStageBadge } from '../../../shared/components/UnitStageBadge';
import { formatLocalDate } from '../../../shared/lib/format';
import { describeTiming } from '../pilot-display';
import { decisionDomainsOf, PilotActivities } from './PilotActivities';

export const PilotOverviewFragment = graphql(`
  fragment PilotOverview on Pilot {
    id
    status
    startDate
    endDate
    hypothesis
    activities {
      id
      name
      capabilityName
      placement {
        id
        placement
      }
      raciDomains {
        id
        name
      }
    }
    unitStages {
      unitId
      unit {
        id
        name
        code
      }
      ...UnitStageFields
    }
    comparisonUnits {
      id
      name
      code
    }
    steeringMembers {
      id
      name
    }
  }
`);

/** Activities under their capability, capabilities in the order their first activity comes. */
function Field({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Stack gap={6} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function None({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

export interface PilotOverviewProps {
  pilot: FragmentType<typeof PilotOverviewFragment>;
  /** The day "week N of M" is counted on. */
  today: string;
}

/** When the pilot runs, what it should show, where, who steers it and what it changes. */
export function PilotOverview({ pilot: pilotRef, today }: PilotOverviewProps) {
  const pilot = getFragmentData(PilotOverviewFragment, pilotRef);
  const timing = pilotTiming(pilot.startDate, pilot.endDate, today);
  // The RACI domains linked to the activities it changes: changing the work changes who decides it.
  const decisionDomains = decisionDomainsOf(pilot.activities);
  return (
    <Paper withBorder p="lg" component="section" aria-label="Pilot overview">
      <Stack gap="md">
        <Group gap="xs" wrap="wrap">
          <IconCalendar size={18} aria-hidden />
          <Text fw={600} data-testid="pilot-dates">
            {formatLocalDate(pilot.startDate)} – {formatLocalDate(pilot.endDate)}
          </Text>
          <Badge variant="light" color={timing.kind === 'current' ? 'blue' : 'gray'} data-testid="pilot-week">
            {pilot.status === 'decided' && timing.kind !== 'upcoming' ? `${timing.weeks} weeks` : describeTiming(timing)}
          </Badge>
        </Group>
        <Text size="md" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }} maw={900} data-testid="pilot-hypothesis">
          {pilot.hypothesis}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="lg">
          <Field label="Pilot units" testId="pilot-units">
            {/* Each unit's stage in the program, the same badge as on the program and units pages. */}
            <Stack gap={6}>
              {pilot.unitStages.map((stage) => (
                <Group key={stage.unitId} gap={8} wrap="wrap" data-testid="pilot-unit" data-unit-code={stage.unit.code}>
                  <Text size="sm" fw={500} title={stage.unit.code}>
                    {stage.unit.name}
                  </Text>
                  <UnitStageBadge stage={stage} size="sm" />
                </Group>
              ))}
            </Stack>
          </Field>
          <Field label="Comparison units" testId="pilot-comparison-units">
            {pilot.comparisonUnits.length === 0 ? (
              <None>None: the effect cannot be told apart from a company-wide trend.</None>
            ) : (
              <Group gap={6}>
                {pilot.comparisonUnits.map((unit) => (
                  <Badge key={unit.id} variant="light" color="gray" title={unit.code}>
                    {unit.name}
                  </Badge>
                ))}
              </Group>
            )}
          </Field>
          <Field label="Steering committee" testId="pilot-steering">
            {pilot.steeringMembers.length === 0 ? (
              <None>Nobody named yet.</None>
            ) : (
              <Text size="sm">{pilot.steeringMembers.map((member) => member.name).join(', ')}</Text>
            )}
          </Field>
          <Field label="Activities" testId="pilot-activities">
            {pilot.activities.length === 0 ? (
              <None>None picked yet.</None>
            ) : (
              <PilotActivities activities={pilot.activities} />
            )}
          </Field>
          <Field label="Decision rights it changes" testId="pilot-raci-domains">
            {decisionDomains.length === 0 ? (
              <None>No RACI domain is linked to its activities.</None>
            ) : (
              <Text size="sm">{decisionDomains.join(', ')}</Text>
            )}
          </Field>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
