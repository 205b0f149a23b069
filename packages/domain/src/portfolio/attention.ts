import { compareNames } from '../common/words.js';
import { formatCalendarDate } from '../common/calendar-date.js';
import { GATE_DUE_WITHIN_DAYS } from '../governance/agenda.js';
import { daysBetween } from '../pilots/pilot-dates.js';
import type { Reminder } from '../governance/reminders.js';

// What needs an executive's attention across the portfolio, each item a sentence linked to the
// record behind it: gates overdue or coming, pilots waiting long for their decision, roll-out waves
// paused by a breached guardrail, units reporting green while off track, blocked units with why, overdue action items, backlog requests past their
// service level.

export const ATTENTION_KINDS = ['gate_overdue', 'decision_waiting', 'wave_paused', 'green_off_track', 'unit_blocked', 'action_overdue', 'request_breached', 'gate_due'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];
export const ATTENTION_KIND_LABELS: Record<AttentionKind, string> = {
  gate_overdue: 'Gate review overdue',
  decision_waiting: 'Decision waiting',
  wave_paused: 'Wave paused',
  green_off_track: 'Green but off track',
  unit_blocked: 'Unit blocked',
  action_overdue: 'Action item overdue',
  request_breached: 'Request overdue',
  gate_due: 'Gate review coming',
};

/** A pilot in review this many days after its last day waits too long for its decision. */
export const DECISION_WAIT_DAYS = 14;

export interface AttentionFacts {
  /** Undecided pilots (running or in review) with their last day. */
  pilots: readonly { id: string; programId: string; programName: string; name: string; status: 'running' | 'in_review'; endDate: string }[];
  blockedUnits: readonly { programId: string; programName: string; unitId: string; unitName: string; note: string }[];
  overdueActions: readonly { id: string; programId: string; programName: string; meetingId: string; title: string; ownerName: string; dueOn: string }[];
  breachedRequests: readonly { id: string; programId: string; programName: string; label: string; problem: string; breach: string }[];
  /** Roll-out waves paused by themselves: each breach names the guardrail and the unit (`wavePause`). */
  pausedWaves: readonly { programId: string; programName: string; waveName: string; breaches: readonly string[] }[];
  /** Units of running pilots that report green while a primary metric is off track there (the gate's flags). */
  greenOffTrack: readonly { pilotId: string; pilotName: string; programId: string; programName: string; unitId: string; unitName: string; message: string }[];
}

export interface AttentionItem {
  kind: AttentionKind;
  programId: string;
  programName: string;
  /** What it is about, in a sentence. */
  text: string;
  /** The app path of the record behind it. */
  link: string;
  /** How many days late (0 for what is coming); the list is ordered by kind, then by this. */
  daysLate: number;
}

const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;
const firstLine = (value: string) => value.trim().split('\n')[0] ?? '';

