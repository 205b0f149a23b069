import type TestAgent from 'supertest/lib/agent.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecisionEntity } from '../src/modules/decisions/decision.entity.js';
import { aPilot } from './factories/pilot.factory.js';
import { aProgram, aTeam } from './factories/organization.factory.js';
import { createTestApp, errorCode, gql, type GraphQLResponse, type TestApp } from './support/test-app.js';

const ALIGNMENT = `principles { id name version } stakeholders { id stakeholder version weights { principleId points percent } }
  weighting { principleId average spread } mostDisputedPrincipleId scores { id principleId model score note version }
  totals { model total rank } matrixWinner matrixComplete sensitivity { verdict sentence tiedModels smallest { principleId change newWinner } }
  profile { arrUsd version } guidance { model reasons teamSize { min max } disagreement }`;
const START = `mutation($id: ID!) { startAlignment(programId: $id) { ${ALIGNMENT} } }`;
const READ = `query($id: ID!) { program(id: $id) { targetModel version alignment { ${ALIGNMENT} } decisionLog(first: 10) { nodes { id kind title rationale decidedBy { id } pilot { id } model } pageInfo { hasNextPage endCursor } } decisions { id } } }`;
const WEIGHTS = 'mutation($input: SaveStakeholderWeightsInput!) { saveStakeholderWeights(input: $input) { id stakeholder version weights { principleId points percent } } }';
const SCORE = 'mutation($input: ScoreOperatingModelInput!) { scoreOperatingModel(input: $input) { id score note version } }';
const PROFILE = 'mutation($input: SaveCompanyProfileInput!) { saveCompanyProfile(input: $input) { arrUsd version } }';
const CHOOSE = 'mutation($input: ChooseOperatingModelInput!) { chooseOperatingModel(input: $input) { id targetModel version } }';
const CHANGE_PHASE = 'mutation($input: ChangeProgramPhaseInput!) { changeProgramPhase(input: $input) { phase version phaseHistory { toPhase gateOverrideReason } } }';

interface Alignment {
  principles: { id: string; name: string; version: number }[];
  weighting: { principleId: string; average: number; spread: number }[];
  mostDisputedPrincipleId: string | null;
  totals: { model: string; total: number; rank: number }[];
  matrixWinner: string | null;
  sensitivity: { verdict: string; sentence: string; smallest: { principleId: string; change: number; newWinner: string } | null };
  guidance: { model: string; reasons: string[]; teamSize: { min: number; max: number }; disagreement: string | null } | null;
}
interface ProgramRead {
  targetModel: string;
  version: number;
  alignment: Alignment;
  decisionLog: { nodes: { id: string; kind: string; title: string; rationale: string; decidedBy: { id: string }; pilot: { id: string } | null; model: string | null }[] };
  decisions: { id: string }[];
}

const data = <T>(res: GraphQLResponse<T>): T => {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
};
const fieldOf = (res: GraphQLResponse<unknown>) => (res.errors?.[0]?.extensions.fieldErrors as { field: string }[] | undefined)?.[0]?.field;

// Scores on the first two principles: the matrix of the domain tests (hub 3.6 at 60/40, fragile at +6.7 points).
const MATRIX: Record<string, [number, number]> = { centralized: [5, 1], hub_and_spoke: [4, 3], hybrid: [3, 4], pod: [2, 5], decentralized: [1, 5] };

