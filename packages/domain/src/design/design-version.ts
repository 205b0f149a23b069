import { z } from 'zod';
import { DomainError } from '../common/errors.js';
import { id, text } from '../common/fields.js';
import { joinNames } from '../common/words.js';
import { formatAuditDay } from '../history/audit-values.js';
import { HUB_TEAM_NAME, type PlannedRole } from './headcount.js';
import { DESIGN_DIMENSION_KEYS, DESIGN_DIMENSIONS, emphasisStep, PLACEMENT_PLACES, type ActivityPlacement, type DimensionEmphasis } from './placement.js';
import { RACI_VALUE_LABELS, ROLE_SIDE_LABELS, type RaciMatrix, type RaciValidation, type RaciValue } from './raci.js';
import { countOf, formatUsd, namedList } from './wording.js';

// Versions of the target design. A signed-off version is frozen: changing it starts a new version,
// and the difference between two versions is told in sentences with names, never ids.

/** Everything a design version holds, with the names of the catalog and units as they were, so an old version reads the same after renames and removals. */
export interface DesignSnapshot {
  activities: readonly { id: string; name: string }[];
  units: readonly { id: string; name: string }[];
  placements: readonly ActivityPlacement[];
  emphasis: DimensionEmphasis;
  raci: RaciMatrix;
  plannedRoles: readonly PlannedRole[];
}

/** Ids of both lists, those of `after` first in its order, then the ones only `before` has. */
function unionIds(after: readonly { id: string }[], before: readonly { id: string }[]): string[] {
  const ids = after.map((item) => item.id);
  return [...ids, ...before.map((item) => item.id).filter((id) => !ids.includes(id))];
}

/** A lookup of names that prefers the later snapshot's. */
function namesOf(after: readonly { id: string; name: string }[], before: readonly { id: string; name: string }[]) {
  const names = new Map([...before, ...after].map((item) => [item.id, item.name]));
  return (id: string) => names.get(id) ?? '';
}

function placementChanges(before: DesignSnapshot, after: DesignSnapshot): string[] {
  const name = namesOf(after.activities, before.activities);
  const was = new Map(before.placements.map((placement) => [placement.activityId, placement]));
  const now = new Map(after.placements.map((placement) => [placement.activityId, placement]));
  const dimension = (key: ActivityPlacement['dimension']) => (key === null ? 'its capability’s default dimension' : DESIGN_DIMENSIONS[key].phrase);
  return unionIds(after.activities, before.activities).flatMap((activityId) => {
    const [b, a, activity] = [was.get(activityId), now.get(activityId), name(activityId)];
    if (!b && !a) return [];
    if (!b && a) return [`${activity} placed in ${PLACEMENT_PLACES[a.placement]}.`];
    if (b && !a) return [`${activity} no longer placed (was in ${PLACEMENT_PLACES[b.placement]}).`];
    if (!b || !a) return [];
    return [
      ...(b.placement === a.placement ? [] : [`${activity} moved from ${PLACEMENT_PLACES[b.placement]} to ${PLACEMENT_PLACES[a.placement]}.`]),
      ...(b.dimension === a.dimension ? [] : [`${activity} now answers to ${dimension(a.dimension)} (was ${dimension(b.dimension)}).`]),
      ...(b.reason === a.reason ? [] : [a.reason === '' ? `${activity}: the reason was removed.` : `${activity}: the reason is now "${a.reason}".`]),
    ];
  });
}

function emphasisChanges(before: DesignSnapshot, after: DesignSnapshot): string[] {
  return DESIGN_DIMENSION_KEYS.flatMap((key) => {
    const [b, a] = [before.emphasis[key], after.emphasis[key]];
    return b === a ? [] : [`${DESIGN_DIMENSIONS[key].label}: emphasis from ${emphasisStep(b).label.toLowerCase()} to ${emphasisStep(a).label.toLowerCase()}.`];
  });
}

function raciStructureChanges(before: RaciMatrix, after: RaciMatrix, activityName: (id: string) => string): string[] {
  const activity = (id: string | null) => (id === null ? 'no activity' : `the activity ${activityName(id)}`);
  const domains = unionIds(after.domains, before.domains).flatMap((id) => {
    const [b, a] = [before.domains.find((domain) => domain.id === id), after.domains.find((domain) => domain.id === id)];
    if (!b && a) return [`RACI domain added: ${a.name}.`];
    if (b && !a) return [`RACI domain removed: ${b.name}.`];
    if (!b || !a) return [];
    return [
      ...(b.name === a.name ? [] : [`RACI domain ${b.name} renamed to ${a.name}.`]),
      ...(b.activityId === a.activityId ? [] : [`${a.name}: linked to ${activity(a.activityId)} (was ${activity(b.activityId)}).`]),
    ];
  });
  const roles = unionIds(after.roles, before.roles).flatMap((id) => {
    const [b, a] = [before.roles.find((role) => role.id === id), after.roles.find((role) => role.id === id)];
    if (!b && a) return [`RACI role added: ${a.name}.`];
    if (b && !a) return [`RACI role removed: ${b.name}.`];
    if (!b || !a) return [];
    return [
      ...(b.name === a.name ? [] : [`RACI role ${b.name} renamed to ${a.name}.`]),
      ...(b.side === a.side ? [] : [`${a.name}: side changed from ${ROLE_SIDE_LABELS[b.side].toLowerCase()} to ${ROLE_SIDE_LABELS[a.side].toLowerCase()}.`]),
    ];
  });
  return [...domains, ...roles];
}

