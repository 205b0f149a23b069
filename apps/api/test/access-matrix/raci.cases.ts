import { DEFAULT_RACI_DOMAINS } from '@rollout/domain';
import { expect } from 'vitest';
import { gql } from '../support/test-app.js';
import { firstSheet } from '../support/workbook.js';
import { assessed, EVERYONE, field, PROGRAM_MANAGERS, type Case, type RestCase, type Vars, type World } from './world.js';

/** The RACI: the program's leads (and admins) edit it; everyone else reads it and its files. */

interface Raci {
  version: number;
  domains: { id: string; name: string }[];
  roles: { id: string; name: string }[];
}
const READ = `query($id: ID!) { program(id: $id) { raci { version domains { id name } roles { id name } } } }`;

/** A fresh program of the manager with one catalog activity (Dashboards, which Pipeline visibility links to), and its RACI as read. */
async function aRaci(w: World) {
  const { programId } = await assessed(w);
  return { programId, ...(await raciOf(w, programId)) };
}

async function raciOf(w: World, programId: string) {
  const raci = (await gql<{ program: { raci: Raci } }>(w.agents.admin, READ, { id: programId })).data?.program.raci;
  const idOf = (rows: { id: string; name: string }[] | undefined, name: string) => rows?.find((row) => row.name === name)?.id ?? '';
  return { version: raci?.version ?? 0, domain: (name: string) => idOf(raci?.domains, name), role: (name: string) => idOf(raci?.roles, name) };
}

const IMPORT_FILE = Buffer.from(['Domain,Head/VP RevOps,Regional RevOps partner', ...DEFAULT_RACI_DOMAINS.map((domain) => `${domain.name},A,R`)].join('\n'));

/** A fresh program whose RACI has no error left (filled from a file by an admin), at the version it then has. */
async function aCompleteRaci(w: World) {
  const { programId } = await assessed(w);
  await w.agents.admin.post(`/api/programs/${programId}/raci-imports/commit`).set('x-file-name', 'raci.csv').set('content-type', 'application/octet-stream').send(IMPORT_FILE);
  return { programId, ...(await raciOf(w, programId)) };
}

const matrixIs = (values: Record<string, unknown>) => ({
  sql: `SELECT ${Object.keys(values).join(', ')} FROM raci_matrix WHERE program_id = $1`,
  params: (v: Vars) => [field(v, 'programId')],
  rows: [values],
});
const rowIs = (table: string, values: Record<string, unknown>) => ({ sql: `SELECT ${Object.keys(values).join(', ')} FROM ${table} WHERE id = $1`, params: (v: Vars) => [field(v, 'id')], rows: [values] });
const rowGone = (table: string) => ({ sql: `SELECT id FROM ${table} WHERE id = $1`, params: (v: Vars) => [field(v, 'id')], rows: [] });
const lastOf = (table: string, column: string) => ({ sql: `SELECT ${column} FROM ${table} WHERE program_id = $1 ORDER BY position DESC LIMIT 1`, params: (v: Vars) => [field(v, 'programId')] });

