import { randomUUID } from 'node:crypto';
import { DEFAULT_REQUEST_TYPES, monthOf, monthsFrom, owningTeam, shiftDays } from '@rollout/domain';
import type { EntityManager } from 'typeorm';
import { ActivityEntity } from '../../modules/assessments/activity.entity.js';
import { BacklogSettingsEntity } from '../../modules/backlog/backlog-settings.entity.js';
import { RequestRequesterEntity } from '../../modules/backlog/request-requester.entity.js';
import { RequestTypeEntity } from '../../modules/backlog/request-type.entity.js';
import { RevopsRequestEntity } from '../../modules/backlog/revops-request.entity.js';
import { DEMO_PROGRAMS } from './demo-company.js';
import { storyOfHeadcountPlan, storyOfPlacements, type DemoPlacement, type DemoPlannedRole } from './demo-design.js';
import { DEMO_PILOT_PROGRAM } from './demo-pilots.js';
import { storyOfRaciWorkshop, type DemoRaciCells } from './demo-raci.js';
import type { Story } from './story-clock.js';

/** The program whose RevOps backlog the demo fills: the hub-and-spoke one, whose pilots, roll-out and forums the demo already tells. */
export const DEMO_BACKLOG_PROGRAM = DEMO_PILOT_PROGRAM;

const priya = 'priya.shah@northwind.example';
const daniel = 'daniel.kim@northwind.example';
const marco = 'marco.rossi@northwind.example';
const lena = 'lena.fischer@northwind.example';

type Ids = { orgId: string; programId: (name: string) => string; unit: (code: string) => string; user: (email: string) => string; today: string };

// The design the backlog reads: the placement of a request's activity decides the team that owns
// it, the RACI which spoke requests need the hub's approval, the planned heads each team's capacity.
// Written in the program's Design phase (August to October), by its owner.

/** Selective centralization: systems, data and standards in the hub; field execution in the spokes. */
const HUB_PLACEMENTS: DemoPlacement[] = (
  [
    ['CRM administration', 'hub', 'One Salesforce org and one schema: every change goes through the hub.'],
    ['Marketing automation', 'shared', 'The hub runs Marketo and its standards; regions build their own campaigns.'],
    ['CS platform administration', 'hub', 'One CS platform, administered centrally.'],
    ['Integrations', 'hub', 'Every integration touches the shared data model.'],
    ['Permissions and access', 'hub', 'Access follows one role model, granted by the hub.'],
    ['Lead routing', 'shared', 'The hub owns the routing engine and its rules standard; regions tune their own queues.'],
    ['Lead-to-renewal process', 'hub', 'One lead lifecycle for every region.'],
    ['Territory design', 'shared', 'The hub sets the method; regions carve their own accounts.'],
    ['Quota setting', 'hub', 'Quotas are set with Finance, centrally.'],
    ['Forecasting framework', 'hub', 'One forecast: one set of categories and one weekly call.'],
    ['Dashboards', 'hub', 'One reporting truth: standard dashboards built once for every region.'],
    ['Metric definitions', 'hub', 'The definitions every report reads.'],
    ['Data quality', 'hub', 'Data fixes run against one data model, by the hub.'],
    ['Data enrichment', 'hub', 'One enrichment vendor, contracted and run centrally.'],
    ['Predictive models', 'hub', 'Scoring models need one analytics team.'],
    ['Playbooks', 'spoke', 'Each region writes the plays for its market.'],
    ['Training', 'shared', 'The hub writes the curriculum; the partners train their regions.'],
    ['Change management', 'spoke', 'Change lands region by region, led by its partner.'],
  ] as const
).map(([activity, placement, reason], index) => ({ on: new Date(Date.parse('2026-09-02T10:00:00Z') + index * 120_000).toISOString(), activity, placement, reason }));

/** The hub is Accountable for the standards (Lead routing among them), Sales leadership for territories and rules of engagement, Finance for quotas and commissions. */
const HUB_RACI: DemoRaciCells = {
  Forecasting: { H: 'A', P: 'R', S: 'C', F: 'C' },
  'Pipeline visibility': { H: 'A', P: 'R', S: 'I' },
  'Lead lifecycle definition': { H: 'A', M: 'R', S: 'C', P: 'C' },
  'Lead routing': { H: 'A', P: 'R', M: 'C' },
  'Territory assignment': { S: 'A', P: 'R', F: 'C' },
  'Quota allocation': { F: 'A', S: 'R', H: 'C' },
  'CRM schema': { H: 'A', IT: 'R', P: 'C' },
  'Rules of engagement': { S: 'A', P: 'R', H: 'C' },
  'Reporting layer': { H: 'A', IT: 'R', P: 'C' },
  'Tool selection': { H: 'A', IT: 'R', F: 'C' },
  'Data governance': { H: 'A', IT: 'R', P: 'I' },
  'Commission data': { F: 'A', H: 'R', S: 'I' },
};