/** One cell's change in words; null when it holds the same value. */
function cellChange(domain: string, role: string, before: RaciValue | null, after: RaciValue | null): string | null {
  if (before === after) return null;
  if (before === null) return after === null ? null : `${domain}: ${role} is now ${RACI_VALUE_LABELS[after]}.`;
  if (after === null) return `${domain}: ${role} is no longer ${RACI_VALUE_LABELS[before]}.`;
  return `${domain}: ${role} changed from ${RACI_VALUE_LABELS[before]} to ${RACI_VALUE_LABELS[after]}.`;
}

/**
 * Cell changes of the domains and roles the later matrix has (removed ones are told by the
 * structure's sentences). A single Accountable handed from one role to another is one sentence,
 * followed by what the former Accountable becomes, if anything.
 */
function raciCellChanges(before: RaciMatrix, after: RaciMatrix): string[] {
  const valuesOf = (matrix: RaciMatrix) => new Map(matrix.cells.map((cell) => [`${cell.domainId}:${cell.roleId}`, cell.value]));
  const [was, now] = [valuesOf(before), valuesOf(after)];
  const rolesBefore = new Set(before.roles.map((role) => role.id));
  const roleName = namesOf(after.roles, before.roles);
  return after.domains.flatMap((domain) => {
    // A role added since holds nothing before, whatever stale cells say.
    const valueBefore = (roleId: string) => (rolesBefore.has(roleId) ? (was.get(`${domain.id}:${roleId}`) ?? null) : null);
    const valueAfter = (roleId: string) => now.get(`${domain.id}:${roleId}`) ?? null;
    const [from, ...otherFrom] = before.roles.filter((role) => valueBefore(role.id) === 'A');
    const [to, ...otherTo] = after.roles.filter((role) => valueAfter(role.id) === 'A');
    const handedOver = from && to && otherFrom.length === 0 && otherTo.length === 0 && from.id !== to.id ? { from: from.id, to: to.id } : null;
    const sentences = handedOver ? [`${domain.name}: Accountable changed from ${roleName(handedOver.from)} to ${roleName(handedOver.to)}.`] : [];
    for (const role of after.roles) {
      // The new Accountable is told above; the former one only if it keeps a letter.
      if (role.id === handedOver?.to) continue;
      const sentence = role.id === handedOver?.from ? cellChange(domain.name, role.name, null, valueAfter(role.id)) : cellChange(domain.name, role.name, valueBefore(role.id), valueAfter(role.id));
      if (sentence) sentences.push(sentence);
    }
    return sentences;
  });
}

function plannedRoleChanges(before: DesignSnapshot, after: DesignSnapshot): string[] {
  const unitName = namesOf(after.units, before.units);
  const team = (unitId: string | null) => (unitId === null ? HUB_TEAM_NAME : unitName(unitId));
  const title = namesOf(
    after.plannedRoles.map((role) => ({ id: role.id, name: role.title })),
    before.plannedRoles.map((role) => ({ id: role.id, name: role.title })),
  );
  const line = (id: string | null) => (id === null ? 'no one in the plan' : title(id));
  const people = (count: number) => countOf(count, 'person', 'people');
  return unionIds(after.plannedRoles, before.plannedRoles).flatMap((id) => {
    const [b, a] = [before.plannedRoles.find((role) => role.id === id), after.plannedRoles.find((role) => role.id === id)];
    if (!b && a) return [`${team(a.unitId)}: ${a.title} added (${people(a.count)}, ${formatUsd(a.annualCostPerHead)} a year each).`];
    if (b && !a) return [`${team(b.unitId)}: ${b.title} removed (${people(b.count)}).`];
    if (!b || !a) return [];
    const where = team(a.unitId);
    return [
      ...(b.unitId === a.unitId ? [] : [`${a.title} moved from ${team(b.unitId)} to ${where}.`]),
      ...(b.title === a.title ? [] : [`${where}: ${b.title} renamed to ${a.title}.`]),
      ...(b.count === a.count ? [] : [`${where}: ${a.title}, ${b.count} → ${people(a.count)}.`]),
      ...(b.annualCostPerHead === a.annualCostPerHead ? [] : [`${where}: ${a.title}, ${formatUsd(b.annualCostPerHead)} → ${formatUsd(a.annualCostPerHead)} a year per person.`]),
      ...(b.reportsToId === a.reportsToId ? [] : [`${where}: ${a.title} now reports to ${line(a.reportsToId)} (was ${line(b.reportsToId)}).`]),
      ...(b.isManager === a.isManager ? [] : [`${where}: ${a.title} is ${a.isManager ? 'now' : 'no longer'} a manager.`]),
    ];
  });
}

