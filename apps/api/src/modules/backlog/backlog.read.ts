import { HUB_TEAM_NAME, invalidField, isOpenRequest, monthsFrom, owningTeam, quarterStart, requestNumber, roadmapLanes, teamCapacity, type RoadmapItem, type RoadmapLane } from '@rollout/domain';
import type { DeliveringRow } from './backlog.repository.js';
import type { HeadcountModel } from '../headcount/headcount.model.js';
import { toRequestModel } from './backlog.mapper.js';
import type { RevopsRequestConnectionModel } from './backlog.model.js';
import type { ProgramDeliveryModel, RoadmapLaneModel, TeamCapacityModel } from './backlog-plan.model.js';
import type { BacklogView, RequestView } from './backlog.view.js';

// Reading a derived backlog: a filtered, sorted page of it, its capacity and its roadmap.

export type RequestListState = 'open' | 'closed' | 'all';
export type RequestSort = 'rank' | 'newest' | 'oldest' | 'wished';

export interface RequestListArgs {
  teamKey?: string | null;
  state: RequestListState;
  search?: string | null;
  breachedOnly: boolean;
  /** Only the requests this person asked for (filed, or followed since a merge). */
  requesterId?: string | null;
  sort: RequestSort;
  first: number;
  after?: string | null;
}

export const MAX_REQUESTS_PAGE = 100;

const byRank = (a: RequestView, b: RequestView) =>
  Number(b.teamKey === 'hub') - Number(a.teamKey === 'hub') ||
  a.teamName.localeCompare(b.teamName) ||
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
  a.row.created_at.getTime() - b.row.created_at.getTime() ||
  a.row.number - b.row.number;

const SORTS: Record<RequestSort, (a: RequestView, b: RequestView) => number> = {
  rank: byRank,
  newest: (a, b) => b.row.number - a.row.number,
  oldest: (a, b) => a.row.number - b.row.number,
  wished: (a, b) => (a.row.wished_on ?? '9999').localeCompare(b.row.wished_on ?? '9999') || a.row.number - b.row.number,
};

/** A page of the backlog; the cursor is the last request's id. */
export function requestPage(view: BacklogView, args: RequestListArgs): RevopsRequestConnectionModel {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_REQUESTS_PAGE) throw invalidField('first', `Ask for 1 to ${MAX_REQUESTS_PAGE} requests.`);
  const needle = args.search?.trim().toLowerCase() ?? '';
  const matching = view.requests
    .filter((request) => !args.teamKey || request.teamKey === args.teamKey)
    .filter((request) => args.state === 'all' || (args.state === 'open') === isOpenRequest(request.row.status))
    .filter((request) => !args.breachedOnly || request.sla.breach !== null)
    .filter((request) => !args.requesterId || request.row.requester_ids.includes(args.requesterId))
    .filter((request) => !needle || `req-${request.row.number} ${request.row.problem} ${request.row.unit_name} ${request.row.type_name} ${request.row.activity_name ?? ''}`.toLowerCase().includes(needle))
    .sort(SORTS[args.sort]);
  const start = args.after ? matching.findIndex((request) => request.row.id === args.after) + 1 : 0;
  if (args.after && start === 0) throw invalidField('after', 'This page no longer exists; start from the first page.');
  const page = matching.slice(start, start + args.first);
  return {
    nodes: page.map(toRequestModel),
    pageInfo: { hasNextPage: start + args.first < matching.length, endCursor: page.at(-1)?.row.id ?? null },
    totalCount: matching.length,
  };
}

export const MAX_CAPACITY_MONTHS = 12;

