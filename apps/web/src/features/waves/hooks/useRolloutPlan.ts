import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const WaveUnitFields = graphql(`
  fragment WaveUnitFields on WaveUnit {
    id
    version
    waveId
    unitId
    unitName
    region
    stage
    stageLabel
    blockedFrom
    stageReason
    readiness {
      score
    }
    metricState
    metricStateLabel
    weeksMet
    breachedGuardrails
    adoptionProposed
    lastCheckIn {
      status
      weekStart
    }
    checkInStale
    flag
    riskFlag
    viewerCanReport
  }
`);

// What only the unit's drawer shows: read for one unit when it opens, so the board stays light at 500 units.
export const WaveUnitQuery = graphql(`
  query WaveUnitDetails($id: ID!) {
    waveUnit(id: $id) {
      ...WaveUnitFields
      id
      version
      checklist {
        label
        done
      }
      peopleInScope
      peopleTrained
      sponsorName
      readiness {
        score
        parts {
          part
          label
          value
          weight
        }
      }
      comparisons {
        metricId
        metricName
        metricUnit
        ownChange
        othersChange
        effect
        others
      }
      moves {
        id
        fromStage
        toStage
        reason
        override
        movedByName
        movedAt
      }
    }
  }
`);

export const RolloutPlanFields = graphql(`
  fragment RolloutPlanFields on RolloutPlan {
    id
    version
    viewerCanManage
    adoptionWeeks
    readinessWeights {
      part
      label
      weight
    }
    pilot {
      id
      name
      metrics {
        id
        name
        unit
        kind
      }
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
      lessons {
        id
        kind
        text
        activity {
          id
          name
        }
      }
    }
    waves {
      id
      version
      name
      plannedStart
      plannedEnd
      actualStart
      actualEnd
      pausedReason
      progress {
        units
        live
        adopted
      }
      units {
        ...WaveUnitFields
      }
    }
    progress {
      units
      live
      adopted
    }
    adoptionOverTime {
      week
      live
      adopted
    }
    forecast {
      kind
      on
      unitsPerWeek
      reason
      lastPlannedEnd
    }
    candidates {
      unitId
      unitName
      region
      readiness {
        score
      }
      riskFlag
    }
  }
`);

export const RolloutQuery = graphql(`
  query Rollout($id: ID!) {
    program(id: $id) {
      id
      archived
      viewerCanManage
      pilots {
        id
        name
        status
        decisions {
          id
          decision
          decidedAt
        }
      }
      rolloutPlan {
        ...RolloutPlanFields
      }
    }
  }
`);

export const SuggestedWavesQuery = graphql(`
  query SuggestedWaves($id: ID!, $waveSize: Int!, $maxRegionShare: Float!) {
    program(id: $id) {
      id
      rolloutPlan {
        id
        suggestedWaves(waveSize: $waveSize, maxRegionShare: $maxRegionShare) {
          number
          units {
            unitId
            unitName
            reason
          }
        }
      }
    }
  }
`);

const CreateRolloutPlanMutation = graphql(`
  mutation CreateRolloutPlan($input: CreateRolloutPlanInput!) {
    createRolloutPlan(input: $input) {
      ...RolloutPlanFields
    }
  }
`);

const AddWaveMutation = graphql(`
  mutation AddWave($input: AddWaveInput!) {
    addWave(input: $input) {
      ...RolloutPlanFields
    }
  }
`);

const UpdateWaveMutation = graphql(`
  mutation UpdateWave($input: UpdateWaveInput!) {
    updateWave(input: $input) {
      ...RolloutPlanFields
    }
  }
`);

const RemoveWaveMutation = graphql(`
  mutation RemoveWave($input: RemoveWaveInput!) {
    removeWave(input: $input) {
      ...RolloutPlanFields
    }
  }
`);

export const MoveWaveUnitMutation = graphql(`
  mutation MoveWaveUnit($input: MoveWaveUnitInput!) {
    moveWaveUnit(input: $input) {
      ...RolloutPlanFields
    }
  }
`);

const AssignWaveUnitMutation = graphql(`
  mutation AssignWaveUnit($input: AssignWaveUnitInput!) {
    assignWaveUnit(input: $input) {
      ...RolloutPlanFields
    }
  }
`);

const UpdateWaveUnitReadinessMutation = graphql(`
  mutation UpdateWaveUnitReadiness($input: UpdateWaveUnitReadinessInput!) {
    updateWaveUnitReadiness(input: $input) {
      ...RolloutPlanFields
    }
  }
`);

const UpdateRolloutSettingsMutation = graphql(`
  mutation UpdateRolloutSettings($input: UpdateRolloutSettingsInput!) {
    updateRolloutSettings(input: $input) {
      ...RolloutPlanFields
    }
  }
`);

export type RolloutPlan = ReturnType<typeof readRolloutPlan>;
export type RolloutWave = RolloutPlan['waves'][number];
export type WaveUnit = ReturnType<typeof readWaveUnit>;
export type WaveUnitDetails = NonNullable<ReturnType<typeof useWaveUnitDetails>['data']>['waveUnit'];

export const readRolloutPlan = (plan: FragmentType<typeof RolloutPlanFields>) => getFragmentData(RolloutPlanFields, plan);
export const readWaveUnit = (unit: FragmentType<typeof WaveUnitFields>) => getFragmentData(WaveUnitFields, unit);

export function useWaveUnitDetails(id: string | null) {
  return useQuery(WaveUnitQuery, { variables: { id: id ?? '' }, skip: id === null });
}

export function useRollout(programId: string) {
  return useQuery(RolloutQuery, { variables: { id: programId } });
}

// Creating the plan changes what the program answers for rolloutPlan (null before): read it again.
export const useCreateRolloutPlan = () => useMutation(CreateRolloutPlanMutation, { refetchQueries: ['Rollout'] });
// A wave planned or removed changes the suggestion and the units' stages in the program.
export const useAddWave = () => useMutation(AddWaveMutation, { refetchQueries: ['SuggestedWaves', 'Program'] });
export const useUpdateWave = () => useMutation(UpdateWaveMutation);
export const useRemoveWave = () => useMutation(RemoveWaveMutation, { refetchQueries: ['SuggestedWaves', 'Program'] });
// A move changes the unit's stage in the program too (units tab, overview): those queries read it again.
export const useMoveWaveUnit = () => useMutation(MoveWaveUnitMutation, { refetchQueries: ['Program', 'WaveUnitDetails'] });
export const useAssignWaveUnit = () => useMutation(AssignWaveUnitMutation, { refetchQueries: ['Program'] });
export const useUpdateWaveUnitReadiness = () => useMutation(UpdateWaveUnitReadinessMutation, { refetchQueries: ['WaveUnitDetails'] });
export const useUpdateRolloutSettings = () => useMutation(UpdateRolloutSettingsMutation);

export const RolloutChangedSubscription = graphql(`
  subscription RolloutChanged($programId: ID!) {
    rolloutChanged(programId: $programId) {
      programId
      unitId
    }
  }
`);
