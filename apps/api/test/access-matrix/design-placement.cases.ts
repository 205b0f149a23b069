import { assessed, EVERYONE, field, PROGRAM_MANAGERS, type Case, type World } from './world.js';

/** Design placements: the program's leads (and admins) place activities and set the dimensions' emphasis; everyone reads the design. */

/** A fresh program of the manager whose one activity (Dashboards) is placed in the hub. */
async function placed(w: World): Promise<{ programId: string; activityId: string }> {
  const { programId, activityId } = await assessed(w);
  await w.app.dataSource.query(`INSERT INTO activity_placement (org_id, program_id, activity_id, placement) VALUES ($1, $2, $3, 'hub')`, [w.org.id, programId, activityId]);
  return { programId, activityId };
}

export const DESIGN_PLACEMENT_CASES: Case[] = [
  {
    operation: 'program',
    scope: 'its design',
    document: 'query($id: ID!) { program(id: $id) { design { placements { activityName placement } flags { sentence } currentVsTarget { kind count } viewerCanManageDesign } } }',
    variables: async (w) => ({ id: (await placed(w)).programId }),
    allowed: EVERYONE,
  },
  {
    operation: 'savePlacement',
    scope: 'program owned by manager',
    document: 'mutation($input: SavePlacementInput!) { savePlacement(input: $input) { id } }',
    variables: async (w) => {
      const { programId, activityId } = await assessed(w);
      return { input: { programId, activityId, placement: 'shared', reason: 'One metric layer, local views.' } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: {
      sql: 'SELECT placement, reason, dimension FROM activity_placement WHERE activity_id = $1',
      params: (v) => [field(v, 'activityId')],
      rows: [{ placement: 'shared', reason: 'One metric layer, local views.', dimension: null }],
    },
  },
  {
    operation: 'clearPlacement',
    scope: 'program owned by manager',
    document: 'mutation($input: ClearPlacementInput!) { clearPlacement(input: $input) { id } }',
    variables: async (w) => ({ input: { ...(await placed(w)), expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT id FROM activity_placement WHERE activity_id = $1', params: (v) => [field(v, 'activityId')], rows: [] },
  },
  {
    operation: 'setDimensionEmphasis',
    scope: 'program owned by manager',
    document: 'mutation($input: SetDimensionEmphasisInput!) { setDimensionEmphasis(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program()).id, dimension: 'innovation', emphasis: 2 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT dimension, emphasis FROM design_dimension_emphasis WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ dimension: 'innovation', emphasis: 2 }] },
  },
];
