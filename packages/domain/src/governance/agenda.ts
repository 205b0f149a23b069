import { z } from 'zod';
import { expectedVersion, id, text } from '../common/fields.js';
import { invalidField } from '../common/errors.js';
import { GATE_DECISION_LABELS, type GateDecision } from '../pilots/pilot.types.js';
import { formatCalendarDate } from '../common/calendar-date.js';
import { WAVE_UNIT_STAGE_LABELS, type WaveUnitStage } from '../rollout/wave-stage.js';

// A meeting's agenda, generated from the program's live state since the forum's previous meeting:
// grouped, each line linked to its record, editable until the meeting starts, then frozen.

export const AGENDA_SECTIONS = ['since_last', 'red', 'stale', 'gates', 'decisions', 'waves', 'actions', 'backlog', 'findings', 'other'] as const;
export type AgendaSection = (typeof AGENDA_SECTIONS)[number];
export const AGENDA_SECTION_LABELS: Record<AgendaSection, string> = {
  since_last: 'Since the last meeting',
  red: 'Red units',
  stale: 'Units without a recent check-in',
  gates: 'Pilots due for their gate',
  decisions: 'Decisions pending',
  waves: 'Waves paused or blocked',
  actions: 'Overdue action items',
  backlog: 'RevOps backlog: breaches and top requests',
  findings: 'Open assessment findings',
  other: 'Also on the agenda',
};

/** The record an agenda line (or a decision, or an action item) is about. */
export const AGENDA_LINK_KINDS = ['pilot', 'wave', 'unit', 'action_item', 'assessment', 'request'] as const;
export type AgendaLinkKind = (typeof AGENDA_LINK_KINDS)[number];
export interface AgendaLink {
  kind: AgendaLinkKind;
  id: string;
}

export interface AgendaItem {
  /** Stable for generated lines (the same fact keeps its key between refreshes); random for added ones. */
  key: string;
  section: AgendaSection;
  text: string;
  link: AgendaLink | null;
  source: 'generated' | 'added';
}

/** A meeting's agenda: its lines, and the generated ones someone took off (a refresh leaves them off). */
export interface Agenda {
  items: AgendaItem[];
  dismissedKeys: string[];
}

/** What the program's state says a meeting should look at; the API reads it, the domain words it. */
export interface AgendaFacts {
  stageChanges: { unitId: string; unitName: string; waveName: string; from: WaveUnitStage; to: WaveUnitStage; movedAt: Date }[];
  gateDecisions: { pilotId: string; pilotName: string; decision: GateDecision; decidedAt: Date }[];
  redUnits: { pilotId: string; pilotName: string; unitId: string; unitName: string; blockers: string }[];
  staleUnits: { pilotId: string; pilotName: string; unitId: string; unitName: string; lastCheckInOn: string | null }[];
  /** Undecided pilots whose last day is near or past (see `GATE_DUE_WITHIN_DAYS`). */
  pilotsAtGate: { pilotId: string; pilotName: string; endDate: string }[];
  pausedWaves: { waveId: string; waveName: string; reason: string }[];
  blockedWaveUnits: { waveId: string; waveName: string; unitName: string; reason: string | null }[];
  overdueActions: { actionItemId: string; title: string; ownerName: string; dueOn: string }[];
  openFindings: { key: string; summary: string; severity: 'high' | 'medium' | 'low' }[];
  /** Open backlog requests past a service level, with the breach in a sentence. */
  backlogBreaches: { requestId: string; label: string; problem: string; teamName: string; breach: string }[];
  /** The first requests of each team's queue (see `AGENDA_TOP_REQUESTS`). */
  topRequests: { requestId: string; label: string; problem: string; teamName: string; rank: number }[];
}

/** How many top-ranked requests of each team's queue an agenda lists. */
export const AGENDA_TOP_REQUESTS = 3;

