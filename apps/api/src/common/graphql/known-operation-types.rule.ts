import { GraphQLError, OperationTypeNode, type ValidationRule } from 'graphql';

/**
 * Refuses over HTTP what HTTP does not serve: a subscription (they go over the WebSocket at the same
 * path, graphql-ws), or an operation whose root type the schema lacks. graphql-js 16 only finds out
 * while executing, which Apollo reports as INTERNAL_SERVER_ERROR with a logged stack; as a validation
 * error it is a 400 with the code GRAPHQL_VALIDATION_FAILED. This rule is the HTTP server's only.
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.SUBSCRIPTION) {
      context.reportError(new GraphQLError('Subscriptions are served over WebSocket (the graphql-transport-ws protocol) at /graphql, not over HTTP.', { nodes: node }));
      return;
    }
    const schema = context.getSchema();
    const root = { query: schema.getQueryType(), mutation: schema.getMutationType() }[node.operation];
    if (!root) context.reportError(new GraphQLError(`This API does not support ${node.operation} operations.`, { nodes: node }));
  },
});