describe('alignment', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const read = async (agent: TestAgent, id: string) => data(await gql<{ program: ProgramRead }>(agent, READ, { id })).program;

  /** A program in Align with the default principles, two stakeholders (60/40 on average) and the scored matrix. */
  async function scoredProgram() {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'align', targetModel: 'undecided' });
    const { principles } = data(await gql<{ startAlignment: Alignment }>(team.agents.manager, START, { id: program.id })).startAlignment;
    const [p, q] = principles;
    if (!p || !q) throw new Error('no default principles');
    for (const [stakeholder, pw, qw] of [['CFO', 80, 20], ['VP Sales', 40, 60]] as const) {
      data(await gql(team.agents.manager, WEIGHTS, { input: { programId: program.id, stakeholder, weights: [{ principleId: p.id, weight: pw }, { principleId: q.id, weight: qw }] } }));
    }
    for (const [model, [ps, qs]] of Object.entries(MATRIX)) {
      data(await gql(team.agents.manager, SCORE, { input: { programId: program.id, principleId: p.id, model, score: ps, note: `${model} on ${p.name}` } }));
      data(await gql(team.agents.manager, SCORE, { input: { programId: program.id, principleId: q.id, model, score: qs } }));
    }
    return { program, p, q };
  }

  it('starts with the six default principles once, however often it is asked', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'align' });
    const first = data(await gql<{ startAlignment: Alignment }>(team.agents.manager, START, { id: program.id })).startAlignment;
    expect(first.principles.map((row) => row.name)).toEqual(['Consistency of defaults', 'Speed of change', 'Local ownership', 'Cost', 'Compliance', 'Proximity to the field']);
    const again = data(await gql<{ startAlignment: Alignment }>(team.agents.manager, START, { id: program.id })).startAlignment;
    expect(again.principles.map((row) => row.id)).toEqual(first.principles.map((row) => row.id));
  });

  it('averages the stakeholders’ weights, shows the spread, ranks the matrix and names the fragile change', async () => {
    const { program, p, q } = await scoredProgram();
    const { alignment } = await read(team.agents.executive, program.id);
    // CFO 80/20 and VP Sales 40/60 → averages 60 and 40, spreads 40 and 40 (the first principle is named)
    expect(alignment.weighting.slice(0, 2)).toEqual([
      { principleId: p.id, average: 60, spread: 40 },
      { principleId: q.id, average: 40, spread: 40 },
    ]);
    expect(alignment.mostDisputedPrincipleId).toBe(p.id);
    expect(alignment.totals[0]).toEqual({ model: 'hub_and_spoke', total: 3.6, rank: 1 });
    expect(alignment.totals.filter((row) => row.rank === 2).map((row) => row.model)).toEqual(['centralized', 'hybrid']);
    expect(alignment.matrixWinner).toBe('hub_and_spoke');
    expect(alignment.sensitivity.verdict).toBe('fragile');
    expect(alignment.sensitivity.sentence).toBe(
      'Fragile: if Consistency of defaults rises from 60% to 66.7% (+6.7 points), Centralized draws level with or overtakes Hub-and-spoke — less than 10 points.',
    );
  });

  it('rescoring needs the version seen, and an identical resend changes nothing', async () => {
    const { program, p } = await scoredProgram();
    const input = { programId: program.id, principleId: p.id, model: 'pod', score: 2, note: 'pod on Consistency of defaults' };
    const same = data(await gql<{ scoreOperatingModel: { version: number } }>(team.agents.manager, SCORE, { input: { ...input, model: 'pod', note: `pod on ${p.name}` } }));
    expect(same.scoreOperatingModel.version).toBe(1);
    expect(errorCode(await gql(team.agents.manager, SCORE, { input: { ...input, score: 3 } }))).toBe('CONFLICT');
    expect(data(await gql<{ scoreOperatingModel: { score: number; version: number } }>(team.agents.manager, SCORE, { input: { ...input, score: 3, expectedVersion: 1 } })).scoreOperatingModel).toMatchObject({ score: 3, version: 2 });
    expect(fieldOf(await gql(team.agents.manager, SCORE, { input: { ...input, score: 6, expectedVersion: 2 } }))).toBe('score');
    // The program's history names the model and the principle of the rescored cell.
    const history = data(await gql<{ recordHistory: { summary: string }[] }>(team.agents.executive, 'query($id: ID!) { recordHistory(recordType: program, recordId: $id, first: 5) { summary } }', { id: program.id }));
    expect(history.recordHistory.at(-1)?.summary).toBe('rescored Pod on Consistency of defaults: changed the score from 2 to 3');
  });

  it('gives guidance from the company profile and says why it differs from the matrix', async () => {
    const { program } = await scoredProgram();
    data(await gql(team.agents.manager, PROFILE, { input: { programId: program.id, arrUsd: 15_000_000, gtmHeadcount: 40, regions: 1, gtmMotions: 1, complexity: 'standard', holdingCompany: false } }));
    const { guidance } = (await read(team.agents.manager, program.id)).alignment;
    expect(guidance).toMatchObject({ model: 'centralized', teamSize: { min: 1, max: 2 } });
    expect(guidance?.disagreement).toContain('The matrix reflects what your stakeholders weigh');
  });

  it('requires a rationale for a choice that differs from the winner, sets the target model and logs the choice', async () => {
    const { program } = await scoredProgram();
    const bare = await gql(team.agents.manager, CHOOSE, { input: { programId: program.id, model: 'hybrid', expectedVersion: program.version } });
    expect(errorCode(bare)).toBe('BAD_USER_INPUT');
    expect(fieldOf(bare)).toBe('rationale');
    const rationale = 'The regions keep their pods while the hub forms.';
    const chosen = data(await gql<{ chooseOperatingModel: { targetModel: string; version: number } }>(team.agents.manager, CHOOSE, { input: { programId: program.id, model: 'hybrid', rationale, expectedVersion: program.version } }));
    expect(chosen.chooseOperatingModel).toEqual({ id: program.id, targetModel: 'hybrid', version: program.version + 1 });
    // the identical resend succeeds and changes nothing
    const resent = data(await gql<{ chooseOperatingModel: { version: number } }>(team.agents.manager, CHOOSE, { input: { programId: program.id, model: 'hybrid', rationale, expectedVersion: program.version } }));
    expect(resent.chooseOperatingModel.version).toBe(program.version + 1);
    const after = await read(team.agents.partner, program.id);
    expect(after.targetModel).toBe('hybrid');
    expect(after.decisionLog.nodes.map(({ id: _id, ...entry }) => entry)).toEqual([
      { kind: 'model_choice', title: 'Hybrid chosen as the target model', rationale, decidedBy: { id: team.users.manager.id }, pilot: null, model: 'hybrid' },
    ]);
  });

  it('needs no rationale to follow the winner, and keeps gate decisions and choices in one log while `decisions` stays gate-only', async () => {
    const { program } = await scoredProgram();
    const pilot = await aPilot(app.dataSource, team.org.id, program.id, { unitIds: [team.region.id] });
    await app.dataSource.getRepository(DecisionEntity).save({ orgId: team.org.id, pilotId: pilot.id, programId: program.id, recommendation: 'scale', decision: 'scale', rationale: 'Met every target.', decidedById: team.users.admin.id, decidedAt: new Date('2026-01-10T10:00:00Z') });
    data(await gql(team.agents.manager, CHOOSE, { input: { programId: program.id, model: 'hub_and_spoke', expectedVersion: program.version } }));
    const { decisionLog, decisions } = await read(team.agents.executive, program.id);
    expect(decisionLog.nodes.map((node) => [node.kind, node.title])).toEqual([
      ['model_choice', 'Hub-and-spoke chosen as the target model'],
      ['gate_decision', `Scale: ${pilot.name}`],
    ]);
    expect(decisionLog.nodes[1]?.pilot).toEqual({ id: pilot.id });
    expect(decisions).toHaveLength(1);
    const firstPage = data(await gql<{ program: { decisionLog: { nodes: { kind: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } }>(
      team.agents.manager, `query($id: ID!) { program(id: $id) { decisionLog(first: 1) { nodes { kind } pageInfo { hasNextPage endCursor } } } }`, { id: program.id },
    )).program.decisionLog;
    expect(firstPage).toMatchObject({ nodes: [{ kind: 'model_choice' }], pageInfo: { hasNextPage: true } });
    const second = data(await gql<{ program: { decisionLog: { nodes: { kind: string }[]; pageInfo: { hasNextPage: boolean } } } }>(
      team.agents.manager, `query($id: ID!, $after: String) { program(id: $id) { decisionLog(first: 1, after: $after) { nodes { kind } pageInfo { hasNextPage } } } }`, { id: program.id, after: firstPage.pageInfo.endCursor },
    )).program.decisionLog;
    expect(second).toEqual({ nodes: [{ kind: 'gate_decision' }], pageInfo: { hasNextPage: false } });
  });

  it('gates Align → Design on a chosen model; an admin may override with a reason kept in the history', async () => {
    const undecided = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'align', targetModel: 'undecided' });
    const move = (agent: TestAgent, overrideReason?: string) =>
      gql<{ changeProgramPhase: { phase: string; phaseHistory: { toPhase: string; gateOverrideReason: string | null }[] } }>(agent, CHANGE_PHASE, {
        input: { programId: undecided.id, toPhase: 'design', overrideReason, expectedVersion: undecided.version },
      });
    const refused = await move(team.agents.manager);
    expect(fieldOf(refused)).toBe('toPhase');
    expect(refused.errors?.[0]?.message).toBe('Choose the operating model in the Align tab before moving to Design.');
    expect(errorCode(await move(team.agents.manager, 'We are sure enough'))).toBe('FORBIDDEN');
    expect(fieldOf(await move(team.agents.admin, 'too short'))).toBe('overrideReason');
    const overridden = data(await move(team.agents.admin, 'Board chose the model offline'));
    expect(overridden.changeProgramPhase.phase).toBe('design');
    expect(overridden.changeProgramPhase.phaseHistory.at(-1)).toEqual({ toPhase: 'design', gateOverrideReason: 'Board chose the model offline' });
    const decided = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'align', targetModel: 'hybrid' });
    expect(data(await gql<{ changeProgramPhase: { phase: string } }>(team.agents.manager, CHANGE_PHASE, { input: { programId: decided.id, toPhase: 'design', expectedVersion: decided.version } })).changeProgramPhase.phase).toBe('design');
  });

  it('lets only the program’s managers and admins change the alignment; executives and partners read it', async () => {
    const { program, p } = await scoredProgram();
    for (const agent of [team.agents.executive, team.agents.partner]) {
      expect(errorCode(await gql(agent, SCORE, { input: { programId: program.id, principleId: p.id, model: 'pod', score: 4, expectedVersion: 1 } }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(agent, CHOOSE, { input: { programId: program.id, model: 'hub_and_spoke', expectedVersion: program.version } }))).toBe('FORBIDDEN');
      expect((await read(agent, program.id)).alignment.matrixWinner).toBe('hub_and_spoke');
    }
    expect((await read(team.agents.manager, program.id)).targetModel).toBe('undecided');
  });
});
