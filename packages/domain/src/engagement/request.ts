import { z } from 'zod';
import { canonicalId, expectedVersion, id, localDate, nameText, text } from '../common/fields.js';
import type { Placement } from '../design/placement.js';

// The engagement model: one RevOps backlog per program. People in the field file requests; the
// design's placement of the activity a request touches decides which team owns it (the hub, or
// the spoke of the request's unit); that team triages, scores and commits it.

/** Where a request stands. `merged` requests live on as requesters of the request they were merged into. */
export const REQUEST_STATUSES = ['new', 'triaged', 'committed', 'in_progress', 'delivered', 'declined', 'merged'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  new: 'Awaiting triage',
  triaged: 'In the backlog',
  committed: 'Committed',
  in_progress: 'In progress',
  delivered: 'Delivered',
  declined: 'Declined',
  merged: 'Merged',
};

/** Requests still asking for work: ranked (once scored), counted against service levels. */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['new', 'triaged', 'committed', 'in_progress'];
export const isOpenRequest = (status: RequestStatus) => OPEN_REQUEST_STATUSES.includes(status);

/** The request types a new program starts with, and their service levels (days from filing). Programs edit them. */
export const DEFAULT_REQUEST_TYPES: readonly { name: string; triageDays: number; deliverDays: number }[] = [
  { name: 'Report / dashboard', triageDays: 3, deliverDays: 20 },
  { name: 'Process change', triageDays: 5, deliverDays: 45 },
  { name: 'System / tool change', triageDays: 5, deliverDays: 60 },
  { name: 'Data fix', triageDays: 2, deliverDays: 10 },
  { name: 'Enablement / training', triageDays: 5, deliverDays: 30 },
  { name: 'Campaign operations', triageDays: 2, deliverDays: 10 },
];

/** The team that owns a request: the hub, or one unit's spoke. */
export type OwningTeam = { kind: 'hub' } | { kind: 'spoke'; unitId: string };

/**
 * Who owns a request, from the design's placement of the activity it touches: a spoke activity
 * goes to the spoke of the request's unit; so does a shared one (the hub sets the standard, the
 * spokes execute). A hub activity, an activity not placed yet, or no activity at all goes to the
 * hub, which triages what nobody else owns.
 */
export function owningTeam(placement: Placement | null, unitId: string): OwningTeam {
  return placement === 'spoke' || placement === 'shared' ? { kind: 'spoke', unitId } : { kind: 'hub' };
}

/** A stable key for a team, for maps and filters: `hub` or the unit's id. */
export const teamKey = (team: OwningTeam) => (team.kind === 'hub' ? 'hub' : team.unitId);

/** The RACI domain that sets the standard a request touches, when its Accountable sits with the hub. */
export interface StandardOwner {
  domainName: string;
  accountableRole: string;
}

/**
 * A request that a spoke would execute but that changes a standard the hub is accountable for
 * needs the hub's approval before it is committed. A hub request needs none: its owner is the approver.
 */
export function needsStandardApproval(team: OwningTeam, standard: StandardOwner | null): boolean {
  return team.kind === 'spoke' && standard !== null;
}

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
export const APPROVAL_STATUS_LABELS: Record<ApprovalStatus, string> = { pending: 'Awaiting the hub’s approval', approved: 'Approved by the hub', rejected: 'Rejected by the hub' };

/**
 * The moves a team makes on a request it owns. Scoring a new request triages it; committing needs
 * a score, a month and (when needed) the hub's approval; a delivered or declined request can be reopened.
 */
const NEXT_STATUSES: Record<RequestStatus, readonly RequestStatus[]> = {
  new: ['declined'],
  triaged: ['committed', 'declined'],
  committed: ['in_progress', 'delivered', 'triaged', 'declined'],
  in_progress: ['delivered', 'committed', 'declined'],
  delivered: ['in_progress'],
  declined: ['triaged'],
  merged: [],
};

