import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { AddLessonInput } from '../../../gql/graphql';

export const LessonAddMutation = graphql(`
  mutation LessonAdd($input: AddLessonInput!) {
    addLesson(input: $input) {
      id
      activity {
        id
        name
        capabilityName
      }
      kind
      text
      createdAt
      createdBy {
        id
        name
      }
      pilot {
        id
        program {
          id
        }
      }
    }
  }
`);

export const LessonRemoveMutation = graphql(`
  mutation LessonRemove($id: ID!) {
    removeLesson(id: $id)
  }
`);

export function useAddLesson() {
  const [mutate, state] = useMutation(LessonAddMutation, {
    // The pilot's lessons (oldest first) end with the new one; the program's lessons for the roll-out
    // are read again where shown.
    update(cache, { data }) {
      const lesson = data?.addLesson;
      if (!lesson) return;
      cache.modify<{ lessons: readonly Reference[] }>({
        id: cache.identify({ __typename: 'Pilot', id: lesson.pilot.id }),
        fields: {
          lessons(existing, { toReference, readField }) {
            const ref = toReference({ __typename: 'Lesson', id: lesson.id });
            return !ref || existing.some((item) => readField('id', item) === lesson.id) ? existing : [...existing, ref];
          },
        },
      });
      cache.evict({ id: cache.identify({ __typename: 'Program', id: lesson.pilot.program.id }), fieldName: 'lessons' });
    },
  });
  const add = useCallback(
    async (input: AddLessonInput) => {
      await mutate({ variables: { input } });
    },
    [mutate],
  );
  return [add, state] as const;
}

export function useRemoveLesson() {
  const [mutate, state] = useMutation(LessonRemoveMutation);
  const remove = useCallback(
    async (id: string) => {
      await mutate({
        variables: { id },
        // Every list holding the lesson drops it: lists skip references to evicted objects.
        update(cache, { data }) {
          if (!data?.removeLesson) return;
          cache.evict({ id: cache.identify({ __typename: 'Lesson', id }) });
          cache.gc();
        },
      });
    },
    [mutate],
  );
  return [remove, state] as const;
}
