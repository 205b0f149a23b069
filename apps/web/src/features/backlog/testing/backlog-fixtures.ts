import { anId } from '../../../test/fixtures';
import { RecordHistoryQuery, RECORD_HISTORY_LIMIT } from '../../history/hooks/useRecordHistory';
import { BacklogPlanQueryDocument, BacklogQueryDocument, RequestDetailQueryDocument } from '../hooks/useBacklog';

export const PROGRAM_ID = anId();
export const EMEA = { __typename: 'BacklogTeam' as const, key: anId(), name: 'EMEA', openCount: 2, awaitingTriage: 1, breached: 1 };
const HUB = { __typename: 'BacklogTeam' as const, key: 'hub', name: 'Hub', openCount: 1, awaitingTriage: 0, breached: 0 };

const sla = (breach: string | null) => ({
  __typename: 'RequestSla' as const,
  ageDays: breach ? 10 : 2,
  breach,
  triage: { __typename: 'SlaStep' as const, state: breach ? ('breached' as const) : ('met' as const), dueOn: '2026-12-01' },
  delivery: { __typename: 'SlaStep' as const, state: 'on_track' as const, dueOn: '2027-01-20' },
});

/** A request as the RequestRow fragment reads it. */
export function aRequestRow(overrides: { label: string; problem: string; teamName: string; teamKey: string; rank: number | null; score: number | null; status: string; breach?: string | null; approval?: string | null }) {
  return {
    __typename: 'RevopsRequest' as const,
    id: anId(),
    version: 2,
    typeName: 'Report / dashboard',
    unitName: 'EMEA',
    requesterCount: 1,
    plannedMonth: null,
    wishedOn: null,
    ...overrides,
    score: { __typename: 'RequestScore' as const, value: overrides.score },
    sla: sla(overrides.breach ?? null),
    approval: overrides.approval ? { __typename: 'RequestApprovalStep' as const, status: overrides.approval } : null,
  };
}

export const BREACHED = aRequestRow({ label: 'REQ-3', problem: 'Territory coverage report for the spring plan', teamName: 'EMEA', teamKey: EMEA.key, rank: null, score: null, status: 'new', breach: 'Waiting 7 days past its triage target (Report / dashboard: 3 days, due Dec 1, 2026)' });
export const TOP = aRequestRow({ label: 'REQ-1', problem: 'Pipeline by segment for the QBR', teamName: 'Hub', teamKey: 'hub', rank: 1, score: 128, status: 'triaged' });
export const ROUTING = aRequestRow({ label: 'REQ-2', problem: 'Route inbound leads by language', teamName: 'EMEA', teamKey: EMEA.key, rank: 1, score: 25, status: 'triaged', approval: 'pending' });

/** The Backlog query's answer for a viewer: `manage` for a lead, the partner's units to file for. */
export function backlogRead(options: { manage: boolean; fileable: string[]; breachedOnly?: boolean; sort?: string; rows: ReturnType<typeof aRequestRow>[] }) {
  return {
    request: { query: BacklogQueryDocument, variables: { id: PROGRAM_ID, teamKey: null, state: 'open', search: null, breachedOnly: options.breachedOnly ?? false, mine: false, sort: options.sort ?? 'rank', after: null } },
    result: {
      data: {
        program: {
          __typename: 'Program' as const,
          id: PROGRAM_ID,
          name: 'Global hub-and-spoke RevOps',
          archived: false,
          backlog: {
            __typename: 'Backlog' as const,
            programId: PROGRAM_ID,
            settingsVersion: 1,
            framework: 'rice' as const,
            formula: 'Reach × Impact × Confidence ÷ Effort',
            frameworkDescription: 'Reach: people or deals it touches per quarter.',
            focusDaysPerPersonMonth: 12,
            inboundConfigured: false,
            inboundUrl: `http://localhost/api/programs/${PROGRAM_ID}/requests/inbound`,
            breachedCount: 1,
            awaitingTriageCount: 1,
            viewerCanManage: options.manage,
            viewerFileableUnitIds: options.fileable,
            types: [{ __typename: 'RequestType' as const, id: anId(), name: 'Report / dashboard', triageDays: 3, deliverDays: 20 }],
            teams: [HUB, EMEA],
            requests: { __typename: 'RevopsRequestConnection' as const, totalCount: options.rows.length, pageInfo: { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false }, nodes: options.rows },
          },
        },
      },
    },
  };
}

export const planRead = {
  request: { query: BacklogPlanQueryDocument, variables: { id: PROGRAM_ID } },
  result: {
    data: {
      program: {
        __typename: 'Program' as const,
        id: PROGRAM_ID,
        backlog: {
          __typename: 'Backlog' as const,
          programId: PROGRAM_ID,
          capacity: [
            {
              __typename: 'TeamCapacity' as const,
              teamKey: EMEA.key,
              teamName: 'EMEA',
              heads: 1,
              sentence: 'EMEA is over-committed in Jan 2027: 30 person-days of committed work against 12 available (1 person × 12 days), 250% of capacity; move work to a later month, decline some, or add people.',
              guidance: ['EMEA: 1 RevOps person for 48 sellers (1 : 48), above the 1 : 10–15 guidance; consider 3 more.'],
              months: [{ __typename: 'TeamMonthLoad' as const, month: '2027-01-01', capacityDays: 12, committedDays: 30, loadPercent: 250, overCommitted: true }],
            },
          ],
          roadmap: [],
        },
      },
    },
  },
};

/** The RequestDetail answer for a request the viewer triages. */
export function detailRead(row: ReturnType<typeof aRequestRow>, viewerCanTriage: boolean) {
  return {
    request: { query: RequestDetailQueryDocument, variables: { id: row.id } },
    result: {
      data: {
        revopsRequest: {
          ...row,
          programId: PROGRAM_ID,
          impact: 'The QBR deck is built by hand.',
          typeId: anId(),
          unitId: EMEA.key,
          activityName: 'Data & insights › Dashboards',
          ownership: 'The target model places Dashboards in the hub, so the hub owns it.',
          filedByName: 'Ana Lopez',
          filedAt: '2026-12-01T09:00:00.000Z',
          rankReason: row.rank === null ? null : 'Ranks 1 of 1 in the hub’s queue.',
          declineReason: '',
          mergedIntoId: null,
          mergedIntoLabel: null,
          viewerCanTriage,
          viewerCanApprove: false,
          score: { __typename: 'RequestScore' as const, value: row.score.value, formula: null, effortDays: null, reach: null, impact: null, confidence: null, businessValue: null, timeCriticality: null, riskReduction: null },
          approval: null,
          requesters: [{ __typename: 'Requester' as const, userId: anId(), name: 'Ana Lopez', unitName: 'EMEA' }],
        },
      },
    },
  };
}

/** A request's history, empty; and the open requests it could be merged into (the drawer reads both). */
export const drawerReads = (row: ReturnType<typeof aRequestRow>, others: ReturnType<typeof aRequestRow>[]) => [
  { request: { query: RecordHistoryQuery, variables: { recordType: 'request' as const, recordId: row.id, first: RECORD_HISTORY_LIMIT } }, result: { data: { recordHistory: [] } } },
  backlogRead({ manage: true, fileable: [], sort: 'newest', rows: [row, ...others] }),
];
