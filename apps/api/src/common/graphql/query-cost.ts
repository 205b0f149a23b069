import type { ApolloServerPlugin } from '@apollo/server';
import { Extensions } from '@nestjs/graphql';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationTypeNode,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The most an operation may cost (see `operationCost`): twice the web app's costliest operation at its largest page (a record's history, 200 entries: 2,400). */
/** The default limit (GRAPHQL_MAX_COST): the costliest web operation uses less than half of it. */
export const MAX_QUERY_COST = 5000;

/** A list without a page size (a pilot's metrics, a program's pilots) is counted as this many items. */
export const ASSUMED_LIST_SIZE = 10;

/**
 * Declares the largest page a list query serves; its `first` counts at most this many items, so
 * a larger `first` reaches the resolver and is answered with the page-size field error, not
 * QUERY_TOO_COMPLEX.
 */
export const PageLimit = (max: number): MethodDecorator => Extensions({ pageLimit: max });

/** Operation names and values of its variables. */
type Variables = Record<string, unknown>;

function pageLimitOf(field: GraphQLField<unknown, unknown>): number | undefined {
  const limit = field.extensions.pageLimit;
  return typeof limit === 'number' ? limit : undefined;
}

/**
 * How many items a field returns: `first` (from the query, its variables or the argument's
 * default), at most the field's page limit, or the page limit when `first` is left out; a
 * connection's `nodes` are the page its `first` already counted; any other list is
 * `ASSUMED_LIST_SIZE`; a single object 1.
 */
function itemCount(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const first = args.first;
  const limit = pageLimitOf(field);
  if (typeof first === 'number') return Math.max(1, limit === undefined ? first : Math.min(first, limit));
  if (limit !== undefined) return limit;
  if (field.name === 'nodes' || !isListType(getNullableType(field.type))) return 1;
  return ASSUMED_LIST_SIZE;
}

function argumentValues(field: GraphQLField<unknown, unknown>, node: { arguments?: readonly { name: { value: string }; value: Parameters<typeof valueFromAST>[0] }[] }, variables: Variables): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const arg of field.args) {
    const given = node.arguments?.find((a) => a.name.value === arg.name);
    const value = given ? valueFromAST(given.value, arg.type, variables) : undefined;
    values[arg.name] = value ?? arg.defaultValue;
  }
  return values;
}

/**
 * The cost of an operation: every object it returns counts 1 (scalars are free), so a page of
 * 100 programs with their pilots costs 100 × (1 + 10) plus the page itself. Fragments count
 * where they are spread.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables = {}): number {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const root = operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;

  const selectionCost = (type: GraphQLNamedType, selectionSet: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        if (!field || !selection.selectionSet) continue;
        const child = getNamedType(field.type);
        const count = itemCount(field, argumentValues(field, selection, variables));
        cost += count * (1 + selectionCost(child, selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        cost += selectionCost(on ?? type, selection.selectionSet, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value) ?? type;
        cost += selectionCost(on, fragment.selectionSet, new Set([...seen, fragment.name.value]));
      }
    }
    return cost;
  };
  return selectionCost(root, operation.selectionSet, new Set());
}

/** Refuses an operation above `limit` with QUERY_TOO_COMPLEX (HTTP 400), naming its cost and the limit. */
export const queryCostPlugin = (limit: number): ApolloServerPlugin => ({
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ schema, document, operation, request }) {
        const cost = operation ? operationCost(schema, document, operation, request.variables ?? {}) : 0;
        if (cost <= limit) return Promise.resolve();
        return Promise.reject(
          new GraphQLError(`This query is too complex: it costs ${cost}, the limit is ${limit}. Ask for smaller pages or fewer nested lists.`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', cost, limit, http: { status: 400 } },
          }),
        );
      },
    });
  },
});
