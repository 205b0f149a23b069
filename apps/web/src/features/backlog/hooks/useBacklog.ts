import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../../gql';
import type { BacklogQuery, RequestDetailQuery, RequestListState, RequestRowFragment as RequestRowData, RequestSort } from '../../../gql/graphql';

export const RequestRowFragment = graphql(`
  fragment RequestRow on RevopsRequest {
    id
    version
    label
    problem
    status
    teamKey
    teamName
    typeName
    unitName
    rank
    requesterCount
    plannedMonth
    wishedOn
    score {
      value
    }
    sla {
      ageDays
      breach
      triage {
        state
        dueOn
      }
      delivery {
        state
        dueOn
      }
    }
    approval {
      status
    }
  }
`);

export const BacklogQueryDocument = graphql(`
  query Backlog($id: ID!, $teamKey: String, $state: RequestListState!, $search: String, $breachedOnly: Boolean!, $mine: Boolean!, $sort: RequestSort!, $after: String) {
    program(id: $id) {
      id
      name
      archived
      backlog {
        programId
        settingsVersion
        framework
        formula
        frameworkDescription
        focusDaysPerPersonMonth
        inboundConfigured
        inboundUrl
        breachedCount
        awaitingTriageCount
        viewerCanManage
        viewerFileableUnitIds
        types {
          id
          name
          triageDays
          deliverDays
        }
        teams {
          key
          name
          openCount
          awaitingTriage
          breached
        }
        requests(teamKey: $teamKey, state: $state, search: $search, breachedOnly: $breachedOnly, mine: $mine, sort: $sort, first: 50, after: $after) {
          totalCount
          pageInfo {
            endCursor
            hasNextPage
          }
          nodes {
            ...RequestRow
          }
        }
      }
    }
  }
`);

export const BacklogPlanQueryDocument = graphql(`
  query BacklogPlan($id: ID!) {
    program(id: $id) {
      id
      backlog {
        programId
        capacity(months: 6) {
          teamKey
          teamName
          heads
          sentence
          guidance
          months {
            month
            capacityDays
            committedDays
            loadPercent
            overCommitted
          }
        }
        roadmap {
          teamKey
          teamName
          quarters {
            quarter
            items {
              requestId
              label
              problem
              unitName
              plannedMonth
              status
              effortDays
              requesterCount
            }
          }
        }
      }
    }
  }
`);

export const RequestDetailQueryDocument = graphql(`
  query RequestDetail($id: ID!) {
    revopsRequest(id: $id) {
      ...RequestRow
      programId
      impact
      typeId
      unitId
      activityName
      ownership
      filedByName
      filedAt
      rankReason
      declineReason
      mergedIntoId
      mergedIntoLabel
      viewerCanTriage
      viewerCanApprove
      score {
        value
        formula
        effortDays
        reach
        impact
        confidence
        businessValue
        timeCriticality
        riskReduction
      }
      approval {
        status
        domainName
        accountableRole
        decidedByName
        note
      }
      requesters {
        userId
        name
        unitName
      }
    }
  }
`);

export const FileRequestOptionsQuery = graphql(`
  query FileRequestOptions($id: ID!) {
    program(id: $id) {
      id
      units {
        unit {
          id
          name
        }
      }
      design {
        id
        capabilities {
          id
          name
          activities {
            id
            name
            placement {
              placement
            }
          }
        }
      }
    }
  }
`);

export type Backlog = NonNullable<BacklogQuery['program']>['backlog'];
export type RequestRow = RequestRowData;
type RequestDetailData = NonNullable<RequestDetailQuery['revopsRequest']>;
/** The detail query's fields with the row's (its fragment, unmasked). */
export type RequestDetail = RequestRowData & RequestDetailData;

/** A page's rows, unmasked. */
export const requestRows = (nodes: Backlog['requests']['nodes']): readonly RequestRow[] => getFragmentData(RequestRowFragment, nodes);
const requestDetailOf = (data: RequestDetailData): RequestDetail => ({ ...getFragmentData(RequestRowFragment, data), ...data });

export interface BacklogFilter {
  teamKey: string | null;
  state: RequestListState;
  search: string;
  breachedOnly: boolean;
  /** Only the requests the viewer asked for. */
  mine: boolean;
  sort: RequestSort;
}

/** The Backlog tab: its settings, teams and a page of requests as filtered. */
export function useBacklog(programId: string, filter: BacklogFilter) {
  return useQuery(BacklogQueryDocument, {
    variables: { id: programId, teamKey: filter.teamKey, state: filter.state, search: filter.search || null, breachedOnly: filter.breachedOnly, mine: filter.mine, sort: filter.sort, after: null },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}

export const useBacklogPlan = (programId: string) => useQuery(BacklogPlanQueryDocument, { variables: { id: programId }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
/** Capacity and the roadmap, read once for both cards. */
export type BacklogPlan = ReturnType<typeof useBacklogPlan>;
/** One request (the drawer's title and content ask together: Apollo sends one query). */
export function useRequestDetail(id: string | null) {
  const result = useQuery(RequestDetailQueryDocument, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'cache-and-network' });
  const request = result.data?.revopsRequest;
  return { ...result, request: request ? requestDetailOf(request) : undefined };
}

// Any change can move ranks, breaches, capacity and the roadmap: the lists read again.
const backlogRefetch = { refetchQueries: ['Backlog', 'BacklogPlan', 'RequestDetail'], awaitRefetchQueries: true };

export const useFileRequest = () => useMutation(graphql(`mutation FileRequest($input: FileRequestInput!) { fileRequest(input: $input) { id label } }`), backlogRefetch);
export const useUpdateRequest = () => useMutation(graphql(`mutation UpdateRequest($input: UpdateRequestInput!) { updateRequest(input: $input) { id version } }`), backlogRefetch);
export const useScoreRequest = () => useMutation(graphql(`mutation ScoreRequest($input: ScoreRequestInput!) { scoreRequest(input: $input) { id version rank } }`), backlogRefetch);
export const useMoveRequest = () => useMutation(graphql(`mutation MoveRequest($input: MoveRequestInput!) { moveRequest(input: $input) { id version status } }`), backlogRefetch);
export const useMergeRequest = () => useMutation(graphql(`mutation MergeRequest($input: MergeRequestInput!) { mergeRequest(input: $input) { id label requesterCount } }`), backlogRefetch);
export const useDecideApproval = () =>
  useMutation(graphql(`mutation DecideRequestApproval($input: DecideRequestApprovalInput!) { decideRequestApproval(input: $input) { id version } }`), backlogRefetch);
export const useSaveBacklogSettings = () =>
  useMutation(graphql(`mutation SaveBacklogSettings($input: SaveBacklogSettingsInput!) { saveBacklogSettings(input: $input) { programId settingsVersion } }`), backlogRefetch);
export const useSaveRequestTypes = () => useMutation(graphql(`mutation SaveRequestTypes($input: SaveRequestTypesInput!) { saveRequestTypes(input: $input) { programId } }`), backlogRefetch);
export const useRotateInboundSecret = () =>
  useMutation(graphql(`mutation RotateInboundRequestSecret($programId: ID!) { rotateInboundRequestSecret(programId: $programId) { secret } }`), backlogRefetch);
export const useRemoveInboundWebhook = () =>
  useMutation(graphql(`mutation RemoveInboundRequestWebhook($programId: ID!) { removeInboundRequestWebhook(programId: $programId) { programId } }`), backlogRefetch);
