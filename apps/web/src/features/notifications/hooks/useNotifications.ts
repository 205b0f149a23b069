import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** How often the bell asks for the unread count; the panel reads the list when opened. */
const POLL_MS = 60_000;

export const UnreadCountChangedSubscription = graphql(`
  subscription UnreadNotificationCountChanged {
    unreadNotificationCountChanged
  }
`);

/** The unread count: live over the socket, and polled as a fallback (a proxy that drops WebSockets). */
export function useUnreadCount() {
  const client = useApolloClient();
  useSubscription(UnreadCountChangedSubscription, {
    onData: ({ data }) => {
      const count = data.data?.unreadNotificationCountChanged;
      if (count !== undefined) client.cache.writeQuery({ query: UnreadCountQuery, data: { unreadNotificationCount: count } });
    },
  });
  return useQuery(UnreadCountQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications(first: 20) {
      id
      kind
      title
      body
      link
      createdAt
      readAt
    }
  }
`);

export const useNotificationList = () => useQuery(NotificationsQuery, { fetchPolicy: 'network-only' });

export const useMarkRead = () =>
  useMutation(graphql(`mutation MarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }`), { refetchQueries: ['Notifications', 'UnreadNotificationCount'] });

export const PreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      mutedKinds
      delivery
      emailEnabled
    }
  }
`);

export const useSavePreferences = () =>
  useMutation(graphql(`mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { mutedKinds delivery emailEnabled } }`), {
    refetchQueries: ['NotificationPreferences'],
  });

export const WebhooksQuery = graphql(`
  query ProgramWebhooks($programId: ID!) {
    programWebhooks(programId: $programId) {
      id
      version
      name
      url
      format
      active
      deliveries {
        id
        title
        status
        attempts
        responseCode
        durationMs
        error
        createdAt
      }
    }
  }
`);

const webhooksRefetch = { refetchQueries: ['ProgramWebhooks'], awaitRefetchQueries: true };
export const useCreateWebhook = () => useMutation(graphql(`mutation CreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }`), webhooksRefetch);
export const useSetWebhookActive = () => useMutation(graphql(`mutation SetWebhookActive($input: SetWebhookActiveInput!) { setWebhookActive(input: $input) { id version active } }`), webhooksRefetch);
export const useRemoveWebhook = () => useMutation(graphql(`mutation RemoveWebhook($id: ID!, $expectedVersion: Int!) { removeWebhook(id: $id, expectedVersion: $expectedVersion) }`), webhooksRefetch);
export const useSendTestWebhook = () => useMutation(graphql(`mutation SendTestWebhook($id: ID!) { sendTestWebhook(id: $id) }`), webhooksRefetch);
