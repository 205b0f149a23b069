import { DEFAULT_READINESS_WEIGHTS } from '@rollout/domain';
import { EVERYONE, field, PROGRAM_MANAGERS, recordIs, type Case, type World } from './world.js';

/** Scale: the program's leads (and admins) run the roll-out; partners prepare their own units and report them blocked; everyone reads it. */

/** A fresh program of the manager whose pilot (in another unit) was decided scale, with the partner's country and a unit elsewhere in its rollout. */
async function decided(w: World) {
  const program = await w.program({ phase: 'scale' });
  const query = (sql: string, params: unknown[]) => w.app.dataSource.query<{ id: string }[]>(sql, params);
  const [piloted] = await query(`INSERT INTO unit (org_id, name, code, kind) VALUES ($1, 'Piloted', $2, 'country') RETURNING id`, [w.org.id, `P${program.id.slice(0, 6)}`]);
  for (const unitId of [piloted?.id, w.country.id, w.elsewhere.id]) await query(`INSERT INTO program_unit (org_id, program_id, unit_id) VALUES ($1, $2, $3) RETURNING id`, [w.org.id, program.id, unitId]);
  const [pilot] = await query(
    `INSERT INTO pilot (org_id, program_id, name, hypothesis, unit_ids, start_date, end_date, status) VALUES ($1, $2, 'Hub pilot', 'Faster leads.', ARRAY[$3]::uuid[], '2026-06-01', '2026-06-28', 'decided') RETURNING id`,
    [w.org.id, program.id, piloted?.id],
  );
  await query(`INSERT INTO decision (org_id, pilot_id, program_id, recommendation, decision, decided_by_id) VALUES ($1, $2, $3, 'scale', 'scale', $4) RETURNING id`, [w.org.id, pilot?.id, program.id, w.users.manager.id]);
  return { programId: program.id, pilotId: pilot?.id ?? '' };
}

/** A decided program with a plan and one wave holding the partner's country and the unit elsewhere (both not started). */
async function planned(w: World) {
  const { programId, pilotId } = await decided(w);
  const query = (sql: string, params: unknown[]) => w.app.dataSource.query<{ id: string }[]>(sql, params);
  const [plan] = await query(`INSERT INTO rollout_plan (org_id, program_id, pilot_id, readiness_weights) VALUES ($1, $2, $3, $4) RETURNING id`, [w.org.id, programId, pilotId, JSON.stringify(DEFAULT_READINESS_WEIGHTS)]);
  const waves = await query(
    `INSERT INTO rollout_wave (org_id, plan_id, program_id, name, planned_start, planned_end) VALUES ($1, $2, $3, 'Wave 1', '2026-10-05', '2026-12-20'), ($1, $2, $3, 'Wave 2', '2027-01-04', '2027-02-28') RETURNING id`,
    [w.org.id, plan?.id, programId],
  );
  const units = await query(
    `INSERT INTO wave_unit (org_id, wave_id, plan_id, program_id, unit_id, checklist) VALUES ($1, $2, $3, $4, $5, '[{"label":"Enablement sessions held","done":true}]'), ($1, $2, $3, $4, $6, '[]') RETURNING id`,
    [w.org.id, waves[0]?.id, plan?.id, programId, w.country.id, w.elsewhere.id],
  );
  return { programId, planId: plan?.id ?? '', waveId: waves[0]?.id ?? '', otherWaveId: waves[1]?.id ?? '', inScope: units[0]?.id ?? '', outOfScope: units[1]?.id ?? '' };
}

const PARTNERS_TOO = [...PROGRAM_MANAGERS, 'partner' as const];