export function canMoveRequest(from: RequestStatus, to: RequestStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

export const requestTypeSchema = z.object({
  name: nameText('The type', 2, 60),
  triageDays: z.number().int('Whole days.').min(1, 'At least a day.').max(90, 'At most 90 days.'),
  deliverDays: z.number().int('Whole days.').min(1, 'At least a day.').max(365, 'At most a year.'),
});

export const MAX_REQUEST_TYPES = 20;

export const saveRequestTypesSchema = z.object({
  programId: id,
  types: z
    .array(requestTypeSchema.extend({ id: canonicalId('Not a valid type.').nullable().default(null) }))
    .min(1, 'Keep at least one type.')
    .max(MAX_REQUEST_TYPES, `At most ${MAX_REQUEST_TYPES} types.`)
    .refine((types) => new Set(types.map((type) => type.name.toLowerCase())).size === types.length, 'Each type name once.'),
});

export const fileRequestSchema = z.object({
  programId: id,
  typeId: canonicalId('Pick a type.'),
  unitId: canonicalId('Pick the unit it is for.'),
  activityId: canonicalId('Pick the activity it touches.').nullable().default(null),
  problem: text('The problem', 10, 200),
  impact: text('The business impact', 0, 2000).default(''),
  wishedOn: localDate.nullable().default(null),
});

export const updateRequestSchema = z.object({
  id,
  expectedVersion,
  typeId: canonicalId('Pick a type.').optional(),
  activityId: canonicalId('Pick the activity it touches.').nullable().optional(),
  problem: text('The problem', 10, 200).optional(),
  impact: text('The business impact', 0, 2000).optional(),
  wishedOn: localDate.nullable().optional(),
});

/** The first day of a month, `YYYY-MM-01`: the month a committed request is planned in. */
export const planMonth = localDate.refine((value) => value.endsWith('-01'), 'Pick a month (its first day).');

export const moveRequestSchema = z
  .object({
    id,
    expectedVersion,
    status: z.enum(REQUEST_STATUSES, 'Pick a status.'),
    plannedMonth: planMonth.nullable().default(null),
    reason: text('The reason', 0, 500).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'committed' && value.plannedMonth === null) ctx.addIssue({ code: 'custom', path: ['plannedMonth'], message: 'Pick the month it is planned for.', input: value.plannedMonth });
    if (value.status === 'declined' && value.reason.length < 3) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why it is declined.', input: value.reason });
  });

export const mergeRequestSchema = z.object({
  id,
  expectedVersion,
  intoId: canonicalId('Pick the request it duplicates.'),
});

export const decideApprovalSchema = z.object({
  id,
  expectedVersion,
  approved: z.boolean(),
  note: text('The note', 0, 500).default(''),
});

/** Who asked for a request, and for which unit. A merged request brings its requesters along. */
export interface Requester {
  userId: string;
  unitId: string;
}

/**
 * The requesters of `into` after `duplicate` is merged into it: each person once (their first
 * unit kept), `into`'s own first. The same report asked by three regions becomes one request with
 * three requesters.
 */
export function mergeRequesters(into: readonly Requester[], duplicate: readonly Requester[]): Requester[] {
  const seen = new Set<string>();
  return [...into, ...duplicate].filter((requester) => (seen.has(requester.userId) ? false : (seen.add(requester.userId), true)));
}

/** A request's number as people say it: "REQ-12". */
export const requestNumber = (number: number) => `REQ-${number}`;

/** Why a team owns a request, in a sentence, from the placement of the activity it touches. */
export function ownershipSentence(placement: Placement | null, activityName: string | null, unitName: string): string {
  if (activityName === null) return 'It names no activity, so the hub triages it.';
  if (placement === null) return `${activityName} is not placed in the target model yet, so the hub triages it.`;
  if (placement === 'hub') return `The target model places ${activityName} in the hub, so the hub owns it.`;
  if (placement === 'spoke') return `The target model places ${activityName} in the spokes, so ${unitName}’s spoke owns it.`;
  return `${activityName} is shared (the hub sets the standard, the spokes execute), so ${unitName}’s spoke owns it.`;
}
