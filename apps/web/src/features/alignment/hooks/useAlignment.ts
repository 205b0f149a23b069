import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ProgramAlignmentQuery = graphql(`
  query ProgramAlignment($id: ID!) {
    program(id: $id) {
      id
      version
      targetModel
      alignment {
        programId
        principles {
          id
          name
          version
        }
        stakeholders {
          id
          stakeholder
          version
          weights {
            principleId
            points
            percent
          }
        }
        weighting {
          principleId
          average
          min
          max
          spread
        }
        mostDisputedPrincipleId
        scores {
          id
          principleId
          model
          score
          note
          version
        }
        totals {
          model
          total
          rank
        }
        matrixComplete
        matrixWinner
        sensitivity {
          verdict
          sentence
          principles {
            principleId
            up {
              sentence
            }
            down {
              sentence
            }
          }
        }
        profile {
          arrUsd
          gtmHeadcount
          regions
          gtmMotions
          complexity
          holdingCompany
          version
        }
        guidance {
          model
          reasons
          teamSize {
            min
            max
            note
          }
          disagreement
        }
      }
    }
  }
`);

export function useAlignment(programId: string) {
  return useQuery(ProgramAlignmentQuery, { variables: { id: programId } });
}

const StartAlignmentMutation = graphql(`
  mutation StartAlignment($id: ID!) {
    startAlignment(programId: $id) {
      programId
    }
  }
`);

const ScoreOperatingModelMutation = graphql(`
  mutation ScoreOperatingModel($input: ScoreOperatingModelInput!) {
    scoreOperatingModel(input: $input) {
      id
      score
      note
      version
    }
  }
`);

const ChooseOperatingModelMutation = graphql(`
  mutation ChooseOperatingModel($input: ChooseOperatingModelInput!) {
    chooseOperatingModel(input: $input) {
      id
      version
      targetModel
    }
  }
`);

const SaveDesignPrincipleMutation = graphql(`
  mutation SaveDesignPrinciple($input: SaveDesignPrincipleInput!) {
    saveDesignPrinciple(input: $input) {
      id
      name
      version
    }
  }
`);

const RemoveDesignPrincipleMutation = graphql(`
  mutation RemoveDesignPrinciple($id: ID!) {
    removeDesignPrinciple(id: $id)
  }
`);

export const SaveStakeholderWeightsMutation = graphql(`
  mutation SaveStakeholderWeights($input: SaveStakeholderWeightsInput!) {
    saveStakeholderWeights(input: $input) {
      id
      version
    }
  }
`);

export const RemoveStakeholderWeightsMutation = graphql(`
  mutation RemoveStakeholderWeights($id: ID!) {
    removeStakeholderWeights(id: $id)
  }
`);

export const SaveCompanyProfileMutation = graphql(`
  mutation SaveCompanyProfile($input: SaveCompanyProfileInput!) {
    saveCompanyProfile(input: $input) {
      version
    }
  }
`);

// Every Align write changes derived figures (totals, sensitivity, the log): read them again from the server.
const refetchQueries = ['ProgramAlignment', 'Program'];

export function useStartAlignment() {
  return useMutation(StartAlignmentMutation, { refetchQueries, awaitRefetchQueries: true });
}

export function useScoreOperatingModel() {
  return useMutation(ScoreOperatingModelMutation, { refetchQueries: ['ProgramAlignment'], awaitRefetchQueries: true });
}

export function useChooseOperatingModel() {
  return useMutation(ChooseOperatingModelMutation, { refetchQueries, awaitRefetchQueries: true });
}

export function useSaveDesignPrinciple() {
  return useMutation(SaveDesignPrincipleMutation, { refetchQueries: ['ProgramAlignment'], awaitRefetchQueries: true });
}

export function useRemoveDesignPrinciple() {
  return useMutation(RemoveDesignPrincipleMutation, { refetchQueries: ['ProgramAlignment'], awaitRefetchQueries: true });
}

export function useSaveStakeholderWeights() {
  return useMutation(SaveStakeholderWeightsMutation, { refetchQueries: ['ProgramAlignment'], awaitRefetchQueries: true });
}

export function useRemoveStakeholderWeights() {
  return useMutation(RemoveStakeholderWeightsMutation, { refetchQueries: ['ProgramAlignment'], awaitRefetchQueries: true });
}

export function useSaveCompanyProfile() {
  return useMutation(SaveCompanyProfileMutation, { refetchQueries: ['ProgramAlignment'], awaitRefetchQueries: true });
}
