import { field, PROGRAM_MANAGERS, removed, type Case, type World } from './world.js';

/** Alignment: managers of the program (and admins) edit; everyone else reads. */

/** A fresh Align-phase program of the manager with one design principle. */
async function aPrinciple(w: World): Promise<{ programId: string; principleId: string }> {
  const programId = (await w.program({ phase: 'align' })).id;
  const res = await w.app.dataSource.query<{ id: string }[]>(`INSERT INTO design_principle (org_id, program_id, name, position) VALUES ($1, $2, 'Cost', 1) RETURNING id`, [w.org.id, programId]);
  return { programId, principleId: res[0]?.id ?? '' };
}

export const ALIGNMENT_CASES: Case[] = [
  {
    operation: 'startAlignment',
    scope: 'program owned by manager',
    document: 'mutation($id: ID!) { startAlignment(programId: $id) { programId } }',
    variables: async (w) => ({ id: (await w.program({ phase: 'align' })).id }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT count(*)::int AS n FROM design_principle WHERE program_id = $1', params: (v) => [v.id], rows: [{ n: 6 }] },
  },
  {
    operation: 'saveDesignPrinciple',
    scope: 'program owned by manager',
    document: 'mutation($input: SaveDesignPrincipleInput!) { saveDesignPrinciple(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program({ phase: 'align' })).id, name: 'Data residency' } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT name, position FROM design_principle WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ name: 'Data residency', position: 1 }] },
  },
  {
    operation: 'removeDesignPrinciple',
    scope: 'program owned by manager',
    document: 'mutation($id: ID!) { removeDesignPrinciple(id: $id) }',
    variables: async (w) => ({ id: (await aPrinciple(w)).principleId }),
    allowed: PROGRAM_MANAGERS,
    effect: removed('design_principle'),
  },
  {
    operation: 'saveStakeholderWeights',
    scope: 'program owned by manager',
    document: 'mutation($input: SaveStakeholderWeightsInput!) { saveStakeholderWeights(input: $input) { id } }',
    variables: async (w) => {
      const { programId, principleId } = await aPrinciple(w);
      return { input: { programId, stakeholder: 'CFO', weights: [{ principleId, weight: 40 }] } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT stakeholder FROM stakeholder_weights WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ stakeholder: 'CFO' }] },
  },
  {
    operation: 'removeStakeholderWeights',
    scope: 'program owned by manager',
    document: 'mutation($id: ID!) { removeStakeholderWeights(id: $id) }',
    variables: async (w) => {
      const { programId } = await aPrinciple(w);
      const res = await w.app.dataSource.query<{ id: string }[]>(`INSERT INTO stakeholder_weights (org_id, program_id, stakeholder) VALUES ($1, $2, 'CFO') RETURNING id`, [w.org.id, programId]);
      return { id: res[0]?.id };
    },
    allowed: PROGRAM_MANAGERS,
    effect: removed('stakeholder_weights'),
  },
  {
    operation: 'scoreOperatingModel',
    scope: 'program owned by manager',
    document: 'mutation($input: ScoreOperatingModelInput!) { scoreOperatingModel(input: $input) { id } }',
    variables: async (w) => ({ input: { ...(await aPrinciple(w)), model: 'pod', score: 4, note: 'Close to the field.' } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT model, score, note FROM model_score WHERE principle_id = $1', params: (v) => [field(v, 'principleId')], rows: [{ model: 'pod', score: 4, note: 'Close to the field.' }] },
  },
  {
    operation: 'saveCompanyProfile',
    scope: 'program owned by manager',
    document: 'mutation($input: SaveCompanyProfileInput!) { saveCompanyProfile(input: $input) { version } }',
    variables: async (w) => ({
      input: { programId: (await w.program({ phase: 'align' })).id, arrUsd: 40_000_000, gtmHeadcount: 120, regions: 3, gtmMotions: 2, complexity: 'complex', holdingCompany: false },
    }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT gtm_headcount FROM company_profile WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ gtm_headcount: 120 }] },
  },
  {
    operation: 'chooseOperatingModel',
    scope: 'program owned by manager',
    document: 'mutation($input: ChooseOperatingModelInput!) { chooseOperatingModel(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program({ phase: 'align', targetModel: 'undecided' })).id, model: 'pod', rationale: 'Segments need their own pods.', expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT target_model FROM program WHERE id = $1', params: (v) => [field(v, 'programId')], rows: [{ target_model: 'pod' }] },
  },
];