/** How soon a pilot's last day makes it due for its gate on the agenda. */
export const GATE_DUE_WITHIN_DAYS = 14;
/** Most assessment findings one agenda lists (high severity first); the rest are summed up in one line. */
export const MAX_AGENDA_FINDINGS = 8;

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** The agenda's generated lines for a meeting on `meetingDay` (YYYY-MM-DD), grouped in section order. */
export function buildAgenda(facts: AgendaFacts, meetingDay: string): AgendaItem[] {
  const items: AgendaItem[] = [];
  const add = (section: AgendaSection, key: string, line: string, link: AgendaLink | null) => items.push({ key: `${section}:${key}`, section, text: line, link, source: 'generated' });

  for (const change of [...facts.stageChanges].sort((a, b) => a.movedAt.getTime() - b.movedAt.getTime())) {
    add('since_last', `move:${change.unitId}:${change.to}`, `${change.unitName} moved from ${WAVE_UNIT_STAGE_LABELS[change.from].toLowerCase()} to ${WAVE_UNIT_STAGE_LABELS[change.to].toLowerCase()} (${change.waveName})`, { kind: 'unit', id: change.unitId });
  }
  for (const decision of facts.gateDecisions) {
    add('since_last', `gate:${decision.pilotId}`, `Gate decision on ${decision.pilotName}: ${GATE_DECISION_LABELS[decision.decision].toLowerCase()}`, { kind: 'pilot', id: decision.pilotId });
  }
  for (const unit of facts.redUnits) {
    const why = unit.blockers.trim() ? `: ${firstLine(unit.blockers)}` : '';
    add('red', `${unit.pilotId}:${unit.unitId}`, `${unit.unitName} reports red in ${unit.pilotName}${why}`, { kind: 'pilot', id: unit.pilotId });
  }
  for (const unit of facts.staleUnits) {
    const since = unit.lastCheckInOn ? `since ${formatCalendarDate(unit.lastCheckInOn)}` : 'yet';
    add('stale', `${unit.pilotId}:${unit.unitId}`, `${unit.unitName} has no check-in ${since} (${unit.pilotName})`, { kind: 'pilot', id: unit.pilotId });
  }
  for (const pilot of facts.pilotsAtGate) {
    const ended = pilot.endDate < meetingDay;
    add(ended ? 'decisions' : 'gates', pilot.pilotId, ended ? `${pilot.pilotName} ended on ${formatCalendarDate(pilot.endDate)} and awaits its gate decision` : `${pilot.pilotName} ends on ${formatCalendarDate(pilot.endDate)}: prepare its gate review`, {
      kind: 'pilot',
      id: pilot.pilotId,
    });
  }
  for (const wave of facts.pausedWaves) add('waves', `paused:${wave.waveId}`, `${wave.waveName}: ${wave.reason}`, { kind: 'wave', id: wave.waveId });
  for (const unit of facts.blockedWaveUnits) {
    add('waves', `blocked:${unit.waveId}:${unit.unitName}`, `${unit.unitName} is blocked in ${unit.waveName}${unit.reason ? `: ${firstLine(unit.reason)}` : ''}`, { kind: 'wave', id: unit.waveId });
  }
  for (const action of facts.overdueActions) {
    add('actions', action.actionItemId, `${action.title} (${action.ownerName}, due ${formatCalendarDate(action.dueOn)})`, { kind: 'action_item', id: action.actionItemId });
  }
  for (const request of facts.backlogBreaches) add('backlog', `breach:${request.requestId}`, `${request.label} ${request.problem} (${request.teamName}): ${request.breach}`, { kind: 'request', id: request.requestId });
  // A request both breached and top-ranked is listed once, with its breach.
  const breached = new Set(facts.backlogBreaches.map((request) => request.requestId));
  for (const request of facts.topRequests.filter((top) => !breached.has(top.requestId))) add('backlog', `top:${request.requestId}`, `${request.teamName} #${request.rank}: ${request.label} ${request.problem}`, { kind: 'request', id: request.requestId });
  const findings = [...facts.openFindings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  for (const finding of findings.slice(0, MAX_AGENDA_FINDINGS)) add('findings', finding.key, finding.summary, { kind: 'assessment', id: finding.key });
  if (findings.length > MAX_AGENDA_FINDINGS) {
    const more = findings.length - MAX_AGENDA_FINDINGS;
    add('findings', 'more', `${more} more ${more === 1 ? 'finding' : 'findings'} in the assessment`, { kind: 'assessment', id: 'all' });
  }
  return sortBySection(items);
}

function firstLine(value: string): string {
  const line = value.trim().split('\n')[0] ?? '';
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}

/** Items in section order, keeping their order within a section. */
export function sortBySection(items: readonly AgendaItem[]): AgendaItem[] {
  return AGENDA_SECTIONS.flatMap((section) => items.filter((item) => item.section === section));
}

/**
 * The agenda after reading the program's state again: lines added by hand stay, generated lines
 * still true keep their place (and any edited wording), new facts join, facts no longer true
 * leave, and lines someone took off stay off.
 */
export function refreshAgenda(current: Agenda, generated: readonly AgendaItem[]): Agenda {
  const fresh = new Map(generated.map((item) => [item.key, item]));
  const kept = current.items.filter((item) => item.source === 'added' || fresh.has(item.key));
  const known = new Set([...kept.map((item) => item.key), ...current.dismissedKeys]);
  const joining = generated.filter((item) => !known.has(item.key));
  return { items: sortBySection([...kept, ...joining]), dismissedKeys: current.dismissedKeys.filter((key) => fresh.has(key)) };
}

/** Most lines one agenda holds. */
export const MAX_AGENDA_ITEMS = 150;

export const updateAgendaSchema = z.object({
  meetingId: id,
  expectedVersion,
  items: z
    .array(z.object({ key: z.string().max(200).nullable(), text: text('The line', 1, 500) }))
    .max(MAX_AGENDA_ITEMS, `An agenda holds at most ${MAX_AGENDA_ITEMS} lines.`),
});

/**
 * The agenda as edited: `edits` lists the lines to keep, in order, with their wording; a line
 * without a key is new (under "Also on the agenda"), a generated line left out is taken off.
 */
export function editAgenda(current: Agenda, edits: readonly { key: string | null; text: string }[], newKey: () => string): Agenda {
  const byKey = new Map(current.items.map((item) => [item.key, item]));
  const seen = new Set<string>();
  const items = edits.map((edit, index) => {
    if (edit.key === null) return { key: `added:${newKey()}`, section: 'other' as const, text: edit.text, link: null, source: 'added' as const };
    const item = byKey.get(edit.key);
    if (!item || seen.has(edit.key)) throw invalidField(`items.${index}.key`, 'This line is not on the agenda any more; reload it.');
    seen.add(edit.key);
    return { ...item, text: edit.text };
  });
  const dismissed = current.items.filter((item) => item.source === 'generated' && !seen.has(item.key)).map((item) => item.key);
  return { items: sortBySection(items), dismissedKeys: [...new Set([...current.dismissedKeys, ...dismissed])] };
}
