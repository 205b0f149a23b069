import { shiftDays } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/common/time/today.js';
import { webhookSignature } from '../src/modules/notifications/webhook-payload.js';
import { aProgramWithUnits } from './factories/assessment.factory.js';
import { aTeam } from './factories/organization.factory.js';
import { createTestApp, dataOf as data, errorCode, gql, type TestApp } from './support/test-app.js';

const REQUEST = `id version label status teamKey teamName ownership rank rankReason requesterCount mergedIntoLabel plannedMonth
  score { value formula } sla { triage { state daysLate } breach } approval { domainName accountableRole status } requesters { name unitName } viewerCanTriage viewerCanApprove`;
const FILE = `mutation($input: FileRequestInput!) { fileRequest(input: $input) { ${REQUEST} } }`;
const SCORE = `mutation($input: ScoreRequestInput!) { scoreRequest(input: $input) { ${REQUEST} } }`;
const MOVE = `mutation($input: MoveRequestInput!) { moveRequest(input: $input) { ${REQUEST} } }`;
const MERGE = `mutation($input: MergeRequestInput!) { mergeRequest(input: $input) { ${REQUEST} } }`;
const APPROVE = `mutation($input: DecideRequestApprovalInput!) { decideRequestApproval(input: $input) { ${REQUEST} } }`;
const ONE = `query($id: ID!) { revopsRequest(id: $id) { ${REQUEST} } }`;
const BACKLOG = `query($id: ID!, $team: String, $breached: Boolean) { program(id: $id) { backlog {
  framework breachedCount awaitingTriageCount viewerCanManage viewerFileableUnitIds types { id name }
  teams { key name openCount breached }
  requests(teamKey: $team, breachedOnly: $breached) { totalCount nodes { label rank status } }
  capacity(months: 2) { teamKey teamName heads sentence guidance months { month capacityDays committedDays overCommitted } }
  roadmap { teamName quarters { quarter items { label plannedMonth } } } } } }`;
const PLACE = `mutation($input: SavePlacementInput!) { savePlacement(input: $input) { id } }`;
const ROLE = `mutation($input: SavePlannedRoleInput!) { savePlannedRole(input: $input) { teams { name heads } } }`;
const SETTINGS = `mutation($input: SaveBacklogSettingsInput!) { saveBacklogSettings(input: $input) { framework settingsVersion focusDaysPerPersonMonth } }`;
const SECRET = `mutation($id: ID!) { rotateInboundRequestSecret(programId: $id) { secret backlog { inboundConfigured inboundUrl } } }`;
const INBOX = `query { notifications(first: 20) { kind title link } }`;
const HISTORY = `query($id: ID!) { recordHistory(recordType: request, recordId: $id, first: 20) { summary } }`;

interface Request {
  id: string;
  version: number;
  label: string;
  status: string;
  teamKey: string;
  teamName: string;
  ownership: string;
  rank: number | null;
  rankReason: string | null;
  requesterCount: number;
  mergedIntoLabel: string | null;
  plannedMonth: string | null;
  score: { value: number | null; formula: string | null };
  sla: { triage: { state: string; daysLate: number }; breach: string | null };
  approval: { domainName: string; accountableRole: string; status: string } | null;
  requesters: { name: string; unitName: string }[];
  viewerCanTriage: boolean;
  viewerCanApprove: boolean;
}

