import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { AddLessonInput } from '../../../gql/graphql';

export const LessonAddMutation = graphql(`
  mutation LessonAdd($input: AddLessonInput!) {
    addLesson(input: $input) {
      id
      capability
      kind
      text
    }
  }
`);

export const LessonRemoveMutation = graphql(`
  mutation LessonRemove($id: ID!) {
    removeLesson(id: $id)
  }
`);

// Lessons are listed on the pilot, its gate review and the program page.
const refetchActive = { refetchQueries: 'active' as const, awaitRefetchQueries: true };

export function useAddLesson() {
  const [mutate, state] = useMutation(LessonAddMutation, refetchActive);
  const add = useCallback(
    async (input: AddLessonInput) => {
      await mutate({ variables: { input } });
    },
    [mutate],
  );
  return [add, state] as const;
}

export function useRemoveLesson() {
  const [mutate, state] = useMutation(LessonRemoveMutation, refetchActive);
  const remove = useCallback(
    async (id: string) => {
      await mutate({ variables: { id } });
    },
    [mutate],
  );
  return [remove, state] as const;
}
