import { DEFAULT_DIMENSION_EMPHASIS, type DesignSnapshot } from '@rollout/domain';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { assessed, EVERYONE, field, PROGRAM_MANAGERS, type Case, type RestCase, type World } from './world.js';

/** Headcount and sign-off of the target design: the program's leads (and admins) plan roles, sign off and start versions; everyone reads them. */

/** A fresh program of the manager whose design can be signed off: its one activity placed, a final RACI without errors. */
async function signable(w: World): Promise<{ programId: string }> {
  const { programId, activityId } = await assessed(w);
  const query = (sql: string, params: unknown[]) => w.app.dataSource.query<{ id: string }[]>(sql, params);
  await query(`INSERT INTO activity_placement (org_id, program_id, activity_id, placement) VALUES ($1, $2, $3, 'hub')`, [w.org.id, programId, activityId]);
  await query(`INSERT INTO raci_matrix (org_id, program_id, final) VALUES ($1, $2, true)`, [w.org.id, programId]);
  const [domain] = await query(`INSERT INTO raci_domain (org_id, program_id, name, position) VALUES ($1, $2, 'Forecasting', 0) RETURNING id`, [w.org.id, programId]);
  const roles = await query(`INSERT INTO raci_role (org_id, program_id, name, side, position) VALUES ($1, $2, 'Head of RevOps', 'hub', 0), ($1, $2, 'Finance', 'hub', 1) RETURNING id`, [w.org.id, programId]);
  await query(`INSERT INTO raci_cell (org_id, program_id, domain_id, role_id, value) VALUES ($1, $2, $3, $4, 'A'), ($1, $2, $3, $5, 'R')`, [w.org.id, programId, domain?.id, roles[0]?.id, roles[1]?.id]);
  return { programId };
}

const EMPTY_SNAPSHOT: DesignSnapshot = { activities: [], units: [], placements: [], emphasis: DEFAULT_DIMENSION_EMPHASIS, raci: { domains: [], roles: [], cells: [] }, plannedRoles: [] };

/** A fresh program of the manager whose version 1 is signed off. */
async function signedOff(w: World): Promise<{ programId: string }> {
  const program = await w.program();
  await w.app.dataSource.query(`INSERT INTO design_version (org_id, program_id, number, snapshot, signed_off_by_id, signed_off_at) VALUES ($1, $2, 1, $3, $4, now())`, [
    w.org.id,
    program.id,
    JSON.stringify(EMPTY_SNAPSHOT),
    w.users.manager.id,
  ]);
  return { programId: program.id };
}

/** A fresh program of the manager with one planned role in the hub. */
async function planned(w: World): Promise<{ programId: string; id: string }> {
  const program = await w.program();
  const [role] = await w.app.dataSource.query<{ id: string }[]>(
    `INSERT INTO planned_role (org_id, program_id, title, count, annual_cost_per_head) VALUES ($1, $2, 'RevOps analyst', 2, 90000) RETURNING id`,
    [w.org.id, program.id],
  );
  return { programId: program.id, id: role?.id ?? '' };
}

export const DESIGN_VERSION_CASES: Case[] = [
  {
    operation: 'program',
    scope: 'its target model summary',
    document: 'query($id: ID!) { program(id: $id) { targetModelSummary { choice { model rationale decidedBy { name } } openRisks } } }',
    variables: async (w) => ({ id: (await signable(w)).programId }),
    allowed: EVERYONE,
  },
  {
    operation: 'program',
    scope: 'its headcount and design versions',
    document:
      'query($id: ID!) { program(id: $id) { headcount { roles { title count } teams { name heads checks { sentence } } overall { annualCost } } designVersions { current signedOff blockers versions { number signedOffBy { name } } } } }',
    variables: async (w) => ({ id: (await signedOff(w)).programId }),
    allowed: EVERYONE,
  },
  {
    operation: 'savePlannedRole',
    scope: 'program owned by manager',
    document: 'mutation($input: SavePlannedRoleInput!) { savePlannedRole(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program()).id, title: 'Head of RevOps', count: 1, annualCostPerHead: 180000, isManager: true } }),
    allowed: PROGRAM_MANAGERS,
    effect: {
      sql: 'SELECT title, count, annual_cost_per_head, is_manager, unit_id FROM planned_role WHERE program_id = $1',
      params: (v) => [field(v, 'programId')],
      rows: [{ title: 'Head of RevOps', count: 1, annual_cost_per_head: 180000, is_manager: true, unit_id: null }],
    },
  },
  {
    operation: 'removePlannedRole',
    scope: 'program owned by manager',
    document: 'mutation($input: RemovePlannedRoleInput!) { removePlannedRole(input: $input) { id } }',
    variables: async (w) => ({ input: { ...(await planned(w)), expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT id FROM planned_role WHERE id = $1', params: (v) => [field(v, 'id')], rows: [] },
  },
  {
    operation: 'signOffDesign',
    scope: 'program owned by manager',
    document: 'mutation($input: SignOffDesignInput!) { signOffDesign(input: $input) { id } }',
    variables: async (w) => ({ input: { ...(await signable(w)), version: 1, note: 'Steering committee, 4 December.' } }),
    allowed: PROGRAM_MANAGERS,
    effect: {
      sql: 'SELECT number, note, signed_off_at IS NOT NULL AS signed FROM design_version WHERE program_id = $1',
      params: (v) => [field(v, 'programId')],
      rows: [{ number: 1, note: 'Steering committee, 4 December.', signed: true }],
    },
  },
  {
    operation: 'startDesignVersion',
    scope: 'program owned by manager',
    document: 'mutation($input: StartDesignVersionInput!) { startDesignVersion(input: $input) { id } }',
    variables: async (w) => ({ input: { ...(await signedOff(w)), version: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: {
      sql: 'SELECT number, signed_off_at IS NOT NULL AS signed FROM design_version WHERE program_id = $1 ORDER BY number',
      params: (v) => [field(v, 'programId')],
      rows: [
        { number: 1, signed: true },
        { number: 2, signed: false },
      ],
    },
  },
];

/** The target model summary's workbook: anyone who reads the program. */
export const TARGET_MODEL_REST_CASES: RestCase[] = [
  {
    route: 'GET target-model.xlsx',
    allowed: EVERYONE,
    prepare: async (w) => {
      const { programId } = await planned(w);
      return {
        path: `/api/programs/${programId}/target-model.xlsx`,
        verify: async (res) => {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(res.body as Parameters<typeof workbook.xlsx.load>[0]);
          expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Placements', 'RACI', 'Headcount', 'Guidance', 'Changes', 'Open risks']);
          expect(workbook.getWorksheet('Headcount')?.getRow(2).values).toEqual([undefined, 'Hub', 'RevOps analyst', 2, 90000, 180000, '', 'No']);
        },
      };
    },
  },
];
