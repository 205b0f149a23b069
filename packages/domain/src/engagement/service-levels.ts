import { formatCalendarDate } from '../common/calendar-date.js';
import { daysBetween, shiftDays } from '../pilots/pilot-dates.js';
import type { RequestStatus } from './request.js';

// Service levels: per request type, a target number of days from filing to triage and from filing
// to delivery. The backlog shows the breaches and how old each open request is.

export const SLA_STATES = ['on_track', 'due_soon', 'breached', 'met', 'missed'] as const;
export type SlaState = (typeof SLA_STATES)[number];
export const SLA_STATE_LABELS: Record<SlaState, string> = { on_track: 'On track', due_soon: 'Due soon', breached: 'Breached', met: 'Met', missed: 'Met late' };

/** How many days before its target a step is "due soon". */
export const SLA_DUE_SOON_DAYS = 2;

export interface SlaStep {
  state: SlaState;
  dueOn: string;
  /** Days past the target (breached or met late); 0 otherwise. */
  daysLate: number;
}

export interface RequestSla {
  triage: SlaStep;
  delivery: SlaStep | null;
  /** Days since it was filed (for open requests; 0 on the day it is filed). */
  ageDays: number;
  /** The breach to read first (triage before delivery), in a sentence; null when none. */
  breach: string | null;
}

export interface SlaInput {
  status: RequestStatus;
  typeName: string;
  triageDays: number;
  deliverDays: number;
  /** Calendar days in the program's time, `YYYY-MM-DD`. */
  filedOn: string;
  triagedOn: string | null;
  deliveredOn: string | null;
}

function step(dueOn: string, doneOn: string | null, today: string): SlaStep {
  if (doneOn !== null) return doneOn <= dueOn ? { state: 'met', dueOn, daysLate: 0 } : { state: 'missed', dueOn, daysLate: daysBetween(dueOn, doneOn) };
  if (today > dueOn) return { state: 'breached', dueOn, daysLate: daysBetween(dueOn, today) };
  return { state: daysBetween(today, dueOn) <= SLA_DUE_SOON_DAYS ? 'due_soon' : 'on_track', dueOn, daysLate: 0 };
}

/**
 * A request against its type's service levels on `today`. Triage is done when the owning team
 * scored, declined or merged it (the app records when); delivery counts only for requests that
 * were not declined or merged.
 */
export function requestSla(input: SlaInput, today: string): RequestSla {
  const closed = input.status === 'declined' || input.status === 'merged';
  const triage = step(shiftDays(input.filedOn, input.triageDays), input.triagedOn ?? (closed ? today : null), today);
  const delivery = closed ? null : step(shiftDays(input.filedOn, input.deliverDays), input.deliveredOn, today);
  const open = !closed && input.status !== 'delivered';
  const late = (days: number) => `${days} day${days === 1 ? '' : 's'}`;
  let breach: string | null = null;
  if (triage.state === 'breached') breach = `Waiting ${late(triage.daysLate)} past its triage target (${input.typeName}: ${input.triageDays} days, due ${formatCalendarDate(triage.dueOn)})`;
  else if (delivery?.state === 'breached') breach = `${late(delivery.daysLate)} past its delivery target (${input.typeName}: ${input.deliverDays} days, due ${formatCalendarDate(delivery.dueOn)})`;
  return { triage, delivery, ageDays: open ? Math.max(0, daysBetween(input.filedOn, today)) : 0, breach };
}
