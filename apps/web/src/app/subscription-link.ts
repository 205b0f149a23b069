import { ApolloLink } from '@apollo/client';
import { Observable, type Subscription } from 'rxjs';

/** Close codes after which retrying would not help: the session ended (4401) or the socket was refused (4403). */
const SIGNED_OUT_CLOSE_CODES = new Set([4401, 4403]);

export interface SubscriptionLinkOptions {
  /** After the socket came back from a drop: events were missed, so the pages read their data again. */
  onReconnected: () => void;
  /** The server closed the socket because the session ended. */
  onSessionEnded: () => void;
}

/**
 * Subscriptions over WebSocket (graphql-ws) to the page's own origin; the browser sends the session
 * cookie with the upgrade. The client code loads with the first subscription, not with the first page.
 */
export function createSubscriptionLink({ onReconnected, onSessionEnded }: SubscriptionLinkOptions): ApolloLink {
  let link: Promise<ApolloLink> | undefined;
  const load = async (): Promise<ApolloLink> => {
    const [{ GraphQLWsLink }, { createClient }] = await Promise.all([import('@apollo/client/link/subscriptions'), import('graphql-ws')]);
    let connectedBefore = false;
    const client = createClient({
      url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: (event) => !(event instanceof CloseEvent && SIGNED_OUT_CLOSE_CODES.has(event.code)),
      on: {
        connected: () => {
          if (connectedBefore) onReconnected();
          connectedBefore = true;
        },
        closed: (event) => {
          if (event instanceof CloseEvent && event.code === 4401) onSessionEnded();
        },
      },
    });
    return new GraphQLWsLink(client);
  };
  return new ApolloLink((operation, forward) => {
    link ??= load();
    return new Observable((observer) => {
      let inner: Subscription | undefined;
      let cancelled = false;
      link?.then(
        (ws) => {
          if (!cancelled) inner = ws.request(operation, forward).subscribe(observer);
        },
        (error: unknown) => observer.error(error),
      );
      return () => {
        cancelled = true;
        inner?.unsubscribe();
      };
    });
  });
}
