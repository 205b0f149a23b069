// Deny by default, checked where the code is written: a GraphQL operation or an HTTP route that
// declares neither @Roles nor @Public fails lint (the RolesGuard would deny it at run time).
// Modelled on twenty's graphql-resolvers-should-be-guarded.

const OPERATION_DECORATORS = new Set(['Query', 'Mutation', 'Subscription', 'Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Head', 'Options']);
const GUARD_DECORATORS = new Set(['Roles', 'Public']);

/** The name a decorator is called by: `@Roles(...)` → Roles, `@Public()` → Public, `@Get` → Get. */
function decoratorName(decorator) {
  const expression = decorator.expression.type === 'CallExpression' ? decorator.expression.callee : decorator.expression;
  return expression.type === 'Identifier' ? expression.name : null;
}

function names(node) {
  return (node.decorators ?? []).map(decoratorName).filter((name) => name !== null);
}

/** @type {import('eslint').Rule.RuleModule} */
export const operationsDeclareRoles = {
  meta: {
    type: 'problem',
    docs: { description: 'Every GraphQL query/mutation and every HTTP route declares @Roles or @Public.' },
    messages: { unguarded: '{{kind}} "{{name}}" declares neither @Roles nor @Public: the RolesGuard denies it. Say who may call it.' },
    schema: [],
  },
  create(context) {
    return {
      MethodDefinition(node) {
        const decorators = names(node);
        const operation = decorators.find((name) => OPERATION_DECORATORS.has(name));
        if (!operation) return;
        const classDecorators = node.parent?.parent ? names(node.parent.parent) : [];
        if ([...decorators, ...classDecorators].some((name) => GUARD_DECORATORS.has(name))) return;
        const name = node.key.type === 'Identifier' ? node.key.name : context.sourceCode.getText(node.key);
        context.report({ node: node.key, messageId: 'unguarded', data: { kind: `@${operation}`, name } });
      },
    };
  },
};
