import { expect } from 'vitest';
import { webhookSignature } from '../../src/modules/notifications/webhook-payload.js';
import { CALLERS, EVERYONE, field, PROGRAM_MANAGERS, recordIs, type Case, type RestCase, type World } from './world.js';

/**
 * Engagement model: a unit's partners and the program's leads file requests; the team that owns a
 * request triages it (the leads for the hub, a spoke's partners too); the leads set the backlog up
 * and approve changes to hub standards; everyone reads.
 */

const PARTNERS_TOO = [...PROGRAM_MANAGERS, 'partner' as const];

/**
 * A program of the manager with the partner's region and another unit in its rollout, a request
 * type, Playbooks placed in the spokes and Dashboards (hub standard: its RACI "A" is a hub role) shared.
 */
async function aBacklog(w: World) {
  const program = await w.program();
  const q = async (sql: string, params: unknown[]) => (await w.app.dataSource.query<{ id: string }[]>(sql, params))[0]?.id ?? '';
  for (const unitId of [w.region.id, w.elsewhere.id]) await q(`INSERT INTO program_unit (org_id, program_id, unit_id) VALUES ($1, $2, $3) RETURNING id`, [w.org.id, program.id, unitId]);
  const typeId = await q(`INSERT INTO request_type (org_id, program_id, name, triage_days, deliver_days, position) VALUES ($1, $2, 'Data fix', 2, 10, 0) RETURNING id`, [w.org.id, program.id]);
  const capabilityId = await q(`INSERT INTO capability (org_id, program_id, name, position) VALUES ($1, $2, 'Execution', 0) RETURNING id`, [w.org.id, program.id]);
  const activity = (name: string, position: number) => q(`INSERT INTO activity (org_id, program_id, capability_id, name, position) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [w.org.id, program.id, capabilityId, name, position]);
  const playbooks = await activity('Playbooks', 0);
  const dashboards = await activity('Dashboards', 1);
  await q(`INSERT INTO activity_placement (org_id, program_id, activity_id, placement) VALUES ($1, $2, $3, 'spoke'), ($1, $2, $4, 'shared') RETURNING id`, [w.org.id, program.id, playbooks, dashboards]);
  const domainId = await q(`INSERT INTO raci_domain (org_id, program_id, name, position, activity_id) VALUES ($1, $2, 'Reporting layer', 0, $3) RETURNING id`, [w.org.id, program.id, dashboards]);
  const roleId = await q(`INSERT INTO raci_role (org_id, program_id, name, side, position) VALUES ($1, $2, 'Head/VP RevOps', 'hub', 0) RETURNING id`, [w.org.id, program.id]);
  await q(`INSERT INTO raci_cell (org_id, program_id, domain_id, role_id, value) VALUES ($1, $2, $3, $4, 'A') RETURNING id`, [w.org.id, program.id, domainId, roleId]);
  /** A request for the partner's region, filed by the manager; `activityId` null = the hub owns it. */
  const request = (activityId: string | null, problem = 'Duplicate accounts after the import') =>
    q(`INSERT INTO revops_request (org_id, program_id, number, type_id, unit_id, activity_id, problem, filed_by_id) VALUES ($1, $2, (SELECT COALESCE(max(number), 0) + 1 FROM revops_request WHERE program_id = $2), $3, $4, $5, $6, $7) RETURNING id`, [
      w.org.id,
      program.id,
      typeId,
      w.region.id,
      activityId,
      problem,
      w.users.manager.id,
    ]);
  return { programId: program.id, typeId, playbooks, dashboards, request };
}

const fileCase = (scope: string, unit: (w: World) => string, allowed: Case['allowed']): Case => ({
  operation: 'fileRequest',
  scope,
  document: 'mutation($input: FileRequestInput!) { fileRequest(input: $input) { id } }',
  variables: async (w) => {
    const { programId, typeId } = await aBacklog(w);
    return { input: { programId, typeId, unitId: unit(w), activityId: null, problem: 'Win rate by product line' } };
  },
  allowed,
  effect: { sql: 'SELECT problem, status::text FROM revops_request WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ problem: 'Win rate by product line', status: 'new' }] },
});

/** A backlog setting of a program of the manager: its leads only. */
const leadsCase = (operation: string, document: string, variables: Case['variables'], effect: Case['effect']): Case => ({ operation, scope: 'program owned by manager', document, variables, allowed: PROGRAM_MANAGERS, effect });
const programOf = async (w: World) => ({ programId: (await aBacklog(w)).programId });

export const BACKLOG_CASES: Case[] = [
  // The portfolio's attention list: everyone reads it (it lists the backlog's breaches among the rest).
  { operation: 'portfolioAttention', document: 'query { portfolioAttention(first: 10) { totalCount items { kind text link } } }', variables: () => Promise.resolve({}), allowed: EVERYONE },
  { operation: 'portfolio', document: 'query { portfolio { asOf programs { name health } } }', variables: () => Promise.resolve({}), allowed: EVERYONE },
  { operation: 'portfolioHeatMap', document: 'query { portfolioHeatMap { unit { name } cells { units } } }', variables: () => Promise.resolve({}), allowed: EVERYONE },
  {
    operation: 'revopsDelivery',
    document: 'query { revopsDelivery { programName committed items { label teamName } } }',
    variables: async (w) => {
      const backlog = await aBacklog(w);
      const id = await backlog.request(null, 'Renewal forecast dashboard');
      await w.app.dataSource.query(`UPDATE revops_request SET status = 'committed', planned_month = date_trunc('month', now())::date, effort_days = 3 WHERE id = $1`, [id]);
      return {};
    },
    allowed: EVERYONE,
  },
  {
    operation: 'revopsRequest',
    document: 'query($id: ID!) { revopsRequest(id: $id) { label teamName rankReason } }',
    variables: async (w) => ({ id: await (await aBacklog(w)).request(null) }),
    allowed: EVERYONE,
  },
  fileCase('unit inside the partner’s region', (w) => w.region.id, PARTNERS_TOO),
  fileCase('unit outside the partner’s region', (w) => w.elsewhere.id, PROGRAM_MANAGERS),
  {
    operation: 'updateRequest',
    scope: 'a hub request filed by manager',
    document: 'mutation($input: UpdateRequestInput!) { updateRequest(input: $input) { id } }',
    variables: async (w) => ({ input: { id: await (await aBacklog(w)).request(null), expectedVersion: 1, problem: 'Duplicate accounts in EMEA after the import' } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('revops_request', { problem: 'Duplicate accounts in EMEA after the import' }),
  },
  ...(['spoke', 'hub'] as const).map(
    (owner): Case => ({
      operation: 'scoreRequest',
      scope: `a ${owner} request for the partner’s region`,
      document: 'mutation($input: ScoreRequestInput!) { scoreRequest(input: $input) { id } }',
      variables: async (w) => {
        const backlog = await aBacklog(w);
        return { input: { id: await backlog.request(owner === 'spoke' ? backlog.playbooks : null), expectedVersion: 1, effortDays: 2, reach: 50, impact: 1, confidence: 80 } };
      },
      allowed: owner === 'spoke' ? PARTNERS_TOO : PROGRAM_MANAGERS,
      effect: recordIs('revops_request', { status: 'triaged', reach: 50 }),
    }),
  ),
  {
    operation: 'moveRequest',
    scope: 'a spoke request for the partner’s region',
    document: 'mutation($input: MoveRequestInput!) { moveRequest(input: $input) { id } }',
    variables: async (w) => {
      const backlog = await aBacklog(w);
      return { input: { id: await backlog.request(backlog.playbooks), expectedVersion: 1, status: 'declined', reason: 'Covered by the global playbook.' } };
    },
    allowed: PARTNERS_TOO,
    effect: recordIs('revops_request', { status: 'declined', decline_reason: 'Covered by the global playbook.' }),
  },
  {
    operation: 'mergeRequest',
    scope: 'two hub requests',
    document: 'mutation($input: MergeRequestInput!) { mergeRequest(input: $input) { id } }',
    variables: async (w) => {
      const backlog = await aBacklog(w);
      const intoId = await backlog.request(null, 'Win rate report');
      return { input: { id: await backlog.request(null, 'Win rate report, please'), expectedVersion: 1, intoId } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('revops_request', { status: 'merged' }),
  },
  {
    operation: 'decideRequestApproval',
    scope: 'a spoke request changing a hub standard',
    document: 'mutation($input: DecideRequestApprovalInput!) { decideRequestApproval(input: $input) { id } }',
    variables: async (w) => {
      const backlog = await aBacklog(w);
      return { input: { id: await backlog.request(backlog.dashboards), expectedVersion: 1, approved: true, note: 'Fits the standard.' } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('revops_request', { approval: 'approved', approval_note: 'Fits the standard.' }),
  },
  leadsCase(
    'saveBacklogSettings',
    'mutation($input: SaveBacklogSettingsInput!) { saveBacklogSettings(input: $input) { framework } }',
    async (w) => ({ input: { programId: (await aBacklog(w)).programId, expectedVersion: 0, framework: 'wsjf', focusDaysPerPersonMonth: 10 } }),
    { sql: 'SELECT framework::text, focus_days_per_person_month::float AS days FROM backlog_settings WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ framework: 'wsjf', days: 10 }] },
  ),
  leadsCase(
    'saveRequestTypes',
    'mutation($input: SaveRequestTypesInput!) { saveRequestTypes(input: $input) { programId } }',
    async (w) => {
      const { programId, typeId } = await aBacklog(w);
      return { input: { programId, types: [{ id: typeId, name: 'Data fix', triageDays: 1, deliverDays: 5 }, { id: null, name: 'Territory change', triageDays: 5, deliverDays: 30 }] } };
    },
    { sql: 'SELECT name, triage_days FROM request_type WHERE program_id = $1 ORDER BY position', params: (v) => [field(v, 'programId')], rows: [{ name: 'Data fix', triage_days: 1 }, { name: 'Territory change', triage_days: 5 }] },
  ),
  leadsCase('rotateInboundRequestSecret', 'mutation($programId: ID!) { rotateInboundRequestSecret(programId: $programId) { secret } }', programOf, {
    sql: 'SELECT inbound_secret IS NOT NULL AS configured FROM backlog_settings WHERE program_id = $1',
    params: (v) => [v.programId],
    rows: [{ configured: true }],
  }),
  leadsCase(
    'removeInboundRequestWebhook',
    'mutation($programId: ID!) { removeInboundRequestWebhook(programId: $programId) { inboundConfigured } }',
    async (w) => {
      const { programId } = await aBacklog(w);
      await w.app.dataSource.query(`INSERT INTO backlog_settings (org_id, program_id, inbound_secret) VALUES ($1, $2, 'rqsec_old')`, [w.org.id, programId]);
      return { programId };
    },
    { sql: 'SELECT inbound_secret FROM backlog_settings WHERE program_id = $1', params: (v) => [v.programId], rows: [{ inbound_secret: null }] },
  ),
];

export const BACKLOG_REST_CASES: RestCase[] = [
  // The portfolio's downloads: everyone, as the view.
  {
    route: 'GET portfolio.xlsx',
    allowed: EVERYONE,
    prepare: () => Promise.resolve({ path: '/api/portfolio.xlsx', verify: (res) => expect(res.headers['content-disposition']).toContain('portfolio.xlsx') }),
  },
  {
    route: 'GET portfolio/:file',
    allowed: EVERYONE,
    prepare: () => Promise.resolve({ path: '/api/portfolio/programs.csv', verify: (res) => expect((res.body as Buffer).toString('utf8')).toMatch(/^Program,Phase,Health,Why/) }),
  },
  ...(['csv', 'xlsx'] as const).map(
    (format): RestCase => ({
      route: `GET roadmap.${format}`,
      allowed: EVERYONE,
      prepare: async (w) => {
        const backlog = await aBacklog(w);
        const id = await backlog.request(null, 'Renewal forecast dashboard');
        await w.app.dataSource.query(`UPDATE revops_request SET status = 'committed', planned_month = '2027-02-01', effort_days = 3, reach = 1, impact_score = 1, confidence = 100 WHERE id = $1`, [id]);
        return {
          path: `/api/programs/${backlog.programId}/roadmap.${format}`,
          verify: (res) => {
            expect(res.headers['content-disposition']).toContain(`roadmap.${format}`);
            if (format === 'csv') expect((res.body as Buffer).toString('utf8')).toContain('Hub,2027 Q1,2027-02-01,REQ-1,Renewal forecast dashboard');
          },
        };
      },
    }),
  ),
  {
    // The signature is the credential (another tool posts it, with no session): whoever holds the secret files as the named requester.
    route: 'POST requests/inbound',
    allowed: [...CALLERS],
    status: 201,
    prepare: async (w) => {
      const { programId } = await aBacklog(w);
      await w.app.dataSource.query(`INSERT INTO backlog_settings (org_id, program_id, inbound_secret) VALUES ($1, $2, 'rqsec_matrix')`, [w.org.id, programId]);
      const body = JSON.stringify({ requesterEmail: w.users.partner.email, unit: w.region.name, type: 'Data fix', problem: 'Duplicate accounts in the region' });
      return {
        path: `/api/programs/${programId}/requests/inbound`,
        send: (call) => call.set('content-type', 'application/json').set('rollout-signature', webhookSignature('rqsec_matrix', body, new Date())).send(body),
        verify: (res) => expect(res.body).toMatchObject({ label: 'REQ-1', status: 'new' }),
      };
    },
  },
];