export const WAVE_CASES: Case[] = [
  {
    operation: 'program',
    scope: 'its roll-out plan',
    document: 'query($id: ID!) { program(id: $id) { rolloutPlan { waves { name units { unitName stage readiness { score } } } progress { units } forecast { kind } suggestedWaves { number } } } }',
    variables: async (w) => ({ id: (await planned(w)).programId }),
    allowed: EVERYONE,
  },
  {
    operation: 'waveUnit',
    scope: 'a unit in a wave',
    document: 'query($id: ID!) { waveUnit(id: $id) { unitName stage checklist { label done } moves { toStage } readiness { parts { part value } } } }',
    variables: async (w) => ({ id: (await planned(w)).inScope }),
    allowed: EVERYONE,
  },
  {
    operation: 'createRolloutPlan',
    scope: 'program owned by manager',
    document: 'mutation($input: CreateRolloutPlanInput!) { createRolloutPlan(input: $input) { id } }',
    variables: async (w) => ({ input: await decided(w) }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT adoption_weeks FROM rollout_plan WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ adoption_weeks: 4 }] },
  },
  {
    operation: 'addWave',
    scope: 'program owned by manager',
    document: 'mutation($input: AddWaveInput!) { addWave(input: $input) { id } }',
    variables: async (w) => {
      const { planId } = await planned(w);
      await w.app.dataSource.query(`DELETE FROM wave_unit WHERE plan_id = $1 AND unit_id = $2`, [planId, w.elsewhere.id]);
      return { input: { planId, name: 'Wave 3', plannedStart: '2027-03-01', plannedEnd: '2027-04-25', unitIds: [w.elsewhere.id] } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: {
      sql: `SELECT w.name, wu.stage FROM rollout_wave w JOIN wave_unit wu ON wu.wave_id = w.id WHERE w.plan_id = $1 AND w.name = 'Wave 3'`,
      params: (v) => [field(v, 'planId')],
      rows: [{ name: 'Wave 3', stage: 'not_started' }],
    },
  },
  {
    operation: 'updateWave',
    scope: 'program owned by manager',
    document: 'mutation($input: UpdateWaveInput!) { updateWave(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await planned(w)).waveId, name: 'Wave 1 (EMEA)', plannedStart: '2026-10-12', plannedEnd: '2026-12-20', expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('rollout_wave', { name: 'Wave 1 (EMEA)' }),
  },
  {
    operation: 'removeWave',
    scope: 'program owned by manager',
    document: 'mutation($input: RemoveWaveInput!) { removeWave(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await planned(w)).otherWaveId, expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT id FROM rollout_wave WHERE id = $1', params: (v) => [field(v, 'id')], rows: [] },
  },
  {
    operation: 'moveWaveUnit',
    scope: 'unit inside the partner’s region',
    document: 'mutation($input: MoveWaveUnitInput!) { moveWaveUnit(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await planned(w)).inScope, to: 'preparing', expectedVersion: 1 } }),
    allowed: PARTNERS_TOO,
    effect: recordIs('wave_unit', { stage: 'preparing' }),
  },
  {
    operation: 'moveWaveUnit',
    scope: 'unit outside the partner’s region',
    document: 'mutation($input: MoveWaveUnitInput!) { moveWaveUnit(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await planned(w)).outOfScope, to: 'preparing', expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('wave_unit', { stage: 'preparing' }),
  },
  {
    operation: 'assignWaveUnit',
    scope: 'unit inside the partner’s region',
    document: 'mutation($input: AssignWaveUnitInput!) { assignWaveUnit(input: $input) { id } }',
    variables: async (w) => {
      const { inScope, otherWaveId } = await planned(w);
      return { input: { id: inScope, waveId: otherWaveId, expectedVersion: 1 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT wave_id = $2 AS moved FROM wave_unit WHERE id = $1', params: (v) => [field(v, 'id'), field(v, 'waveId')], rows: [{ moved: true }] },
  },
  {
    operation: 'updateWaveUnitReadiness',
    scope: 'unit inside the partner’s region',
    document: 'mutation($input: UpdateWaveUnitReadinessInput!) { updateWaveUnitReadiness(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await planned(w)).inScope, checklist: [{ label: 'Enablement sessions held', done: true }], peopleInScope: 40, peopleTrained: 12, sponsorName: 'Ingrid Berg', expectedVersion: 1 } }),
    allowed: PARTNERS_TOO,
    effect: recordIs('wave_unit', { people_trained: 12, sponsor_name: 'Ingrid Berg' }),
  },
  {
    operation: 'updateWaveUnitReadiness',
    scope: 'unit outside the partner’s region',
    document: 'mutation($input: UpdateWaveUnitReadinessInput!) { updateWaveUnitReadiness(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await planned(w)).outOfScope, checklist: [{ label: 'Reports switched over', done: false }], peopleInScope: 10, peopleTrained: 10, expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('wave_unit', { people_trained: 10 }),
  },
  {
    operation: 'updateRolloutSettings',
    scope: 'program owned by manager',
    document: 'mutation($input: UpdateRolloutSettingsInput!) { updateRolloutSettings(input: $input) { id } }',
    variables: async (w) => ({
      input: {
        id: (await planned(w)).planId,
        adoptionWeeks: 6,
        readinessWeights: Object.entries(DEFAULT_READINESS_WEIGHTS).map(([part, weight]) => ({ part, weight })),
        expectedVersion: 1,
      },
    }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('rollout_plan', { adoption_weeks: 6 }),
  },
];