/** A hub of five under the Head of RevOps, and a partner per unit of the rollout (two in DACH, the pilot); partners report into their regions. */
const HEAD_OF_REVOPS = 'Head of RevOps';
const HUB_ROLES: DemoPlannedRole[] = [
  { unit: null, title: HEAD_OF_REVOPS, count: 1, annualCostPerHead: 230_000, isManager: true },
  { unit: null, title: 'RevOps systems admin', count: 2, annualCostPerHead: 140_000, reportsTo: HEAD_OF_REVOPS },
  { unit: null, title: 'RevOps analyst', count: 2, annualCostPerHead: 130_000, reportsTo: HEAD_OF_REVOPS },
  ...(DEMO_PROGRAMS.find((program) => program.name === DEMO_BACKLOG_PROGRAM)?.units ?? []).map(({ code }) => ({
    unit: code,
    title: 'Regional RevOps partner',
    count: code === 'EMEA-DACH' ? 2 : 1,
    annualCostPerHead: 130_000,
  })),
];

// The backlog. Days are counted back from the day the demo is loaded (`filed: 9` = nine days ago),
// so its service levels read the same whenever it is loaded. The story it tells:
// - one request waits past its triage target (REQ-23, France & Benelux); every other open request is within its service levels;
// - three regions asked for the same coverage dashboard: two duplicates merged into REQ-17, which has three requesters;
// - UK & Ireland (one partner, 12 focus days a month) has 15 person-days committed next quarter's first month;
// - two spoke requests change the hub's Lead routing standard: one approved and committed, one awaiting approval.

/** Reach (people or deals a quarter), impact (3, 2, 1, 0.5, 0.25), confidence (100, 80, 50 %), effort (person-days). */
type Rice = [reach: number, impact: number, confidence: number, effortDays: number];
/** A month of this quarter (0) or of the next two, by its place in the quarter; a month of this quarter already past is this month. */
type Plan = [quarter: 0 | 1 | 2, month: 0 | 1 | 2];

type DemoRequest = {
  filed: number;
  by: string;
  unit: string;
  type: string;
  activity: string;
  problem: string;
  impact: string;
  /** Days from the load day. */
  wished?: number;
  triaged?: { on: number; rice: Rice };
  approved?: { on: number; note: string };
  /** Without a plan, delivered work was planned in the month it was delivered. */
  committed?: { on: number; plan?: Plan };
  started?: number;
  delivered?: number;
  declined?: { on: number; reason: string };
  /** `into`: the problem of the request it duplicates. */
  merged?: { on: number; into: string };
};

const COVERAGE = 'Pipeline coverage dashboard by region and segment, with the 3× coverage target line';

