import { GraphQLError, OperationTypeNode, type ValidationRule } from 'graphql';

/**
 * Refuses an operation whose root type the schema lacks (today: every `subscription`). graphql-js 16
 * only finds out while executing, which Apollo reports as INTERNAL_SERVER_ERROR with a logged stack;
 * as a validation error it is a 400 with the code GRAPHQL_VALIDATION_FAILED. graphql 17 has this rule.
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[node.operation];
    if (!root) {
      const hint = node.operation === OperationTypeNode.SUBSCRIPTION ? ' Rollout has no live updates yet: query again after a change.' : '';
      context.reportError(new GraphQLError(`This API does not support ${node.operation} operations.${hint}`, { nodes: node }));
    }
  },
});
