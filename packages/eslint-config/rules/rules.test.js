import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import { noFocusedOrSkippedTests } from './no-focused-or-skipped-tests.js';
import { operationsDeclareRoles } from './operations-declare-roles.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run('operations-declare-roles', operationsDeclareRoles, {
  valid: [
    'class R { @Query(() => String) @Roles("admin") a() {} }',
    'class R { @Mutation(() => String) @Public() signIn() {} }',
    '@Controller("x") class C { @Get("y") @Roles(...ALL_ROLES) y() {} }',
    '@Roles("admin") class R { @Query(() => String) a() {} }',
    'class R { @ResolveField(() => String) field() {} helper() {} }',
  ],
  invalid: [
    { code: 'class R { @Query(() => String) a() {} }', errors: [{ messageId: 'unguarded' }] },
    { code: 'class R { @Mutation(() => String) @UseGuards(X) b() {} }', errors: [{ messageId: 'unguarded' }] },
    { code: '@Controller("x") class C { @Post("upload") upload() {} }', errors: [{ messageId: 'unguarded' }] },
    { code: '@Controller("x") class C { @Get("a.csv") @Roles("admin") a() {} @Get("b.csv") b() {} }', errors: [{ messageId: 'unguarded' }] },
  ],
});

tester.run('no-focused-or-skipped-tests', noFocusedOrSkippedTests, {
  valid: ['it("runs", () => {});', 'describe("group", () => { test("runs", () => {}); });', 'list.only(1);'],
  invalid: [
    { code: 'it.skip("skipped", () => {});', errors: [{ messageId: 'narrowed' }] },
    { code: 'describe.only("focused", () => {});', errors: [{ messageId: 'narrowed' }] },
    { code: 'test.todo("later");', errors: [{ messageId: 'narrowed' }] },
    { code: 'it.skipIf(ci)("sometimes", () => {});', errors: [{ messageId: 'narrowed' }] },
    { code: 'xit("skipped", () => {});', errors: [{ messageId: 'narrowed' }] },
  ],
});