const REQUESTS: DemoRequest[] = [
  {
    filed: 40, by: marco, unit: 'EMEA-DACH', type: 'Report / dashboard', activity: 'Dashboards',
    problem: 'Daily lead response time dashboard for the DACH pilot, by SDR and lead source',
    impact: 'The steering committee reads response time every week from a spreadsheet rebuilt by hand; the pilot’s headline metric needs one number everybody trusts.',
    triaged: { on: 39, rice: [40, 2, 80, 5] }, committed: { on: 38 }, delivered: 24,
  },
  {
    filed: 35, by: lena, unit: 'NA-USW', type: 'System / tool change', activity: 'Permissions and access',
    problem: 'Give US West a full Salesforce sandbox so the new routing rules can be tested before go-live',
    impact: 'US West is blocked: without a sandbox the routing rules cannot be tested, and its start slips week by week.',
    triaged: { on: 33, rice: [25, 3, 100, 3] }, committed: { on: 32, plan: [0, 0] }, started: 30,
  },
  {
    filed: 30, by: lena, unit: 'NA-USE', type: 'Process change', activity: 'Territory design',
    problem: 'Finish the named-account territory map for US East so new logos stop falling through to round robin',
    impact: 'About one new-logo lead in five lands with the wrong AE and is reassigned by hand, adding two days to first contact.',
    triaged: { on: 28, rice: [120, 2, 80, 8] },
  },
  {
    filed: 28, by: lena, unit: 'NA-USE', type: 'System / tool change', activity: 'Integrations',
    problem: 'Attach Gong call recordings to Salesforce opportunities for forecast inspection',
    impact: 'Managers inspect late-stage deals without the call evidence, so the forecast call argues about what the customer said.',
    triaged: { on: 25, rice: [200, 1, 80, 20] }, committed: { on: 21, plan: [2, 0] },
  },
  {
    filed: 27, by: daniel, unit: 'APAC-JP', type: 'Process change', activity: 'Lead-to-renewal process',
    problem: 'Define the handoff from partner-sourced opportunities to a direct AE in Japan',
    impact: 'Partner-sourced deals wait a week on average for a direct owner, and most of Japan’s pipeline comes through partners.',
    triaged: { on: 24, rice: [60, 2, 50, 10] }, committed: { on: 20, plan: [2, 1] },
  },
  {
    filed: 26, by: marco, unit: 'EMEA-UKI', type: 'Process change', activity: 'Lead routing',
    problem: 'Route UK inbound demo requests by postcode region instead of one national queue',
    impact: 'With one queue, London SDRs pick up leads first; Northern England and Ireland wait more than a day for a first call.',
    triaged: { on: 24, rice: [300, 2, 80, 8] },
    approved: { on: 22, note: 'Fits the routing standard: postcode region is an attribute of the global rules, not a new rule set.' },
    committed: { on: 20, plan: [1, 0] },
  },
  {
    filed: 25, by: marco, unit: 'EMEA-NORD', type: 'Enablement / training', activity: 'Training', wished: 5,
    problem: 'Train the Nordics SDRs on the new lead statuses and routing before the wave 1 go-live',
    impact: 'Untrained SDRs would keep working leads in the old statuses and break the routing reports the wave is judged on.',
    triaged: { on: 23, rice: [18, 2, 100, 4] }, committed: { on: 22, plan: [0, 0] }, started: 15,
  },
  {
    filed: 24, by: priya, unit: 'NA-USW', type: 'System / tool change', activity: 'Predictive models',
    problem: 'Retrain the lead scoring model on 2026 conversions: it over-scores student and job-seeker sign-ups',
    impact: 'SDRs spend about a third of their calls on leads that never convert while real buyers wait.',
    triaged: { on: 21, rice: [1500, 1, 50, 20] },
  },
  {
    filed: 22, by: marco, unit: 'EMEA-FRB', type: 'System / tool change', activity: 'CRM administration',
    problem: 'Add Benelux VAT rules and the EUR price book to CPQ so quotes stop being corrected by hand',
    impact: 'Deal desk fixes every Benelux quote before it goes out, adding a day to quote-to-close and causing invoice disputes.',
    triaged: { on: 19, rice: [90, 2, 80, 15] }, committed: { on: 16, plan: [1, 1] },
  },
  {
    filed: 21, by: lena, unit: 'NA-USW', type: 'System / tool change', activity: 'Data enrichment',
    problem: 'Add Clearbit next to ZoomInfo to enrich US West inbound leads',
    impact: 'ZoomInfo misses firmographics for about 30% of start-up sign-ups, so they route as unknown size.',
    declined: { on: 19, reason: 'ZoomInfo stays the one enrichment vendor: a second tool is the redundancy the program removes. The hub will switch on ZoomInfo’s start-up coverage instead.' },
  },
  {
    filed: 20, by: marco, unit: 'EMEA-DACH', type: 'System / tool change', activity: 'Integrations',
    problem: 'Sync opportunity stages to the DACH partner portal so resellers see where their deals stand',
    impact: 'Resellers email the SDRs for deal status several times a week; two partners asked for it at the last business review.',
    triaged: { on: 17, rice: [60, 1, 50, 12] },
  },
  {
    filed: 19, by: marco, unit: 'EMEA-UKI', type: 'Process change', activity: 'Territory design', wished: 20,
    problem: 'Rebalance UK & Ireland territories after two AE departures: 140 accounts have no owner',
    impact: 'Nobody works renewals and expansion on 140 accounts; £1.2M of ARR renews in the next two quarters.',
    triaged: { on: 17, rice: [140, 2, 100, 7] }, committed: { on: 15, plan: [1, 0] },
  },
  {
    filed: 18, by: lena, unit: 'NA-USE', type: 'Data fix', activity: 'Data quality',
    problem: 'Merge the 340 duplicate accounts created by the trade-show list import in US East',
    impact: 'Duplicates split activity history and send two AEs after the same buyer; the duplicate rate in US East doubled to 6%.',
    triaged: { on: 17, rice: [340, 1, 100, 4] }, committed: { on: 17 }, delivered: 11,
  },
  {
    filed: 17, by: marco, unit: 'EMEA-DACH', type: 'Report / dashboard', activity: 'Dashboards',
    problem: 'ARR bridge dashboard for DACH (new, expansion, contraction, churn) for the quarterly business review',
    impact: 'Finance and RevOps show different ARR at every QBR; the board pack needs one bridge built on the hub’s definitions.',
    triaged: { on: 15, rice: [30, 2, 80, 6] }, committed: { on: 14, plan: [0, 0] },
  },
  {
    filed: 16, by: marco, unit: 'EMEA-DACH', type: 'Process change', activity: 'Lead routing',
    problem: 'Route leads from French-speaking Switzerland to the France team instead of the DACH SDRs',
    impact: 'DACH SDRs hand about 80 Romandie leads a quarter to France by hand; each handoff costs a day of response time.',
    triaged: { on: 13, rice: [80, 1, 80, 4] },
  },
  {
    filed: 15, by: lena, unit: 'NA-CA', type: 'Process change', activity: 'Quota setting',
    problem: 'Split quota credit on Canadian deals co-sold with US East account teams',
    impact: 'Co-sold deals credit one side only, so Canadian AEs stop helping on cross-border accounts late in the quarter.',
    triaged: { on: 11, rice: [30, 1, 50, 6] },
  },
  {
    filed: 14, by: marco, unit: 'EMEA-UKI', type: 'Report / dashboard', activity: 'Dashboards',
    problem: COVERAGE,
    impact: 'Each region builds its own coverage view before the forecast call, and the numbers never match the hub’s.',
    triaged: { on: 12, rice: [150, 2, 80, 5] }, committed: { on: 7, plan: [0, 0] },
  },
  {
    filed: 13, by: lena, unit: 'NA-USE', type: 'Enablement / training', activity: 'Training', wished: 30,
    problem: 'Forecast category training for US East AEs before the sales kickoff',
    impact: 'Half of last quarter’s US East commit was best-case deals; the new categories only help if every AE uses them the same way.',
    triaged: { on: 11, rice: [45, 1, 80, 3] }, committed: { on: 10, plan: [1, 0] },
  },
  {
    filed: 12, by: marco, unit: 'EMEA-UKI', type: 'Enablement / training', activity: 'Training',
    problem: 'Refresher for UK SDRs on the new lead statuses: a third still use “Working” instead of “Contacted”',
    impact: 'Leads in the wrong status drop out of the response-time report, so the UK pilot looks better than it is.',
    triaged: { on: 10, rice: [25, 0.5, 100, 2] },
  },
  {
    filed: 11, by: lena, unit: 'NA-USE', type: 'Report / dashboard', activity: 'Dashboards',
    problem: 'Coverage report per region so the NA forecast call sees pipeline against the 3× target',
    impact: 'We rebuild coverage in a spreadsheet every Monday before the forecast call.',
    merged: { on: 10, into: COVERAGE },
  },
  {
    filed: 10, by: marco, unit: 'EMEA-NORD', type: 'Report / dashboard', activity: 'Forecasting framework',
    problem: 'Forecast accuracy report by rep for the Nordics: week-1 commit against booked',
    impact: 'The Nordics forecast missed by 14% last quarter, and managers cannot see which reps call it wrong.',
    triaged: { on: 8, rice: [40, 1, 80, 5] },
  },
  {
    filed: 9, by: daniel, unit: 'APAC-ANZ', type: 'Report / dashboard', activity: 'Dashboards',
    problem: 'Pipeline coverage by segment for Australia & New Zealand ahead of its wave 2 go-live',
    impact: 'ANZ leadership wants to read coverage against target the way EMEA does before it switches over.',
    merged: { on: 8, into: COVERAGE },
  },
  {
    filed: 9, by: marco, unit: 'EMEA-FRB', type: 'Process change', activity: 'Lead-to-renewal process',
    problem: 'Decide when a France & Benelux MQL goes back to nurture instead of staying open with an SDR',
    impact: 'About 600 MQLs are older than 30 days and still open; they inflate the funnel and hide real SDR capacity.',
  },
  {
    filed: 7, by: daniel, unit: 'APAC-ANZ', type: 'Data fix', activity: 'Data quality',
    problem: 'Backfill industry on 2,000 ANZ accounts so segment reports stop showing “Unknown”',
    impact: 'A quarter of ANZ pipeline shows industry “Unknown”, so the wave 2 segment targets cannot be set.',
    triaged: { on: 6, rice: [150, 1, 80, 3] },
  },
  {
    filed: 6, by: lena, unit: 'NA-USE', type: 'Campaign operations', activity: 'Marketing automation',
    problem: 'Set up a re-engagement nurture for US East opportunities stalled for 60 days or more',
    impact: 'About 250 open opportunities have had no activity for two months; marketing has the content but no program in Marketo.',
    triaged: { on: 5, rice: [250, 0.5, 80, 3] },
  },
  {
    filed: 4, by: daniel, unit: 'APAC-JP', type: 'Enablement / training', activity: 'Playbooks',
    problem: 'Japanese version of the discovery-call playbook for the Tokyo team',
    impact: 'The Tokyo AEs run discovery from an outdated English deck; the pilot’s playbook has not reached them.',
  },
  {
    filed: 3, by: lena, unit: 'NA-CA', type: 'Report / dashboard', activity: 'Dashboards',
    problem: 'Renewal pipeline report for Canada with amounts in CAD at the plan rate',
    impact: 'Canadian renewals show in USD at the daily rate, so the renewal forecast moves with the exchange rate, not with the customers.',
  },
  {
    filed: 3, by: marco, unit: 'EMEA-UKI', type: 'System / tool change', activity: 'CRM administration',
    problem: 'Make the new mandatory opportunity fields work on the Salesforce mobile app',
    impact: 'Field reps update deals on their phones, where the new mandatory fields do not show; they skip the update and stage data goes stale.',
  },
  {
    filed: 2, by: marco, unit: 'EMEA-DACH', type: 'Campaign operations', activity: 'Marketing automation', wished: 18,
    problem: 'Set up the DACH webinar series in Marketo with the new lead-source values',
    impact: 'The series starts in three weeks; without the new lead-source values its leads would be attributed to “Other”.',
  },
  {
    filed: 1, by: marco, unit: 'EMEA-UKI', type: 'Data fix', activity: 'Data quality',
    problem: 'Fix 1,200 UK contacts with no country so they stop landing in the unassigned queue',
    impact: 'Leads without a country skip routing entirely; SDRs find them days later in the unassigned queue.',
  },
];