/** The attention list on `today`: overdue before coming, the latest first within a kind. */
export function attentionItems(facts: AttentionFacts, today: string): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const pilot of facts.pilots) {
    const late = daysBetween(pilot.endDate, today);
    const base = { programId: pilot.programId, programName: pilot.programName, link: `/pilots/${pilot.id}` };
    if (pilot.status === 'in_review' && late > DECISION_WAIT_DAYS) {
      items.push({ ...base, kind: 'decision_waiting', text: `${pilot.name} has waited ${days(late)} since its last day (${formatCalendarDate(pilot.endDate)}) for its gate decision`, daysLate: late });
    } else if (pilot.status === 'running' && late > 0) {
      items.push({ ...base, kind: 'gate_overdue', text: `${pilot.name} ended ${days(late)} ago (${formatCalendarDate(pilot.endDate)}) and is not in review yet`, daysLate: late });
    } else if (pilot.status === 'running' && -late <= GATE_DUE_WITHIN_DAYS) {
      items.push({ ...base, kind: 'gate_due', text: `${pilot.name} ends ${late === 0 ? 'today' : `in ${days(-late)}`} (${formatCalendarDate(pilot.endDate)}): its gate review follows`, daysLate: 0 });
    }
  }
  for (const wave of facts.pausedWaves) {
    items.push({ kind: 'wave_paused', programId: wave.programId, programName: wave.programName, text: `${wave.waveName} is paused: a guardrail is breached (${wave.breaches.join('; ')})`, link: `/programs/${wave.programId}?tab=scale`, daysLate: 0 });
  }
  for (const flag of facts.greenOffTrack) {
    items.push({ kind: 'green_off_track', programId: flag.programId, programName: flag.programName, text: `${flag.unitName} in ${flag.pilotName}: ${flag.message}`, link: `/pilots/${flag.pilotId}#check-in-${flag.unitId}`, daysLate: 0 });
  }
  for (const unit of facts.blockedUnits) {
    const why = firstLine(unit.note);
    items.push({ kind: 'unit_blocked', programId: unit.programId, programName: unit.programName, text: `${unit.unitName} is blocked${why ? `: ${why}` : ''}`, link: `/programs/${unit.programId}?tab=units`, daysLate: 0 });
  }
  for (const action of facts.overdueActions) {
    const late = daysBetween(action.dueOn, today);
    items.push({ kind: 'action_overdue', programId: action.programId, programName: action.programName, text: `${action.title} (${action.ownerName}) was due ${formatCalendarDate(action.dueOn)}, ${days(late)} ago`, link: `/programs/${action.programId}/meetings/${action.meetingId}`, daysLate: late });
  }
  for (const request of facts.breachedRequests) {
    items.push({ kind: 'request_breached', programId: request.programId, programName: request.programName, text: `${request.label} ${request.problem}: ${request.breach}`, link: `/programs/${request.programId}?tab=backlog&request=${request.id}`, daysLate: 0 });
  }
  const order = (kind: AttentionKind) => ATTENTION_KINDS.indexOf(kind);
  return items.sort((a, b) => order(a.kind) - order(b.kind) || b.daysLate - a.daysLate || compareNames(a.programName, b.programName) || compareNames(a.text, b.text));
}

/**
 * The requests past a service level that the first `count` lines of them in the list can be: the list
 * orders them by program name, then by line, and a line starts with the request's label, so those
 * two order them, but for requests of two programs of the same name with the same label, which only
 * their words order: those tied with the last one are all kept. A page of the list then words only
 * these; the others are counted.
 */
export function firstBreachesInListOrder<T extends { programName: string; label: string }>(requests: readonly T[], count: number): T[] {
  // Each line's start built once, not on each of the sort's comparisons (thousands of requests).
  const sorted = requests.map((request) => ({ request, line: `${request.label} ` })).sort((a, b) => compareNames(a.request.programName, b.request.programName) || compareNames(a.line, b.line));
  let end = Math.min(count, sorted.length);
  const last = sorted[end - 1];
  while (last && end < sorted.length && compareNames(sorted[end]?.request.programName ?? '', last.request.programName) === 0 && compareNames(sorted[end]?.line ?? '', last.line) === 0) end += 1;
  return sorted.slice(0, end).map(({ request }) => request);
}

/** Lines of the attention list a weekly digest quotes; the rest are counted. */
export const DIGEST_LINES = 8;

/**
 * The portfolio's weekly digest, for executives (Mondays): what needs attention, in the order of
 * the list, and what the RevOps function delivered in the week. Once per week (its key).
 */
export function portfolioDigest(items: readonly AttentionItem[], deliveredLastWeek: number, weekStart: string): Reminder {
  // Everything on the list but a gate review coming is late or wrong now.
  const late = items.filter((item) => item.kind !== 'gate_due').length;
  const lines = items.slice(0, DIGEST_LINES).map((item) => `- ${ATTENTION_KIND_LABELS[item.kind]}: ${item.text} (${item.programName})`);
  const more = items.length > DIGEST_LINES ? [`- and ${items.length - DIGEST_LINES} more`] : [];
  const delivered = `RevOps delivered ${deliveredLastWeek} ${deliveredLastWeek === 1 ? 'request' : 'requests'} last week.`;
  return {
    kind: 'portfolio_digest',
    key: `portfolio:${weekStart}`,
    title: items.length === 0 ? 'The portfolio this week: nothing late or due' : `The portfolio this week: ${late} late, ${items.length - late} coming`,
    body: [...lines, ...more, delivered].join('\n'),
    link: '/portfolio',
  };
}
