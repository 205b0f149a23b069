import { Badge, type BadgeProps, type MantineColor } from '@mantine/core';
import type { UnitStageKind } from '@rollout/domain';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const UnitStageFields = graphql(`
  fragment UnitStageFields on UnitStage {
    stage
    label
    overdue
  }
`);

export const UNIT_STAGE_COLORS: Record<UnitStageKind, MantineColor> = {
  not_started: 'gray',
  preparing: 'blue',
  piloting: 'violet',
  awaiting_decision: 'yellow',
  decided: 'grape',
  rolling_out: 'indigo',
  live: 'green',
  adopted: 'teal',
};

/** The order a unit moves through a program, furthest along first (summaries and sorting read it). */
export const UNIT_STAGE_ORDER: readonly UnitStageKind[] = ['adopted', 'live', 'rolling_out', 'decided', 'awaiting_decision', 'piloting', 'preparing', 'not_started'];

export interface UnitStageBadgeProps {
  stage: FragmentType<typeof UnitStageFields>;
  size?: BadgeProps['size'];
}

/** A unit's stage in a program, worded by the API's one rule ("Piloting · week 3 of 4"): the same badge on every page. */
export function UnitStageBadge({ stage: stageRef, size = 'md' }: UnitStageBadgeProps) {
  const stage = getFragmentData(UnitStageFields, stageRef);
  return (
    <Badge color={stage.overdue ? 'orange' : UNIT_STAGE_COLORS[stage.stage]} variant="light" size={size} data-testid="unit-stage" data-stage={stage.stage}>
      {stage.label}
    </Badge>
  );
}