/**
 * What changed from one design version to the next, as sentences in a fixed order: placements
 * (catalog order), dimension emphasis, RACI domains and roles, RACI cells, planned roles. Names come
 * from the later snapshot, or the earlier one for what was removed. Empty when nothing changed.
 */
export function diffDesignSnapshots(before: DesignSnapshot, after: DesignSnapshot): string[] {
  return [
    ...placementChanges(before, after),
    ...emphasisChanges(before, after),
    ...raciStructureChanges(before.raci, after.raci, namesOf(after.activities, before.activities)),
    ...raciCellChanges(before.raci, after.raci),
    ...plannedRoleChanges(before, after),
  ];
}

/** Where a design version stands: `signedOffOn` (YYYY-MM-DD) is null while it is a draft. */
export interface DesignVersionState {
  version: number;
  signedOffOn: string | null;
}

/** Refuses any change to a signed-off version: the sign-off is what people agreed to, so a change starts the next version. */
export function checkDesignEditable(state: DesignVersionState): void {
  if (state.signedOffOn === null) return;
  throw new DomainError(
    'BAD_USER_INPUT',
    `Version ${state.version} of the design was signed off on ${formatAuditDay(state.signedOffOn)} and cannot change: start version ${state.version + 1} to make changes.`,
  );
}

/** What sign-off reads: the RACI's validation and state, the domains to name, the activities without a placement. */
export interface SignOffInput {
  raci: RaciValidation;
  raciDomains: readonly { id: string; name: string }[];
  raciFinal: boolean;
  unplaced: readonly { name: string }[];
}

/** Activities named in a blocker before the rest are counted. */
const NAMED_UNPLACED = 3;

/** Why the design cannot be signed off yet, as sentences; empty when it can. */
export function signOffBlockers({ raci, raciDomains, raciFinal, unplaced }: SignOffInput): string[] {
  const blockers: string[] = [];
  const broken = raciDomains.filter((domain) => raci.errors.some((error) => error.domainId === domain.id)).map((domain) => domain.name);
  if (broken.length > 0) blockers.push(`Fix the RACI first: ${joinNames(broken)} ${broken.length === 1 ? 'has an error' : 'have errors'}.`);
  if (unplaced.length > 0) {
    blockers.push(`Place every activity: ${namedList(unplaced.map((activity) => activity.name), NAMED_UNPLACED)} ${unplaced.length === 1 ? 'has' : 'have'} no placement.`);
  }
  if (!raciFinal) blockers.push('Mark the RACI final (its warnings acknowledged) before signing off.');
  return blockers;
}

/** The version a sign-off or a new version is asked of: the caller read it, so two people cannot both act on it. */
const designVersionNumber = z.number().int().min(1);

/** The steering committee signs the current draft off; the note says who agreed and on what terms. */
export const signOffDesignSchema = z.object({
  programId: id,
  version: designVersionNumber,
  note: text('Note', 0, 2000).default(''),
});
export type SignOffDesignInput = z.input<typeof signOffDesignSchema>;

/** Starts the draft after a signed-off version. */
export const startDesignVersionSchema = z.object({ programId: id, version: designVersionNumber });
export type StartDesignVersionInput = z.input<typeof startDesignVersionSchema>;

/** Refuses a sign-off of a version that is not the current draft, or while blockers stand (naming them). */
export function checkSignOff(state: DesignVersionState, askedVersion: number, blockers: readonly string[]): void {
  checkCurrentVersion(state, askedVersion);
  if (state.signedOffOn !== null) throw new DomainError('BAD_USER_INPUT', `Version ${state.version} is already signed off.`);
  if (blockers.length > 0) throw new DomainError('BAD_USER_INPUT', `Version ${state.version} cannot be signed off yet: ${blockers.join(' ')}`);
}

/** Refuses a new version unless the current one is signed off: a draft is changed as it is. */
export function checkNewVersion(state: DesignVersionState, askedVersion: number): void {
  checkCurrentVersion(state, askedVersion);
  if (state.signedOffOn === null) throw new DomainError('BAD_USER_INPUT', `Version ${state.version} is still a draft: change it as it is.`);
}

function checkCurrentVersion(state: DesignVersionState, askedVersion: number): void {
  if (askedVersion !== state.version) {
    throw new DomainError('CONFLICT', `The design is at version ${state.version} now (you saw version ${askedVersion}); reload to see what changed.`);
  }
}
