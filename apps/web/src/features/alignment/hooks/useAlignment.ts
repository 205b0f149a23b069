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
        }
        stakeholders {
          id
          stakeholder
          weights {
            principleId
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