const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { id version } }`;

export const RACI_CASES: Case[] = [
  {
    operation: 'setRaciCell',
    scope: 'program owned by manager, defaults not stored yet',
    document: mutation('setRaciCell', 'SetRaciCellInput'),
    variables: async (w) => {
      const raci = await aRaci(w);
      return { input: { programId: raci.programId, domainId: raci.domain('Forecasting'), roleId: raci.role('Finance'), value: 'A' } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT value FROM raci_cell WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ value: 'A' }] },
  },
  {
    operation: 'addRaciDomain',
    scope: 'program owned by manager',
    document: mutation('addRaciDomain', 'AddRaciDomainInput'),
    variables: async (w) => ({ input: { programId: (await aRaci(w)).programId, name: 'Partner deals' } }),
    allowed: PROGRAM_MANAGERS,
    effect: { ...lastOf('raci_domain', 'name'), rows: [{ name: 'Partner deals' }] },
  },
  {
    operation: 'renameRaciDomain',
    scope: 'program owned by manager',
    document: mutation('renameRaciDomain', 'RenameRaciItemInput'),
    variables: async (w) => {
      const raci = await aRaci(w);
      return { input: { programId: raci.programId, id: raci.domain('Forecasting'), name: 'Forecast calls', expectedVersion: 1 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: rowIs('raci_domain', { name: 'Forecast calls', version: 2 }),
  },
  {
    operation: 'linkRaciDomain',
    scope: 'program owned by manager',
    document: mutation('linkRaciDomain', 'LinkRaciDomainInput'),
    variables: async (w) => {
      const raci = await aRaci(w);
      return { input: { programId: raci.programId, id: raci.domain('Pipeline visibility'), activityId: null, expectedVersion: 1 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: rowIs('raci_domain', { activity_id: null, version: 2 }),
  },
  {
    operation: 'removeRaciDomain',
    scope: 'program owned by manager',
    document: mutation('removeRaciDomain', 'RemoveRaciItemInput'),
    variables: async (w) => {
      const raci = await aRaci(w);
      return { input: { programId: raci.programId, id: raci.domain('Commission data'), expectedVersion: 1 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: rowGone('raci_domain'),
  },
  {
    operation: 'addRaciRole',
    scope: 'program owned by manager',
    document: mutation('addRaciRole', 'AddRaciRoleInput'),
    variables: async (w) => ({ input: { programId: (await aRaci(w)).programId, name: 'Deal desk', side: 'hub' } }),
    allowed: PROGRAM_MANAGERS,
    effect: { ...lastOf('raci_role', 'name, side'), rows: [{ name: 'Deal desk', side: 'hub' }] },
  },
  {
    operation: 'renameRaciRole',
    scope: 'program owned by manager',
    document: mutation('renameRaciRole', 'RenameRaciItemInput'),
    variables: async (w) => {
      const raci = await aRaci(w);
      return { input: { programId: raci.programId, id: raci.role('Finance'), name: 'FP&A', expectedVersion: 1 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: rowIs('raci_role', { name: 'FP&A', version: 2 }),
  },
  {
    operation: 'setRaciRoleSide',
    scope: 'program owned by manager',
    document: mutation('setRaciRoleSide', 'SetRaciRoleSideInput'),
    variables: async (w) => {
      const raci = await aRaci(w);
      return { input: { programId: raci.programId, id: raci.role('Sales leadership'), side: 'spoke', expectedVersion: 1 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: rowIs('raci_role', { side: 'spoke', version: 2 }),
  },
  {
    operation: 'removeRaciRole',
    scope: 'program owned by manager',
    document: mutation('removeRaciRole', 'RemoveRaciItemInput'),
    variables: async (w) => {
      const raci = await aRaci(w);
      return { input: { programId: raci.programId, id: raci.role('CS ops'), expectedVersion: 1 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: rowGone('raci_role'),
  },
  {
    operation: 'markRaciFinal',
    scope: 'program owned by manager, no error left',
    document: mutation('markRaciFinal', 'MarkRaciFinalInput'),
    variables: async (w) => {
      const raci = await aCompleteRaci(w);
      return { input: { programId: raci.programId, expectedVersion: raci.version } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: matrixIs({ final: true }),
  },
  {
    operation: 'reopenRaci',
    scope: 'program owned by manager, RACI final',
    document: mutation('reopenRaci', 'ReopenRaciInput'),
    variables: async (w) => {
      const raci = await aCompleteRaci(w);
      await gql(w.agents.admin, mutation('markRaciFinal', 'MarkRaciFinalInput'), { input: { programId: raci.programId, expectedVersion: raci.version } });
      return { input: { programId: raci.programId, expectedVersion: raci.version + 1 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: matrixIs({ final: false }),
  },
];

/** The RACI's file routes: export for everyone, import for the program's leads and admins. */
export const RACI_REST_CASES: RestCase[] = [
  ...(['csv', 'xlsx'] as const).map(
    (format): RestCase => ({
      route: `GET raci.${format}`,
      allowed: EVERYONE,
      prepare: async (w) => {
        const { programId } = await aRaci(w);
        return {
          path: `/api/programs/${programId}/raci.${format}`,
          verify: async (res) => {
            if (format === 'csv') expect((res.body as Buffer).toString('utf8').split('\r\n')[1]).toBe('Forecasting,,,,,,,');
            else expect((await firstSheet(res.body))?.getRow(2).getCell(1).value).toBe('Forecasting');
          },
        };
      },
    }),
  ),
  ...(['preview', 'commit'] as const).map(
    (step): RestCase => ({
      route: `POST raci-imports/${step}`,
      allowed: PROGRAM_MANAGERS,
      prepare: async (w) => {
        const { programId } = await aRaci(w);
        return {
          path: `/api/programs/${programId}/raci-imports/${step}`,
          send: (request) => request.set('x-file-name', 'raci.csv').set('content-type', 'application/octet-stream').send(Buffer.from('Domain,Finance\nForecasting,A\n')),
          verify: async (res) => {
            const cells = await w.app.dataSource.query<unknown[]>(`SELECT value FROM raci_cell WHERE program_id = $1`, [programId]);
            if (step === 'preview') expect([res.body, cells]).toMatchObject([{ rowsNew: 1, invalidRows: 0, cellsChanged: 1 }, []]);
            else expect([res.body, cells]).toEqual([{ written: 1, unchanged: 0 }, [{ value: 'A' }]]);
          },
        };
      },
    }),
  ),
];
