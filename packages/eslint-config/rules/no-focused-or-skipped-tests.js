// A skipped or focused test passes CI while testing less: `.skip`, `.only` and `.todo` on
// describe/it/test (and their x/f aliases) fail lint.

const TEST_FUNCTIONS = new Set(['describe', 'it', 'test', 'suite', 'bench']);
const NARROWING = new Set(['skip', 'only', 'todo', 'skipIf', 'runIf']);
const ALIASES = new Set(['xit', 'xdescribe', 'xtest', 'fit', 'fdescribe']);

/** @type {import('eslint').Rule.RuleModule} */
export const noFocusedOrSkippedTests = {
  meta: {
    type: 'problem',
    docs: { description: 'Tests are never skipped or focused in committed code.' },
    messages: {
      narrowed: '`{{name}}` runs fewer tests than the suite has: fix or delete the test instead.',
    },
    schema: [],
  },
  create(context) {
    return {
      MemberExpression(node) {
        if (node.object.type !== 'Identifier' || !TEST_FUNCTIONS.has(node.object.name)) return;
        if (node.property.type !== 'Identifier' || !NARROWING.has(node.property.name)) return;
        context.report({ node, messageId: 'narrowed', data: { name: `${node.object.name}.${node.property.name}` } });
      },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && ALIASES.has(node.callee.name)) {
          context.report({ node: node.callee, messageId: 'narrowed', data: { name: node.callee.name } });
        }
      },
    };
  },
};