/** Each team with planned people or committed work, month by month from `from`, with its staffing guidance beside it. */
export function capacityOf(view: BacklogView, headcount: HeadcountModel, from: string, months: number): TeamCapacityModel[] {
  if (!Number.isInteger(months) || months < 1 || months > MAX_CAPACITY_MONTHS) throw invalidField('months', `Ask for 1 to ${MAX_CAPACITY_MONTHS} months.`);
  const range = monthsFrom(from, months);
  const committed = view.requests.filter((request) => (request.row.status === 'committed' || request.row.status === 'in_progress') && request.row.planned_month !== null);
  return view.teams
    .filter((team) => (view.records.heads.get(team.key) ?? 0) > 0 || committed.some((request) => request.teamKey === team.key))
    .map((team) => {
      const capacity = teamCapacity(
        {
          teamKey: team.key,
          teamName: team.name,
          heads: view.records.heads.get(team.key) ?? 0,
          work: committed.filter((request) => request.teamKey === team.key).map((request) => ({ plannedMonth: request.row.planned_month ?? '', effortDays: request.parts.effortDays ?? 0 })),
        },
        view.records.settings.focusDaysPerPersonMonth,
        range,
      );
      const staffing = headcount.teams.find((candidate) => (candidate.unitId ?? 'hub') === team.key);
      // Beside capacity, only guidance that asks for a change (more or fewer people), not figures the assessment lacks.
      return { ...capacity, guidance: (staffing?.checks ?? []).filter((check) => check.verdict === 'above' || check.verdict === 'below').map((check) => check.sentence) };
    });
}

/** Committed, in-progress and delivered work with a month, by team and quarter. */
export function roadmapOf(view: BacklogView): RoadmapLaneModel[] {
  const items: RoadmapItem[] = view.requests.flatMap((request) => {
    const { row } = request;
    if (row.planned_month === null || (row.status !== 'committed' && row.status !== 'in_progress' && row.status !== 'delivered')) return [];
    return [
      {
        requestId: row.id,
        number: row.number,
        problem: row.problem,
        typeName: row.type_name,
        unitName: row.unit_name,
        teamKey: request.teamKey,
        teamName: request.teamName,
        plannedMonth: row.planned_month,
        status: row.status,
        effortDays: request.parts.effortDays,
        requesterCount: row.requester_count,
      },
    ];
  });
  return labelled(roadmapLanes(items));
}

const labelled = (lanes: RoadmapLane[]): RoadmapLaneModel[] =>
  lanes.map((lane) => ({ ...lane, quarters: lane.quarters.map((quarter) => ({ ...quarter, items: quarter.items.map((item) => ({ ...item, label: requestNumber(item.number) })) })) }));

/** How many months "this quarter and next" spans from the quarter's first day. */
export const DELIVERY_MONTHS = 6;

/** The window what the RevOps function is delivering is read over: this quarter and the next. */
export function deliveryWindow(today: string): { from: string; to: string } {
  const from = quarterStart(today);
  return { from, to: monthsFrom(from, DELIVERY_MONTHS + 1)[DELIVERY_MONTHS] ?? from };
}

/** Items a program's delivery lists (the card shows fewer; the counts cover them all). */
export const DELIVERY_ITEMS_PER_PROGRAM = 6;

/** Each program's delivery: its counts by status and its first items, their teams derived from their placement as on its backlog. */
export function deliveryOf({ items: rows, counts }: { items: readonly DeliveringRow[]; counts: readonly { program_id: string; program_name: string; status: DeliveringRow['status']; count: number }[] }): ProgramDeliveryModel[] {
  const programs = [...new Map(counts.map((row) => [row.program_id, row.program_name])).entries()];
  const count = (programId: string, status: DeliveringRow['status']) => counts.find((row) => row.program_id === programId && row.status === status)?.count ?? 0;
  return programs.map(([programId, programName]) => ({
    programId,
    programName,
    committed: count(programId, 'committed'),
    inProgress: count(programId, 'in_progress'),
    delivered: count(programId, 'delivered'),
    items: rows
      .filter((row) => row.program_id === programId)
      .map((row) => {
        const team = owningTeam(row.placement, row.unit_id);
        return {
          requestId: row.id,
          number: row.number,
          label: requestNumber(row.number),
          problem: row.problem,
          typeName: row.type_name,
          unitName: row.unit_name,
          teamName: team.kind === 'hub' ? HUB_TEAM_NAME : row.unit_name,
          plannedMonth: row.planned_month,
          status: row.status,
          effortDays: row.effort_days === null ? null : Number(row.effort_days),
          requesterCount: row.requester_count,
        };
      }),
  }));
}
