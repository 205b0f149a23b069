import { useApolloClient, useSubscription } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';

/**
 * Keeps a page current while it is open: each event of `subscription` (ids only) makes the named
 * active queries read their data again. Without a connection the page still works; it refreshes
 * after its own changes, as before.
 */
export function useLiveRefetch<TData, TVariables extends OperationVariables>(subscription: TypedDocumentNode<TData, TVariables>, variables: TVariables, queries: readonly string[], skip = false): void {
  const client = useApolloClient();
  useSubscription<TData, OperationVariables>(subscription, { variables, skip, onData: () => void client.refetchQueries({ include: [...queries] }) });
}