const placementOf = new Map(HUB_PLACEMENTS.map((placement) => [placement.activity, placement.placement]));

/** Who works a request's queue: the hub's lead for the hub; for a spoke, its region's partner (APAC has none yet, so the hub's lead covers it). */
function teamLead(request: DemoRequest): string {
  if (owningTeam(placementOf.get(request.activity) ?? null, request.unit).kind === 'hub') return daniel;
  return request.unit.startsWith('EMEA') ? marco : request.unit.startsWith('NA') ? lena : daniel;
}

function plannedMonth(today: string, [quarter, month]: Plan): string {
  const offset = Math.max(0, quarter * 3 + month - ((Number(today.slice(5, 7)) - 1) % 3));
  return monthsFrom(today, offset + 1).at(-1) ?? monthOf(today);
}

/** Every program gets the default request types when it is created, as the app gives them; the seed writes programs directly. */
function storyOfRequestTypes(story: Story, em: EntityManager, ids: Ids): void {
  for (const demo of DEMO_PROGRAMS) {
    const created = demo.steps[0];
    if (!created) continue;
    story.on(new Date(new Date(created.on).getTime() + 1000), () => ids.user(demo.owner), async (at) => {
      const programId = ids.programId(demo.name);
      await em.insert(RequestTypeEntity, DEFAULT_REQUEST_TYPES.map((type, position) => ({ ...type, orgId: ids.orgId, programId, position, createdAt: at, updatedAt: at })));
    });
  }
}

