import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createSubscriptionLink } from './subscription-link';

interface ProgramConnectionShape {
  nodes: readonly unknown[];
}

function isConnection(value: unknown): value is ProgramConnectionShape {
  return typeof value === 'object' && value !== null && Array.isArray((value as { nodes?: unknown }).nodes);
}

/** A paged list's merge: the first page replaces the list, a later one (`after`) is appended to it. */
function appendPage(existing: unknown, incoming: unknown, { args }: { args: Record<string, unknown> | null }): unknown {
  if (!args?.['after'] || !isConnection(existing) || !isConnection(incoming)) return incoming;
  return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
}

/** One cache setup for the app and the component tests, so pagination merges the same way in both. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      CatalogMetric: { keyFields: ['key'] },
      ProgramConnection: { keyFields: false },
      PageInfo: { keyFields: false },
      // A membership has no id of its own: it is the program and the user.
      ProgramMember: { keyFields: ['programId', 'user', ['id']] },
      // A pilot's evaluation has no id; the program page and the pilot page read different parts of it.
      PilotEvaluation: { merge: true },
      // A unit report has no id of its own: it is the pilot and the unit. Keyed, it is one cache entry
      // that each screen's fragment reads its own fields of.
      PilotUnitReport: { keyFields: ['pilotId', 'unitId'] },
      // Likewise an owed check-in is the pilot, the unit and the week.
      OwedCheckIn: { keyFields: ['pilot', ['id'], 'unitId', 'weekStart'] },
      GateRecommendation: { merge: true },
      // A design's derived lists are recomputed by every design write: the answer replaces them.
      ProgramDesign: { fields: { dimensions: { merge: false }, flags: { merge: false }, currentVsTarget: { merge: false } } },
      // Every change to a RACI answers with its validation, recomputed: the new one replaces the old.
      RaciValidation: { merge: false },
      // A backlog is its program's: the list of requests, the picker of duplicates and the forum's subjects read its pages side by side.
      Backlog: { keyFields: ['programId'], fields: { requests: { keyArgs: ['teamKey', 'state', 'search', 'breachedOnly', 'mine', 'sort', 'first'], merge: appendPage } } },
      RevopsRequestConnection: { keyFields: false },
      // A request's parts without ids: the list reads a few fields of each, the drawer all; merged, neither loses the other's.
      RequestScore: { merge: true },
      RequestSla: { merge: true },
      RequestApprovalStep: { merge: true },
      Query: {
        fields: {
          // One cached list per filter + sort; pages (`after`) are appended to it.
          programs: { keyArgs: ['filter', 'sort'], merge: appendPage },
          // Same paging as programs: one list per filter, "Load more" appends.
          auditLog: { keyArgs: ['filter'], merge: appendPage },
        },
      },
    },
  });
}

export interface CreateApolloClientOptions {
  /** Called when any operation but sign-in comes back UNAUTHENTICATED (session ended). */
  onUnauthenticated: () => void;
}

export function createApolloClient({ onUnauthenticated }: CreateApolloClientOptions): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'SignIn') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.['code'] === 'UNAUTHENTICATED')) {
      onUnauthenticated();
    }
  });
  const httpLink = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // The API runs Apollo csrfPrevention: requests without this header are refused.
    headers: { 'apollo-require-preflight': 'true' },
  });
  const client: ApolloClient = new ApolloClient({
    // Subscriptions go over the WebSocket, everything else over HTTP.
    link: ApolloLink.from([
      errorLink,
      ApolloLink.split(
        ({ query }) => isSubscriptionOperation(query),
        createSubscriptionLink({ onReconnected: () => void client.refetchQueries({ include: 'active' }), onSessionEnded: onUnauthenticated }),
        httpLink,
      ),
    ]),
    cache: createCache(),
  });
  return client;
}
