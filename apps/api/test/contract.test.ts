import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema, isObjectType, isInputObjectType, isEnumType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_KEY, ROLES_KEY } from '../src/common/auth/decorators.js';
import { FEATURE_MODULES } from '../src/app.module.js';
import { resolversOf } from '../src/common/feature-module.js';
import { AUDITED_TABLES, NOT_AUDITED, type AuditedTable } from '../src/database/audited-tables.js';
import { buildSchemaSdl } from '../src/schema/build-schema.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const committedSchema = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');

/** Names of schema elements without a description. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
    // Root operation types cannot carry a description in code-first; their fields do.
    if (!type.description && type !== schema.getQueryType() && type !== schema.getMutationType() && type !== schema.getSubscriptionType()) missing.push(type.name);
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('contract', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('committed schema.graphql matches the resolvers and the booted app (run `npm run schema` if not)', async () => {
    expect(await buildSchemaSdl()).toBe(committedSchema);
    const booted = app.app.get(GraphQLSchemaHost).schema;
    expect(`${printSchema(lexicographicSortSchema(booted))}\n`).toBe(committedSchema);
  });

  it('documents every type, field, argument and enum value', () => {
    expect(undocumented(app.app.get(GraphQLSchemaHost).schema)).toEqual([]);
  });

  it('marks every query, mutation and subscription with @Roles or @Public (deny by default)', () => {
    const unmarked: string[] = [];
    let operations = 0;
    for (const resolver of resolversOf(FEATURE_MODULES)) {
      for (const name of Object.getOwnPropertyNames(resolver.prototype)) {
        const method: unknown = Reflect.get(resolver.prototype, name);
        if (typeof method !== 'function') continue;
        const kind: unknown = Reflect.getMetadata('graphql:resolver_type', method);
        if (kind !== 'Query' && kind !== 'Mutation' && kind !== 'Subscription') continue;
        operations += 1;
        if (!Reflect.getMetadata(ROLES_KEY, method) && !Reflect.getMetadata(PUBLIC_KEY, method)) unmarked.push(`${resolver.name}.${name}`);
      }
    }
    expect(operations).toBeGreaterThan(10);
    expect(unmarked).toEqual([]);
  });

  it('audits exactly the tables in the one list, and every business table is in it or says why not', async () => {
    const triggered = await app.dataSource.query<{ table: string }[]>(
      `SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE p.proname = 'audit_row' AND NOT t.tgisinternal ORDER BY 1`,
    );
    const listed = Object.values(AUDITED_TABLES).map((entry) => entry.table);
    expect(triggered.map((row) => row.table)).toEqual([...listed].sort());
    // The same tables move their organization's data version (what cached answers are kept by).
    const versioned = await app.dataSource.query<{ table: string }[]>(
      `SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE p.proname = 'bump_org_data_version' AND t.tgdeferrable AND t.tginitdeferred ORDER BY 1`,
    );
    expect(versioned.map((row) => row.table)).toEqual([...listed].sort());
    // Each trigger leaves out the columns the list says, passed as its arguments.
    const ignored = await app.dataSource.query<{ table: string; args: string }[]>(
      `SELECT c.relname AS table, encode(t.tgargs, 'escape') AS args FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE p.proname = 'audit_row' AND NOT t.tgisinternal`,
    );
    const expected = Object.values(AUDITED_TABLES as Record<string, AuditedTable>).map((entry) => [entry.table, entry.ignoredColumns ?? []]);
    expect(Object.fromEntries(ignored.map((row) => [row.table, row.args.split('\\000').filter(Boolean)]))).toEqual(Object.fromEntries(expected));
    const business = await app.dataSource.query<{ table: string }[]>(
      `SELECT table_name AS table FROM information_schema.columns
        WHERE table_schema = 'public' AND (column_name = 'org_id' OR table_name = 'organization') AND table_name <> 'audit_event'
        GROUP BY table_name ORDER BY 1`,
    );
    const unlisted = business.map((row) => row.table).filter((table) => !listed.includes(table as (typeof listed)[number]) && !(table in NOT_AUDITED));
    expect(unlisted).toEqual([]);
  });

  it('entities and migrations agree (no schema drift), and the last migration reverts and reapplies', async () => {
    const drift = await app.dataSource.driver.createSchemaBuilder().log();
    expect(drift.upQueries.map((q) => q.query)).toEqual([]);
    await app.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await app.dataSource.showMigrations()).toBe(true);
    await app.dataSource.runMigrations({ transaction: 'each' });
    expect(await app.dataSource.showMigrations()).toBe(false);
  });
});
