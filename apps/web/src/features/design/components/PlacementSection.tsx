import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { ActivityPlacementCard } from './ActivityPlacementCard';
import { DimensionEmphasisRow } from './DimensionEmphasisRow';

export const PlacementSectionFragment = graphql(`
  fragment PlacementSection on ProgramDesign {
    id
    viewerCanManageDesign
    capabilities {
      id
      name
      activities {
        id
        name
        capabilityName
        dimension
        placement {
          id
          placement
          reason
          dimension
          version
        }
      }
    }
    dimensions {
      key
      emphasis
      defaultEmphasis
      version
    }
    flags {
      activityId
      sentence
    }
  }
`);

const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

export interface PlacementSectionProps {
  programId: string;
  design: FragmentType<typeof PlacementSectionFragment>;
  /** A signed-off design reads only: its changes go into the next version. */
  frozen: boolean;
}

/**
 * Where each activity sits in the target model, by capability, with the flags of placements that go
 * against their dimension's emphasis; beside it the six dimensions. Controls for the program's leads only.
 */
export function PlacementSection({ programId, design: designRef, frozen }: PlacementSectionProps) {
  const design = getFragmentData(PlacementSectionFragment, designRef);
  const canManage = design.viewerCanManageDesign && !frozen;
  const flagOf = new Map(design.flags.map((flag) => [flag.activityId, flag.sentence]));
  const activities = design.capabilities.flatMap((capability) => capability.activities);
  const placed = activities.filter((activity) => activity.placement !== null).length;
  const flagged = design.flags.length;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="md" component="section" aria-labelledby="placements-title">
          <div>
            <Title order={3} size="h4" id="placements-title">
              Where each activity sits
            </Title>
            <Text size="sm" c="dimmed" data-testid="placement-summary">
              {placed} of {activities.length} activities placed{flagged > 0 ? `; ${flagged} against ${flagged === 1 ? 'its' : 'their'} dimension’s emphasis` : ''}.
            </Text>
          </div>
          {design.capabilities.map((capability) => (
            <Stack key={capability.id} gap="xs" component="section" aria-label={capability.name}>
              <Title order={4} size="h5">
                {capability.name}
              </Title>
              {capability.activities.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No activities under this capability.
                </Text>
              ) : (
                <Stack gap="xs" component="ul" style={listStyle}>
                  {capability.activities.map((activity) => (
                    <ActivityPlacementCard key={activity.id} programId={programId} activity={activity} flag={flagOf.get(activity.id) ?? null} canManage={canManage} />
                  ))}
                </Stack>
              )}
            </Stack>
          ))}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dimensions-title">
          <Title order={3} size="h4" id="dimensions-title">
            Design dimensions
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            How far each dimension leans central or local. A placement against its dimension’s lean is flagged for the workshop.
          </Text>
          <Stack gap="md" component="ul" style={listStyle}>
            {design.dimensions.map((dimension) => (
              <DimensionEmphasisRow key={dimension.key} programId={programId} dimension={dimension} canManage={canManage} />
            ))}
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