describe('the RevOps backlog: filing, triage and ranking, merging, approval, service levels, capacity, roadmap, inbound webhook', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  /** A program whose design places Dashboards in the hub, Playbooks in the spokes, and Lead routing shared with the hub accountable for its standard. */
  async function designedProgram() {
    const program = await aProgramWithUnits(app, team);
    const { programId, activityId } = program;
    for (const [name, placement] of [['Dashboards', 'hub'], ['Playbooks', 'spoke'], ['Lead routing', 'shared']] as const) {
      data(await gql(team.agents.manager, PLACE, { input: { programId, activityId: activityId(name), placement } }));
    }
    const query = (sql: string, params: unknown[]) => app.dataSource.query<{ id: string }[]>(sql, params);
    const [domain] = await query(`INSERT INTO raci_domain (org_id, program_id, name, position, activity_id) VALUES ($1, $2, 'Lead routing', 0, $3) RETURNING id`, [team.org.id, programId, activityId('Lead routing')]);
    const [role] = await query(`INSERT INTO raci_role (org_id, program_id, name, side, position) VALUES ($1, $2, 'Head/VP RevOps', 'hub', 0) RETURNING id`, [team.org.id, programId]);
    await query(`INSERT INTO raci_cell (org_id, program_id, domain_id, role_id, value) VALUES ($1, $2, $3, $4, 'A')`, [team.org.id, programId, domain?.id, role?.id]);
    return program;
  }

  const typeId = async (programId: string, name: string) => {
    const types = await app.dataSource.query<{ id: string; name: string }[]>(`SELECT id, name FROM request_type WHERE program_id = $1`, [programId]);
    return types.find((type) => type.name === name)?.id ?? '';
  };

  it('lets partners file for their units and see the backlog, routes each request to the team its placement names, and lets only that team triage', async () => {
    const { programId, activityId, other } = await designedProgram();
    const { manager, partner, executive } = team.agents;
    // A new program takes the default request types; an unknown type id is refused field by field.
    const refused = await gql(partner, FILE, { input: { programId, typeId: '00000000-0000-4000-8000-000000000000', unitId: team.region.id, activityId: activityId('Dashboards'), problem: 'Pipeline by segment for the QBR' } });
    expect(refused.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'typeId', message: 'Pick a request type of this program.' }]);
    const report = await typeId(programId, 'Report / dashboard');
    const input = { programId, typeId: report, unitId: team.region.id, activityId: activityId('Dashboards'), problem: 'Pipeline by segment for the QBR', impact: 'The QBR deck is built by hand.' };
    expect(errorCode(await gql(partner, FILE, { input: { ...input, unitId: other.id } }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(executive, FILE, { input }))).toBe('FORBIDDEN');
    const hubRequest = data(await gql<{ fileRequest: Request }>(partner, FILE, { input })).fileRequest;
    expect(hubRequest).toMatchObject({ label: 'REQ-1', status: 'new', teamKey: 'hub', teamName: 'Hub', rank: null, viewerCanTriage: false, requesterCount: 1 });
    expect(hubRequest.ownership).toBe('The target model places Dashboards in the hub, so the hub owns it.');

    const playbook = data(await gql<{ fileRequest: Request }>(partner, FILE, { input: { ...input, activityId: activityId('Playbooks'), typeId: await typeId(programId, 'Enablement / training'), problem: 'Objection handling playbook for mid-market' } })).fileRequest;
    expect(playbook).toMatchObject({ teamKey: team.region.id, viewerCanTriage: true });

    // Only the owning team triages: the hub's leads for the hub request, the partner for their spoke.
    const rice = { effortDays: 5, reach: 400, impact: 2, confidence: 80 };
    expect(errorCode(await gql(partner, SCORE, { input: { id: hubRequest.id, expectedVersion: hubRequest.version, ...rice } }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(executive, SCORE, { input: { id: playbook.id, expectedVersion: playbook.version, ...rice } }))).toBe('FORBIDDEN');
    const missing = await gql(manager, SCORE, { input: { id: hubRequest.id, expectedVersion: hubRequest.version, effortDays: 5, impact: 2, confidence: 80 } });
    expect(missing.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'reach', message: 'Reach is part of the RICE score.' }]);
    const scored = data(await gql<{ scoreRequest: Request }>(manager, SCORE, { input: { id: hubRequest.id, expectedVersion: hubRequest.version, ...rice } })).scoreRequest;
    expect(scored).toMatchObject({ status: 'triaged', rank: 1, score: { value: 128 } });
    expect(scored.rankReason).toBe('Ranks 1 of 1 in the hub’s queue with RICE Reach 400 × Impact 2 × Confidence 80% ÷ Effort 5 person-days = 128, the highest score.');
    expect(errorCode(await gql(manager, SCORE, { input: { id: hubRequest.id, expectedVersion: hubRequest.version, ...rice } }))).toBe('CONFLICT');
    const spokeScored = data(await gql<{ scoreRequest: Request }>(partner, SCORE, { input: { id: playbook.id, expectedVersion: playbook.version, ...rice, reach: 40 } })).scoreRequest;
    expect(spokeScored).toMatchObject({ status: 'triaged', rank: 1, teamName: team.region.name });

    // The partner reads the whole backlog, by team.
    const backlog = data(await gql<{ program: { backlog: { viewerCanManage: boolean; viewerFileableUnitIds: string[]; teams: { key: string; openCount: number }[]; requests: { totalCount: number } } } }>(partner, BACKLOG, { id: programId })).program.backlog;
    expect(backlog.viewerCanManage).toBe(false);
    expect(backlog.viewerFileableUnitIds).toEqual([team.region.id]);
    expect(backlog.requests.totalCount).toBe(2);
    expect(backlog.teams.find((t) => t.key === 'hub')?.openCount).toBe(1);
    // Each asker follows their own: the partner filed both, the lead none.
    const MINE = `query($id: ID!) { program(id: $id) { backlog { requests(mine: true) { totalCount } } } }`;
    expect(data(await gql<{ program: { backlog: { requests: { totalCount: number } } } }>(partner, MINE, { id: programId })).program.backlog.requests.totalCount).toBe(2);
    expect(data(await gql<{ program: { backlog: { requests: { totalCount: number } } } }>(manager, MINE, { id: programId })).program.backlog.requests.totalCount).toBe(0);

    // The requester hears that the hub triaged it; the history reads in words.
    const inbox = data(await gql<{ notifications: { kind: string; title: string }[] }>(partner, INBOX)).notifications;
    expect(inbox.map((n) => n.title)).toContain('REQ-1 was triaged');
    const history = data(await gql<{ recordHistory: { summary: string }[] }>(executive, HISTORY, { id: hubRequest.id })).recordHistory.map((entry) => entry.summary);
    expect(history.some((line) => line.includes('scored the request') && line.includes('REQ-1 Pipeline by segment for the QBR'))).toBe(true);
    expect(history.some((line) => line.includes('filed the request'))).toBe(true);
  });

  it('merges duplicates into one request with every requester, ties equal scores, and gates a change to a hub standard on the hub’s approval', async () => {
    const { programId, activityId, other } = await designedProgram();
    const { manager, partner, admin } = team.agents;
    const reportType = await typeId(programId, 'Report / dashboard');
    const first = data(await gql<{ fileRequest: Request }>(partner, FILE, { input: { programId, typeId: reportType, unitId: team.region.id, activityId: activityId('Dashboards'), problem: 'Win rate by product line report' } })).fileRequest;
    const duplicate = data(await gql<{ fileRequest: Request }>(admin, FILE, { input: { programId, typeId: reportType, unitId: other.id, activityId: activityId('Dashboards'), problem: 'Win rate per product line, please' } })).fileRequest;
    const third = data(await gql<{ fileRequest: Request }>(manager, FILE, { input: { programId, typeId: reportType, unitId: other.id, activityId: activityId('Dashboards'), problem: 'Renewal forecast accuracy dashboard' } })).fileRequest;
    expect(errorCode(await gql(partner, MERGE, { input: { id: duplicate.id, expectedVersion: duplicate.version, intoId: first.id } }))).toBe('FORBIDDEN');
    const merged = data(await gql<{ mergeRequest: Request }>(manager, MERGE, { input: { id: duplicate.id, expectedVersion: duplicate.version, intoId: first.id } })).mergeRequest;
    expect(merged.requesterCount).toBe(2);
    expect(merged.requesters.map((r) => r.unitName)).toEqual([team.region.name, other.name]);
    expect(data(await gql<{ revopsRequest: Request }>(manager, ONE, { id: duplicate.id })).revopsRequest).toMatchObject({ status: 'merged', mergedIntoLabel: first.label, rank: null });
    const adminInbox = data(await gql<{ notifications: { title: string }[] }>(admin, INBOX)).notifications;
    expect(adminInbox.map((n) => n.title)).toContain(`${duplicate.label} was merged into ${first.label}, which you now follow`);

    // Equal scores share a rank and say so.
    const same = { effortDays: 4, reach: 100, impact: 1, confidence: 100 };
    data(await gql(manager, SCORE, { input: { id: first.id, expectedVersion: merged.version, ...same } }));
    const tied = data(await gql<{ scoreRequest: Request }>(manager, SCORE, { input: { id: third.id, expectedVersion: third.version, ...same } })).scoreRequest;
    expect(tied.rank).toBe(1);
    expect(tied.rankReason).toContain(`tied with ${first.label}`);

    // Lead routing is shared, so the partner's spoke owns it; its standard is the hub's, so the hub approves before it is committed.
    const routing = data(await gql<{ fileRequest: Request }>(partner, FILE, { input: { programId, typeId: await typeId(programId, 'Process change'), unitId: team.region.id, activityId: activityId('Lead routing'), problem: 'Route inbound leads by language in our region' } })).fileRequest;
    expect(routing).toMatchObject({ teamKey: team.region.id, approval: { domainName: 'Lead routing', accountableRole: 'Head/VP RevOps', status: 'pending' }, viewerCanApprove: false });
    const scored = data(await gql<{ scoreRequest: Request }>(partner, SCORE, { input: { id: routing.id, expectedVersion: routing.version, ...same } })).scoreRequest;
    const month = `${today().slice(0, 7)}-01`;
    const early = await gql(partner, MOVE, { input: { id: routing.id, expectedVersion: scored.version, status: 'committed', plannedMonth: month } });
    expect(early.errors?.[0]?.message).toContain('the hub (Head/VP RevOps) approves it before it is committed');
    expect(errorCode(await gql(partner, APPROVE, { input: { id: routing.id, expectedVersion: scored.version, approved: true } }))).toBe('FORBIDDEN');
    const approved = data(await gql<{ decideRequestApproval: Request }>(manager, APPROVE, { input: { id: routing.id, expectedVersion: scored.version, approved: true, note: 'Fits the global routing standard.' } })).decideRequestApproval;
    expect(approved.approval?.status).toBe('approved');
    const committed = data(await gql<{ moveRequest: Request }>(partner, MOVE, { input: { id: routing.id, expectedVersion: approved.version, status: 'committed', plannedMonth: month } })).moveRequest;
    expect(committed).toMatchObject({ status: 'committed', plannedMonth: month });
    const declineWithoutReason = await gql(manager, MOVE, { input: { id: third.id, expectedVersion: tied.version, status: 'declined' } });
    expect(declineWithoutReason.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'reason', message: 'Say why it is declined.' }]);
  });

  it('shows service-level breaches on the backlog and the next forum’s agenda, lets a forum decision re-rank, weighs capacity against committed work, and exports the roadmap', async () => {
    const { programId, activityId } = await designedProgram();
    const { manager, partner, executive } = team.agents;
    const reportType = await typeId(programId, 'Report / dashboard');
    const file = async (problem: string) => data(await gql<{ fileRequest: Request }>(partner, FILE, { input: { programId, typeId: reportType, unitId: team.region.id, activityId: activityId('Playbooks'), problem } })).fileRequest;
    const late = await file('Territory coverage report for the spring plan');
    // Filed ten days ago: the report type's triage target is three days.
    await app.dataSource.query(`UPDATE revops_request SET created_at = now() - interval '10 days' WHERE id = $1`, [late.id]);
    const breached = data(await gql<{ revopsRequest: Request }>(executive, ONE, { id: late.id })).revopsRequest;
    expect(breached.sla.triage).toEqual({ state: 'breached', daysLate: 7 });
    expect(breached.sla.breach).toMatch(/^Waiting 7 days past its triage target \(Report \/ dashboard: 3 days, due /);
    const onlyBreached = data(await gql<{ program: { backlog: { breachedCount: number; requests: { nodes: { label: string }[] } } } }>(executive, BACKLOG, { id: programId, breached: true })).program.backlog;
    expect(onlyBreached.breachedCount).toBe(1);
    expect(onlyBreached.requests.nodes.map((n) => n.label)).toEqual([late.label]);

    // The next forum's agenda lists the breach.
    const forum = data(await gql<{ createForum: { id: string } }>(manager, `mutation($input: CreateForumInput!) { createForum(input: $input) { id } }`, {
      input: { programId, name: 'RevOps council', purpose: 'Ranks the backlog.', cadence: 'weekly', weekday: 'MO', weekOfMonth: null, startsOn: shiftDays(today(), -30), startTime: '09:00', timeZone: 'UTC', durationMinutes: 60, attendeeIds: [team.users.manager.id] },
    })).createForum;
    const monday = (() => {
      const offset = (new Date(`${today()}T00:00:00Z`).getUTCDay() + 6) % 7;
      return shiftDays(today(), -offset);
    })();
    const MEETING = `id version agenda { section text link { kind id } }`;
    let meeting = data(await gql<{ prepareMeeting: { id: string; version: number; agenda: { section: string; text: string; link: { kind: string; id: string } | null }[] } }>(manager, `mutation($input: MeetingOccurrenceInput!) { prepareMeeting(input: $input) { ${MEETING} } }`, { input: { forumId: forum.id, occursOn: monday } })).prepareMeeting;
    const backlogLines = meeting.agenda.filter((item) => item.section === 'backlog');
    expect(backlogLines[0]).toMatchObject({ link: { kind: 'request', id: late.id } });
    expect(backlogLines[0]?.text).toContain(`${late.label} Territory coverage report for the spring plan (${team.region.name}): Waiting 7 days past its triage target`);

    // Two scored requests; the forum raises the lower one to the top.
    const rice = { reach: 100, impact: 1, confidence: 100 };
    const high = await file('Forecast roll-up for the regional VP');
    const low = await file('Quarterly enablement attendance report');
    data(await gql(partner, SCORE, { input: { id: high.id, expectedVersion: high.version, effortDays: 10, ...rice } }));
    const lowScored = data(await gql<{ scoreRequest: Request }>(partner, SCORE, { input: { id: low.id, expectedVersion: low.version, effortDays: 20, ...rice } })).scoreRequest;
    expect(lowScored.rank).toBe(2);
    meeting = data(await gql<{ startMeeting: typeof meeting }>(manager, `mutation($input: VersionedMeetingInput!) { startMeeting(input: $input) { ${MEETING} } }`, { input: { meetingId: meeting.id, expectedVersion: meeting.version } })).startMeeting;
    const DECIDE = `mutation($input: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $input) { id } }`;
    const wrongSubject = await gql(manager, DECIDE, { input: { meetingId: meeting.id, title: 'Attendance first', rationale: '', subject: null, raiseToTop: true } });
    expect(wrongSubject.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'raiseToTop', message: 'Only a decision about a backlog request raises it to the top.' }]);
    data(await gql(manager, DECIDE, { input: { meetingId: meeting.id, title: 'Attendance report first: the audit needs it', rationale: '', subject: { kind: 'request', id: low.id }, raiseToTop: true } }));
    const raised = data(await gql<{ revopsRequest: Request }>(partner, ONE, { id: low.id })).revopsRequest;
    expect(raised.rank).toBe(1);
    expect(raised.rankReason).toContain('raised to the top by the RevOps council decision “Attendance report first: the audit needs it”');

    // Capacity: one planned person in the spoke, 12 focus days a month, against 30 committed days this month.
    data(await gql(manager, ROLE, { input: { programId, unitId: team.region.id, title: 'Regional RevOps partner', count: 1, annualCostPerHead: 120_000 } }));
    data(await gql(manager, SETTINGS, { input: { programId, expectedVersion: 0, framework: 'rice', focusDaysPerPersonMonth: 12 } }));
    const month = `${today().slice(0, 7)}-01`;
    for (const id of [high.id, low.id]) {
      const current = data(await gql<{ revopsRequest: Request }>(partner, ONE, { id })).revopsRequest;
      data(await gql(partner, MOVE, { input: { id, expectedVersion: current.version, status: 'committed', plannedMonth: month } }));
    }
    const view = data(await gql<{ program: { backlog: { capacity: { teamKey: string; sentence: string; months: { capacityDays: number; committedDays: number; overCommitted: boolean }[] }[]; roadmap: { teamName: string; quarters: { items: { label: string }[] }[] }[] } } }>(executive, BACKLOG, { id: programId })).program.backlog;
    const spoke = view.capacity.find((entry) => entry.teamKey === team.region.id);
    expect(spoke?.months[0]).toEqual({ month, capacityDays: 12, committedDays: 30, overCommitted: true });
    expect(spoke?.sentence).toContain('is over-committed in');
    expect(spoke?.sentence).toContain('30 person-days of committed work against 12 available (1 person × 12 days), 250% of capacity');
    expect(view.roadmap[0]?.quarters[0]?.items.map((item) => item.label).sort()).toEqual([high.label, low.label].sort());
    // The executive reads the same work across programs: what the RevOps function is delivering.
    const delivery = data(await gql<{ revopsDelivery: { programId: string; committed: number; inProgress: number; items: { label: string; teamName: string }[] }[] }>(executive, `query { revopsDelivery { programId committed inProgress items { label teamName } } }`)).revopsDelivery;
    const ours = delivery.find((entry) => entry.programId === programId);
    expect(ours).toMatchObject({ committed: 2, inProgress: 0 });
    expect(ours?.items.map((item) => [item.label, item.teamName])).toEqual([
      [high.label, team.region.name],
      [low.label, team.region.name],
    ]);

    // WSJF needs its own parts: switching the framework leaves RICE-only scores unranked until rescored.
    const settings = data(await gql<{ saveBacklogSettings: { framework: string; settingsVersion: number } }>(manager, SETTINGS, { input: { programId, expectedVersion: 1, framework: 'wsjf', focusDaysPerPersonMonth: 12 } })).saveBacklogSettings;
    expect(settings).toMatchObject({ framework: 'wsjf', settingsVersion: 2 });
    expect(errorCode(await gql(partner, SETTINGS, { input: { programId, expectedVersion: 2, framework: 'rice', focusDaysPerPersonMonth: 12 } }))).toBe('FORBIDDEN');
    expect(data(await gql<{ revopsRequest: Request }>(partner, ONE, { id: high.id })).revopsRequest.score.value).toBeNull();

    const csv = await executive.get(`/api/programs/${programId}/roadmap.csv`).expect(200);
    expect(csv.text.split('\r\n')[0]).toBe('Team,Quarter,Month,Request,Problem,Type,Unit,Status,Effort (person-days),Requesters');
    expect(csv.text).toContain(`${high.label},Forecast roll-up for the regional VP,Report / dashboard,${team.region.name},Committed,10,1`);
  });

  it('files a request through the signed inbound webhook as the named requester, refusing a wrong signature and units outside their scope', async () => {
    const { programId, other } = await designedProgram();
    const { manager, partner } = team.agents;
    expect(errorCode(await gql(partner, SECRET, { id: programId }))).toBe('FORBIDDEN');
    const { secret, backlog } = data(await gql<{ rotateInboundRequestSecret: { secret: string; backlog: { inboundConfigured: boolean; inboundUrl: string } } }>(manager, SECRET, { id: programId })).rotateInboundRequestSecret;
    expect(backlog.inboundConfigured).toBe(true);
    const path = `/api/programs/${programId}/requests/inbound`;
    expect(backlog.inboundUrl.endsWith(path)).toBe(true);
    const post = (body: object, key = secret, at = new Date()) => {
      const raw = JSON.stringify(body);
      return app.agent().post(path).set('content-type', 'application/json').set('rollout-signature', webhookSignature(key, raw, at)).send(raw);
    };
    const body = { requesterEmail: team.users.partner.email, unit: team.region.name, type: 'data fix', activity: 'Data quality', problem: 'Duplicate accounts in the region after the import' };
    const created = (await post(body).expect(201)).body as { id: string; label: string; status: string };
    expect(created).toMatchObject({ label: 'REQ-1', status: 'new' });
    const filed = data(await gql<{ revopsRequest: Request }>(manager, ONE, { id: created.id })).revopsRequest;
    expect(filed.requesters).toEqual([{ name: team.users.partner.name, unitName: team.region.name }]);

    type Refusal = { code: string; fieldErrors?: { field: string }[] };
    const refusal = async (call: ReturnType<typeof post>, status: number) => (await call.expect(status)).body as Refusal;
    expect((await refusal(post(body, 'rqsec_wrong'), 401)).code).toBe('UNAUTHENTICATED');
    expect((await refusal(post(body, secret, new Date(Date.now() - 10 * 60_000)), 401)).code).toBe('UNAUTHENTICATED');
    expect((await refusal(post({ ...body, unit: other.name }), 403)).code).toBe('FORBIDDEN');
    expect((await refusal(post({ ...body, type: 'Nonsense' }), 400)).fieldErrors?.[0]?.field).toBe('type');
  });
});
