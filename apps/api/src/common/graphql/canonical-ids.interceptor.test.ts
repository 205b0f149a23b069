import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { DomainError } from '@rollout/domain';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { CanonicalIdsInterceptor } from './canonical-ids.interceptor.js';

const schema = buildSchema(`
  input Inner { ownerId: ID, name: String }
  input Outer { id: ID!, unitIds: [ID!], inner: Inner, note: String }
  type Query { ok: Boolean }
  type Mutation { change(id: ID!, input: Outer, label: String): Boolean }
`);
const ID = '8BD433A7-1C2E-4F6A-9B3D-0E5F6A7B8C9D';
const LOWER = ID.toLowerCase();

/** Runs the interceptor on `change(…)` with these args; returns the args the resolver would get. */
function intercept(args: Record<string, unknown>): Record<string, unknown> {
  const info = { parentType: schema.getMutationType() as GraphQLObjectType, fieldName: 'change' };
  const context = new ExecutionContextHost([{}, args, {}, info]);
  context.setType('graphql');
  void new CanonicalIdsInterceptor().intercept(context, { handle: () => of(true) });
  return args;
}

describe('CanonicalIdsInterceptor', () => {
  it('lower-cases every ID argument and ID input field, in lists and nested inputs, and leaves other strings alone', () => {
    const args = intercept({ id: ID, label: ID, input: { id: ID, unitIds: [ID, LOWER], inner: { ownerId: ID, name: ID }, note: ID } });
    expect(args).toEqual({ id: LOWER, label: ID, input: { id: LOWER, unitIds: [LOWER, LOWER], inner: { ownerId: LOWER, name: ID }, note: ID } });
  });

  it('keeps nulls and refuses ids that are not UUIDs, naming each field', () => {
    expect(intercept({ id: ID, input: { id: ID, unitIds: null, inner: null } })).toEqual({ id: LOWER, input: { id: LOWER, unitIds: null, inner: null } });
    let thrown: unknown;
    try {
      intercept({ id: 'not-a-uuid', input: { id: ID, unitIds: [LOWER, '42'], inner: { ownerId: '' } } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).fieldErrors.map((e) => e.field)).toEqual(['id', 'unitIds.1', 'inner.ownerId']);
  });
});
