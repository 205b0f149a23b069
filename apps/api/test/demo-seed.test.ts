import { DEFAULT_REQUEST_TYPES } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BACKLOG_PROGRAM } from '../src/database/seed/demo-backlog.js';
import { DEMO_PASSWORD, DEMO_PROGRAMS } from '../src/database/seed/demo-company.js';
import { seedDemoData } from '../src/database/seed/seed-demo-data.js';
import { createTestApp, gql, type TestApp } from './support/test-app.js';

type Entry = { at: string; recordType: string; summary: string; actor: { name: string } | null };
const HISTORY = `query($id: ID!) { recordHistory(recordType: program, recordId: $id, first: 200) { at recordType summary actor { name } } }`;

describe('demo data dated as its story says', () => {
  let app: TestApp;
  let loadedAt: number;
  beforeAll(async () => {
    app = await createTestApp();
    loadedAt = Date.now();
    expect(await seedDemoData(app.dataSource)).toBe(true);
  });
  afterAll(async () => {
    await app.close();
  });

  const programHistory = async (name: string): Promise<Entry[]> => {
    const agent = app.agent();
    await gql(agent, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: 'erin.walsh@northwind.example', p: DEMO_PASSWORD });
    const [program] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM program WHERE name = $1`, [name]);
    const res = await gql<{ recordHistory: Entry[] }>(agent, HISTORY, { id: program?.id });
    expect(res.errors).toBeUndefined();
    return res.data?.recordHistory ?? [];
  };

  it('dates program history (creation, phase moves with who and why) on the story’s days, in story order', async () => {
    const demo = DEMO_PROGRAMS.find((program) => program.name === 'Customer Success ops consolidation');
    const history = await programHistory('Customer Success ops consolidation');
    expect(history[0]).toMatchObject({ recordType: 'program', at: demo?.steps[0]?.on.replace('Z', '.000Z'), actor: { name: 'Daniel Kim' } });
    const moves = history.filter((entry) => entry.recordType === 'phase_change');
    expect(moves.map((entry) => entry.at)).toEqual(demo?.steps.map((step) => new Date(step.on).toISOString()));
    expect(moves[3]?.summary).toBe(
      'moved Customer Success ops consolidation to the Align phase: Previous phase: Design; Reason: “Finance asked to re-weight cost against local ownership before we commit to pods.”',
    );
    const times = history.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('has a complete assessment with a duplication, a gap and a conflict in Design, and a half-filled one in the program just starting', async () => {
    const agent = app.agent();
    await gql(agent, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: 'erin.walsh@northwind.example', p: DEMO_PASSWORD });
    const assessmentOf = async (name: string) => {
      const [program] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM program WHERE name = $1`, [name]);
      const res = await gql<{ program: { assessment: { completeness: number; findings: { kind: string; summary: string }[] } } }>(
        agent,
        `query($id: ID!) { program(id: $id) { assessment { completeness findings { kind summary } } } }`,
        { id: program?.id },
      );
      return res.data?.program.assessment;
    };
    const design = await assessmentOf('Customer Success ops consolidation');
    expect(design?.completeness).toBe(100);
    // High first, each severity in catalog order (process before data).
    expect(design?.findings.map((finding) => finding.summary)).toEqual([
      'Forecasting framework: Central team and Enterprise each claim the decision for the same scope.',
      'Dashboards: the central team and Enterprise both do this work.',
      'Predictive models: nobody does this work.',
      'Playbooks: Enterprise and Mid-Market each do this work separately.',
    ]);
    // Central team and Brazil answered, Mexico and the Southern Cone not yet: 36 of 72 cells.
    const starting = await assessmentOf('LATAM forecasting standard');
    expect(starting?.completeness).toBe(50);
    expect(starting?.findings.map((finding) => finding.summary)).toEqual(['Forecasting framework: the central team and Brazil both do this work.']);
  });

  it('dates the partners’ unit reports on their own days, not when the demo was loaded', async () => {
    const rows = await app.dataSource.query<{ name: string; updated_at: Date }[]>(
      `SELECT u.name, pu.updated_at FROM program_unit pu JOIN unit u ON u.id = pu.unit_id JOIN program p ON p.id = pu.program_id
        WHERE p.name = 'Global hub-and-spoke RevOps' AND u.name = 'US West'`,
    );
    expect(rows[0]?.updated_at.toISOString()).toBe('2026-11-16T10:00:00.000Z');
    const history = await programHistory('Global hub-and-spoke RevOps');
    const report = history.find((entry) => entry.summary.startsWith('updated US West:'));
    expect(report).toMatchObject({ at: '2026-11-16T10:00:00.000Z', actor: { name: 'Lena Fischer' } });
    expect(report?.summary).toContain('marked it blocked');
  });

  it('dates every seeded row and audit entry by the story, none after the load', async () => {
    const [late] = await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_event WHERE at > $1`, [new Date(loadedAt + 60_000)]);
    expect(late?.n).toBe(0);
    // Loading takes seconds; the story spans more than a year, so most entries are far older than the load.
    const [old] = await app.dataSource.query<{
      n: number;
      dated: number;
    }[]>(`SELECT count(*)::int AS n, count(*) FILTER (WHERE at < $1)::int AS dated FROM audit_event`, [new Date(loadedAt - 86_400_000)]);
    expect(old?.dated).toBeGreaterThan((old?.n ?? 0) * 0.9);
    const [checkIn] = await app.dataSource.query<{ first: Date }[]>(`SELECT min(created_at) AS first FROM check_in`);
    expect(checkIn?.first.getTime()).toBeLessThan(loadedAt - 7 * 86_400_000);
  });
  it('gives the program in Design an assessment: redundant tools, baselines and an under-staffed unit', async () => {
    const agent = app.agent();
    await gql(agent, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: 'erin.walsh@northwind.example', p: DEMO_PASSWORD });
    const [program] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM program WHERE name = $1 AND phase = 'design'`, ['Customer Success ops consolidation']);
    const res = await gql<{ program: { toolRedundancy: { summary: string }[]; baselines: { catalogKey: string }[]; staffing: { unit: { name: string }; guidance: { verdict: string } }[] } }>(
      agent,
      'query($id: ID!) { program(id: $id) { toolRedundancy { summary } baselines { catalogKey } staffing { unit { name } guidance { verdict } } } }',
      { id: program?.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.program.toolRedundancy.map((row) => row.summary)).toContain('4 analytics platforms, $310k a year');
    expect(res.data?.program.baselines.map((row) => row.catalogKey)).toEqual(expect.arrayContaining(['crm_data_completeness', 'duplicate_record_rate']));
    expect(res.data?.program.staffing.map((row) => [row.unit.name, row.guidance.verdict]).sort()).toEqual([
      ['Enterprise', 'within'],
      ['Mid-Market', 'under_staffed'],
    ]);
  });

  it('gives the program in Design stakeholder weights that disagree on cost, a scored matrix and a chosen model in its decision log', async () => {
    const agent = app.agent();
    await gql(agent, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: 'erin.walsh@northwind.example', p: DEMO_PASSWORD });
    const [program] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM program WHERE name = 'Customer Success ops consolidation'`);
    const res = await gql<{
      program: {
        phase: string;
        targetModel: string;
        alignment: { principles: { id: string; name: string }[]; stakeholders: { id: string }[]; mostDisputedPrincipleId: string; matrixComplete: boolean; matrixWinner: string; guidance: { model: string } };
        decisionLog: { nodes: { kind: string; title: string; rationale: string }[] };
      };
    }>(
      agent,
      `query($id: ID!) { program(id: $id) { phase targetModel alignment { principles { id name } stakeholders { id } mostDisputedPrincipleId matrixComplete matrixWinner guidance { model } }
        decisionLog { nodes { kind title rationale } } } }`,
      { id: program?.id },
    );
    const found = res.data?.program;
    expect(found).toMatchObject({ phase: 'design', targetModel: 'hybrid' });
    expect(found?.alignment.stakeholders).toHaveLength(3);
    expect(found?.alignment.principles.find((p) => p.id === found.alignment.mostDisputedPrincipleId)?.name).toBe('Cost');
    expect(found?.alignment).toMatchObject({ matrixComplete: true, matrixWinner: 'hybrid', guidance: { model: 'hybrid' } });
    expect(found?.decisionLog.nodes.map((node) => [node.kind, node.title])).toEqual([['model_choice', 'Hybrid chosen as the target model']]);
    expect(found?.decisionLog.nodes[0]?.rationale).toContain('Finance');
  });

  it('gives the program in Design a partly placed model, with one placement flagged against its dimension', async () => {
    const history = await programHistory('Customer Success ops consolidation');
    expect(history.filter((entry) => entry.recordType === 'activity_placement').map((entry) => entry.summary)).toContain(
      'placed Training in the hub: Reason: “A central enablement team trains every pod on the new platform.”',
    );
    const agent = app.agent();
    await gql(agent, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: 'erin.walsh@northwind.example', p: DEMO_PASSWORD });
    const [program] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM program WHERE name = 'Customer Success ops consolidation'`);
    const res = await gql<{ program: { design: { placements: { activityName: string }[]; unplacedActivities: { name: string }[]; flags: { sentence: string }[] } } }>(
      agent,
      'query($id: ID!) { program(id: $id) { design { placements { activityName } unplacedActivities { name } flags { sentence } } } }',
      { id: program?.id },
    );
    expect(res.errors).toBeUndefined();
    const design = res.data?.program.design;
    expect(design?.placements).toHaveLength(6);
    expect(design?.unplacedActivities.length).toBeGreaterThan(0);
    expect(design?.flags.map((flag) => flag.sentence)).toEqual(['Training is placed in the hub, but proximity to field leans local.']);
  });

  it('gives the program in Design a RACI with one open error and one warning to acknowledge, filled by its owner', async () => {
    const agent = app.agent();
    await gql(agent, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: 'erin.walsh@northwind.example', p: DEMO_PASSWORD });
    const [program] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM program WHERE name = 'Customer Success ops consolidation'`);
    const res = await gql<{ program: { raci: { final: boolean; domains: { name: string; activity: { name: string } | null }[]; validation: { errors: { sentence: string }[]; warnings: { sentence: string }[] } } } }>(
      agent,
      'query($id: ID!) { program(id: $id) { raci { final domains { name activity { name } } validation { errors { sentence } warnings { sentence } } } } }',
      { id: program?.id },
    );
    const raci = res.data?.program.raci;
    expect(raci?.final).toBe(false);
    expect(raci?.domains.find((domain) => domain.name === 'Forecasting')?.activity).toEqual({ name: 'Forecasting framework' });
    expect(raci?.validation.errors.map((error) => error.sentence)).toEqual(['Quota allocation has 2 Accountables (Sales leadership and Finance): keep exactly one.']);
    expect(raci?.validation.warnings.map((warning) => warning.sentence)).toEqual([
      'Tool selection has 4 Consulted roles (Regional RevOps partner, Marketing ops, CS ops and Finance): more than 3 slows every decision; inform some instead.',
    ]);
    const history = await programHistory('Customer Success ops consolidation');
    expect(history.find((entry) => entry.summary === 'set Quota allocation × Finance to Accountable')).toMatchObject({ at: '2026-11-12T15:00:00.000Z', actor: { name: 'Daniel Kim' } });
  });

  it('gives the program in Design a costed headcount plan whose Mid-Market spoke stays under-staffed against the guidance', async () => {
    const agent = app.agent();
    await gql(agent, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: 'erin.walsh@northwind.example', p: DEMO_PASSWORD });
    const [program] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM program WHERE name = 'Customer Success ops consolidation'`);
    const res = await gql<{ program: { headcount: { overall: { heads: number; annualCost: number }; roles: { title: string; reportsToTitle: string | null }[]; teams: { name: string; checks: { kind: string; verdict: string; sentence: string }[] }[] } } }>(
      agent,
      'query($id: ID!) { program(id: $id) { headcount { overall { heads annualCost } roles { title reportsToTitle } teams { name checks { kind verdict sentence } } } } }',
      { id: program?.id },
    );
    expect(res.errors).toBeUndefined();
    const plan = res.data?.program.headcount;
    // 1 × 210,000 + 2 × 125,000 + 3 × 135,000 + 2 × 120,000
    expect(plan?.overall).toEqual({ heads: 8, annualCost: 1_105_000 });
    expect(plan?.roles.filter((role) => role.reportsToTitle === 'Head of CS Ops')).toHaveLength(3);
    // 48 sellers / 2 people = 24 per person; at 1 per 15 they need 4 people.
    const midMarket = plan?.teams.find((team) => team.name === 'Mid-Market')?.checks.find((check) => check.kind === 'sellers_ratio');
    expect(midMarket).toEqual({ kind: 'sellers_ratio', verdict: 'above', sentence: 'Mid-Market: 2 RevOps people for 48 sellers (1 : 24), above the 1 : 10–15 guidance; consider 2 more.' });
  });

  it('rolls the DACH pilot out in waves: wave 1 paused with the Nordics adopted and France & Benelux live past a guardrail, wave 2 preparing', async () => {
    type WaveUnit = { unitName: string; stage: string; weeksMet: number; breachedGuardrails: string[]; readiness: { score: number }; moves: { toStage: string; override: boolean; movedByName: string }[] };
    type Plan = {
      adoptionWeeks: number;
      waves: { name: string; plannedStart: string; actualStart: string | null; pausedReason: string | null; units: WaveUnit[] }[];
      progress: { units: number; live: number; adopted: number };
    };
    const agent = app.agent();
    await gql(agent, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: 'erin.walsh@northwind.example', p: DEMO_PASSWORD });
    const [program] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM program WHERE name = 'Global hub-and-spoke RevOps'`);
    const res = await gql<{ program: { rolloutPlan: Plan | null } }>(
      agent,
      `query($id: ID!) { program(id: $id) { rolloutPlan { adoptionWeeks progress { units live adopted } waves { name plannedStart actualStart pausedReason
        units { unitName stage weeksMet breachedGuardrails readiness { score } moves { toStage override movedByName } } } } } }`,
      { id: program?.id },
    );
    expect(res.errors).toBeUndefined();
    const plan = res.data?.program.rolloutPlan;
    expect(plan?.waves.map((wave) => [wave.name, wave.units.map((unit) => [unit.unitName, unit.stage])])).toEqual([
      ['Wave 1', [['Nordics', 'adopted'], ['France & Benelux', 'live']]],
      ['Wave 2', [['Canada', 'preparing'], ['Australia & New Zealand', 'preparing'], ['Japan', 'not_started']]],
    ]);
    expect(plan?.progress).toEqual({ units: 5, live: 2, adopted: 1 });
    const [wave1, wave2] = plan?.waves ?? [];
    expect(wave1?.actualStart).toBe(wave1?.plannedStart);
    expect(wave1?.pausedReason).toBe('Paused: a guardrail is breached (Win rate in France & Benelux). Look at it before more units go live.');
    expect(wave2?.pausedReason).toBeNull();
    // Adopted on its metrics, not only by its stored stage: its own targets met for the weeks the plan asks.
    const [nordics, france] = wave1?.units ?? [];
    expect(nordics?.weeksMet).toBeGreaterThanOrEqual(plan?.adoptionWeeks ?? Infinity);
    expect(nordics?.moves.map((move) => [move.toStage, move.movedByName])).toEqual([
      ['preparing', 'Marco Rossi'],
      ['ready', 'Marco Rossi'],
      ['live', 'Daniel Kim'],
      ['adopted', 'Daniel Kim'],
    ]);
    expect(france?.breachedGuardrails).toEqual(['Win rate']);
    expect(france?.moves.at(-1)).toEqual({ toStage: 'live', override: true, movedByName: 'Daniel Kim' });
    const scores = plan?.waves.flatMap((wave) => wave.units.map((unit) => unit.readiness.score)) ?? [];
    expect(new Set(scores).size).toBe(5);

    const history = (await programHistory('Global hub-and-spoke RevOps')).map((entry) => `${entry.actor?.name ?? ''} ${entry.summary}`);
    expect(history).toEqual(
      expect.arrayContaining([
        'Priya Shah made the roll-out plan of Global hub-and-spoke RevOps from the pilot DACH hub routing and forecast pilot',
        'Priya Shah added Nordics to Wave 1',
        'Daniel Kim moved Nordics in Wave 1 from Ready to Live',
        'Lena Fischer moved Canada in Wave 2 from Not started to Preparing',
      ]),
    );
  });

  it('runs the hub-and-spoke program’s rhythm: the default forums, two held pipeline reviews with minutes, and open action items (one overdue)', async () => {
    const [program] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM program WHERE name = 'Global hub-and-spoke RevOps'`);
    const forums = await app.dataSource.query<{ name: string }[]>(`SELECT name FROM forum WHERE program_id = $1 ORDER BY name`, [program?.id]);
    expect(forums).toHaveLength(8);
    const meetings = await app.dataSource.query<{ held: boolean; decisions: number; notes: string }[]>(
      `SELECT m.ended_at IS NOT NULL AS held, (SELECT count(*)::int FROM meeting_decision d WHERE d.meeting_id = m.id) AS decisions, m.notes FROM meeting m WHERE m.program_id = $1 ORDER BY m.starts_at`,
      [program?.id],
    );
    expect(meetings.map((meeting) => [meeting.held, meeting.decisions, meeting.notes.length > 0])).toEqual([
      [true, 1, true],
      [true, 1, true],
    ]);
    const actions = await app.dataSource.query<{ status: string; overdue: boolean }[]>(`SELECT status, status = 'open' AND due_on < CURRENT_DATE AS overdue FROM action_item WHERE program_id = $1 ORDER BY due_on`, [program?.id]);
    expect(actions.filter((action) => action.status === 'open').length).toBe(3);
    expect(actions.filter((action) => action.status === 'done').length).toBe(1);
    expect(actions.some((action) => action.overdue)).toBe(true);
  });
  it('gives the hub-and-spoke program a RevOps backlog: thirty requests across the hub and its spokes, two merged, one past its service level, one spoke over-committed', async () => {
    type Backlog = {
      requests: { totalCount: number; nodes: { number: number; status: string; teamKey: string; requesterCount: number; approval: { status: string } | null }[] };
      breachedCount: number;
      teams: { name: string }[];
      capacity: { teamName: string; months: { overCommitted: boolean }[] }[];
      roadmap: { teamName: string }[];
    };
    const agent = app.agent();
    await gql(agent, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: 'erin.walsh@northwind.example', p: DEMO_PASSWORD });
    const [program] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM program WHERE name = $1`, [DEMO_BACKLOG_PROGRAM]);
    const res = await gql<{ program: { backlog: Backlog } }>(
      agent,
      `query($id: ID!) { program(id: $id) { backlog {
        requests(state: all, first: 100) { totalCount nodes { number status teamKey requesterCount approval { status } } }
        breachedCount teams { name } capacity(months: 6) { teamName months { overCommitted } } roadmap { teamName } } } }`,
      { id: program?.id },
    );
    expect(res.errors).toBeUndefined();
    const backlog = res.data?.program.backlog;
    const requests = backlog?.requests.nodes ?? [];
    expect(backlog?.requests.totalCount).toBe(30);
    expect(requests.map((request) => request.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    expect(new Set(requests.map((request) => request.teamKey)).size).toBeGreaterThan(2);
    expect(requests.filter((request) => request.status === 'merged')).toHaveLength(2);
    // The duplicates' requesters follow the request they were merged into.
    expect(Math.max(...requests.map((request) => request.requesterCount))).toBe(3);
    expect(backlog?.breachedCount).toBe(1);
    expect(requests.flatMap((request) => (request.approval ? [[request.status, request.approval.status]] : [])).sort()).toEqual([
      ['committed', 'approved'],
      ['triaged', 'pending'],
    ]);
    expect(backlog?.capacity.filter((team) => team.months.some((month) => month.overCommitted)).map((team) => team.teamName)).toEqual(['UK & Ireland']);
    const lanes = backlog?.roadmap.map((lane) => lane.teamName) ?? [];
    expect(lanes[0]).toBe('Hub');
    expect(lanes.slice(1).every((name) => backlog?.teams.some((team) => team.name === name))).toBe(true);
    expect(lanes.length).toBeGreaterThan(1);

    // Every demo program takes requests, with the default types once each.
    const [types] = await app.dataSource.query<{ programs: number; types: number }[]>(`SELECT count(DISTINCT program_id)::int AS programs, count(*)::int AS types FROM request_type`);
    expect(types).toEqual({ programs: DEMO_PROGRAMS.length, types: DEMO_PROGRAMS.length * DEFAULT_REQUEST_TYPES.length });
    // Each step is signed by whoever took it.
    const history = (await programHistory(DEMO_BACKLOG_PROGRAM)).map((entry) => `${entry.actor?.name ?? ''} ${entry.summary}`);
    expect(history.some((entry) => entry.startsWith('Marco Rossi filed the request REQ-1 '))).toBe(true);
    expect(history.some((entry) => entry.startsWith('Daniel Kim merged the request REQ-20 ') && entry.includes('into REQ-17'))).toBe(true);
    expect(history.some((entry) => entry.startsWith('Priya Shah approved, for the hub, the request REQ-6 '))).toBe(true);
  });
});