/**
 * The hub-and-spoke program's engagement model: the design it reads, then thirty requests, each
 * written as the app writes it (filed, triaged and scored, approved, committed, started,
 * delivered, declined or merged), by the person who would, on its day.
 */
export function storyOfDemoBacklog(story: Story, em: EntityManager, ids: Ids): void {
  const { orgId, unit, user, today } = ids;
  const programId = () => ids.programId(DEMO_BACKLOG_PROGRAM);
  const hub = { orgId, programId, unit, user };
  storyOfRequestTypes(story, em, ids);
  storyOfPlacements(story, em, hub, priya, HUB_PLACEMENTS);
  storyOfRaciWorkshop(story, em, hub, { on: '2026-09-09T14:00:00Z', by: priya, cells: HUB_RACI });
  storyOfHeadcountPlan(story, em, hub, { on: '2026-10-07T15:00:00Z', by: priya, roles: HUB_ROLES });

  const day = (daysAgo: number, time: string) => `${shiftDays(today, -daysAgo)}T${time}:00Z`;
  story.on(day(45, '09:00'), () => user(priya), async (at) => {
    await em.insert(BacklogSettingsEntity, { orgId, programId: programId(), framework: 'rice', focusDaysPerPersonMonth: 12, createdAt: at, updatedAt: at });
  });

  // Numbered in the order they were filed, as the app numbers them.
  const requests = [...REQUESTS].sort((a, b) => b.filed - a.filed);
  const requestIds = requests.map(() => randomUUID());
  for (const [index, request] of requests.entries()) {
    const id = requestIds[index] ?? '';
    const number = index + 1;
    const lead = teamLead(request);
    const update = (daysAgo: number, time: string, by: string, changes: (at: Date) => Partial<RevopsRequestEntity>) =>
      story.on(day(daysAgo, time), () => user(by), async (at) => {
        await em.update(RevopsRequestEntity, { id }, { ...changes(at), updatedAt: at });
      });

    // Filed through the working day in number order, so requests of one day keep their order; every later step comes after.
    story.on(new Date(Date.parse(day(request.filed, '09:00')) + number * 600_000), () => user(request.by), async (at) => {
      const [type, activity] = await Promise.all([
        em.findOneByOrFail(RequestTypeEntity, { programId: programId(), name: request.type }),
        em.findOneByOrFail(ActivityEntity, { programId: programId(), name: request.activity }),
      ]);
      await em.insert(RevopsRequestEntity, {
        id,
        orgId,
        programId: programId(),
        number,
        typeId: type.id,
        unitId: unit(request.unit),
        activityId: activity.id,
        problem: request.problem,
        impact: request.impact,
        wishedOn: request.wished === undefined ? null : shiftDays(today, request.wished),
        filedById: user(request.by),
        createdAt: at,
        updatedAt: at,
      });
      await em.insert(RequestRequesterEntity, { requestId: id, userId: user(request.by), unitId: unit(request.unit), orgId, addedAt: at });
    });
    if (request.triaged) {
      const [reach, impactScore, confidence, effortDays] = request.triaged.rice;
      update(request.triaged.on, '15:00', lead, (at) => ({ status: 'triaged', triagedAt: at, reach, impactScore, confidence, effortDays }));
    }
    if (request.approved) {
      const { note } = request.approved;
      update(request.approved.on, '15:30', priya, () => ({ approval: 'approved', approvedById: user(priya), approvalNote: note }));
    }
    if (request.committed) {
      const { plan } = request.committed;
      const month = plan ? plannedMonth(today, plan) : monthOf(shiftDays(today, -(request.delivered ?? 0)));
      update(request.committed.on, '16:00', lead, () => ({ status: 'committed', plannedMonth: month }));
    }
    if (request.started !== undefined) update(request.started, '16:30', lead, () => ({ status: 'in_progress' }));
    if (request.delivered !== undefined) update(request.delivered, '17:00', lead, (at) => ({ status: 'delivered', deliveredAt: at }));
    if (request.declined) {
      const { reason } = request.declined;
      update(request.declined.on, '15:00', lead, (at) => ({ status: 'declined', declineReason: reason, triagedAt: at }));
    }
    if (request.merged) {
      // The duplicate's requester follows the request it duplicates, as a merge in the app does.
      const intoId = requestIds[requests.findIndex((candidate) => candidate.problem === request.merged?.into)] ?? '';
      story.on(day(request.merged.on, '15:00'), () => user(lead), async (at) => {
        // Merging a duplicate is its triage, as in the app.
        await em.update(RevopsRequestEntity, { id }, { status: 'merged', mergedIntoId: intoId, triagedAt: at, updatedAt: at });
        await em.insert(RequestRequesterEntity, { requestId: intoId, userId: user(request.by), unitId: unit(request.unit), orgId, addedAt: at });
      });
    }
  }
}
