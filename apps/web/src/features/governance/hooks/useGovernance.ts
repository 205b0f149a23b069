import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { GovernQuery, MeetingQuery } from '../../../gql/graphql';

export const GovernQueryDocument = graphql(`
  query Govern($id: ID!, $from: DateTime!, $to: DateTime!) {
    program(id: $id) {
      id
      name
      archived
      viewerCanRunForums
      forums {
        id
        version
        name
        purpose
        cadence
        weekday
        weekOfMonth
        startsOn
        startTime
        timeZone
        durationMinutes
        schedule
        attendees {
          id
          name
        }
      }
      meetings(from: $from, to: $to) {
        forumId
        forumName
        occursOn
        startsAt
        endsAt
        timeZone
        status
        cancelledReason
        moved
        meetingId
        meetingVersion
      }
      actionItems(openOnly: true, first: 50) {
        ...ActionItemRow
      }
    }
  }
`);

export const ActionItemRowFragment = graphql(`
  fragment ActionItemRow on ActionItem {
    id
    version
    title
    dueOn
    status
    overdue
    meetingId
    programId
    viewerCanUpdate
    owner {
      id
      name
    }
    subject {
      kind
      id
      name
    }
  }
`);

export type GovernProgram = NonNullable<GovernQuery['program']>;
export type Forum = GovernProgram['forums'][number];
export type Occurrence = GovernProgram['meetings'][number];

/** The Govern tab: forums, their meetings from `from` to `to`, open action items. */
export function useGovern(programId: string, from: string, to: string) {
  return useQuery(GovernQueryDocument, { variables: { id: programId, from, to }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

export const MeetingQueryDocument = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingView
    }
  }
`);

export const MeetingViewFragment = graphql(`
  fragment MeetingView on Meeting {
    id
    version
    programId
    occursOn
    startsAt
    endsAt
    moved
    status
    cancelledReason
    agendaSince
    agendaGeneratedAt
    startedAt
    endedAt
    notes
    viewerCanManage
    agenda {
      key
      section
      text
      added
      link {
        kind
        id
      }
    }
    attendees {
      id
      name
    }
    forum {
      id
      name
      purpose
      timeZone
      attendees {
        id
        name
      }
    }
    program {
      id
      name
    }
    decisions {
      id
      title
      rationale
      decidedAt
      decidedBy {
        id
        name
      }
      subject {
        kind
        id
        name
      }
    }
    actionItems {
      ...ActionItemRow
    }
  }
`);

export type MeetingRef = NonNullable<MeetingQuery['meeting']>;

export function useMeeting(id: string) {
  return useQuery(MeetingQueryDocument, { variables: { id }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

const governRefetch = ['Govern'];

export const useCreateForum = () =>
  useMutation(graphql(`mutation CreateForum($input: CreateForumInput!) { createForum(input: $input) { id } }`), { refetchQueries: governRefetch, awaitRefetchQueries: true });
export const useUpdateForum = () =>
  useMutation(graphql(`mutation UpdateForum($input: UpdateForumInput!) { updateForum(input: $input) { id version } }`), { refetchQueries: governRefetch, awaitRefetchQueries: true });
export const useRemoveForum = () =>
  useMutation(graphql(`mutation RemoveForum($id: ID!, $expectedVersion: Int!) { removeForum(id: $id, expectedVersion: $expectedVersion) }`), { refetchQueries: governRefetch, awaitRefetchQueries: true });
export const useAddDefaultForums = () =>
  useMutation(graphql(`mutation AddDefaultForums($input: AddDefaultForumsInput!) { addDefaultForums(input: $input) { id } }`), { refetchQueries: governRefetch, awaitRefetchQueries: true });
export const usePrepareMeeting = () => useMutation(graphql(`mutation PrepareMeeting($input: MeetingOccurrenceInput!) { prepareMeeting(input: $input) { ...MeetingView } }`));
export const useCancelMeeting = () =>
  useMutation(graphql(`mutation CancelMeeting($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id version status } }`), { refetchQueries: governRefetch, awaitRefetchQueries: true });
export const useMoveMeeting = () =>
  useMutation(graphql(`mutation MoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id version status startsAt } }`), { refetchQueries: governRefetch, awaitRefetchQueries: true });
export const useReinstateMeeting = () =>
  useMutation(graphql(`mutation ReinstateMeeting($input: VersionedMeetingInput!) { reinstateMeeting(input: $input) { id version status } }`), { refetchQueries: governRefetch, awaitRefetchQueries: true });
export const useRefreshAgenda = () => useMutation(graphql(`mutation RefreshMeetingAgenda($input: VersionedMeetingInput!) { refreshMeetingAgenda(input: $input) { ...MeetingView } }`));
export const useUpdateAgenda = () => useMutation(graphql(`mutation UpdateMeetingAgenda($input: UpdateMeetingAgendaInput!) { updateMeetingAgenda(input: $input) { ...MeetingView } }`));
export const useStartMeeting = () => useMutation(graphql(`mutation StartMeeting($input: VersionedMeetingInput!) { startMeeting(input: $input) { ...MeetingView } }`));
export const useEndMeeting = () => useMutation(graphql(`mutation EndMeeting($input: VersionedMeetingInput!) { endMeeting(input: $input) { ...MeetingView } }`));
export const useUpdateMinutes = () => useMutation(graphql(`mutation UpdateMeetingMinutes($input: UpdateMeetingMinutesInput!) { updateMeetingMinutes(input: $input) { ...MeetingView } }`));
export const useRecordDecision = () => useMutation(graphql(`mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $input) { ...MeetingView } }`));
export const useAddActionItem = () => useMutation(graphql(`mutation AddActionItem($input: AddActionItemInput!) { addActionItem(input: $input) { ...MeetingView } }`));
export const useUpdateActionItem = () =>
  useMutation(graphql(`mutation UpdateActionItem($input: UpdateActionItemInput!) { updateActionItem(input: $input) { ...ActionItemRow } }`), { refetchQueries: ['MyActionItems', 'Govern'] });

export const MyActionItemsQuery = graphql(`
  query MyActionItems {
    myActionItems(first: 50) {
      id
      ...ActionItemRow
      program {
        id
        name
      }
    }
  }
`);

export const useMyActionItems = () => useQuery(MyActionItemsQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });

export const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    calendarFeed {
      createdAt
    }
  }
`);
export const useCreateCalendarFeed = () => useMutation(graphql(`mutation CreateCalendarFeed { createCalendarFeed { url createdAt } }`), { refetchQueries: ['CalendarFeed'] });
export const useRevokeCalendarFeed = () => useMutation(graphql(`mutation RevokeCalendarFeed { revokeCalendarFeed }`), { refetchQueries: ['CalendarFeed'] });
