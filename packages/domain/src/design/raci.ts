import { z } from 'zod';
import { DomainError, invalidField } from '../common/errors.js';
import { lookupKey } from '../common/file-import.js';
import { expectedVersion, id, nameText } from '../common/fields.js';
import { joinNames } from '../common/words.js';
import { PLACEMENT_PLACES, type ActivityPlacement } from './placement.js';
import { RACI_VALUES, ROLE_SIDES, type RaciValue, type RoleSide } from './raci-labels.js';
import { countOf } from './wording.js';

// Decision rights of the target model: a RACI matrix of disputed domains (rows) and roles
// (columns). Exactly one Accountable and at least one Responsible per domain are rules; too many
// Consulted roles, or an Accountable on the other side of the domain's placement, are warnings the
// program acknowledges before marking the matrix final.

// The letters and sides with their labels live in a module of their own, which the history wording reads too.
export { RACI_VALUES, RACI_VALUE_LABELS, ROLE_SIDES, ROLE_SIDE_LABELS, type RaciValue, type RoleSide } from './raci-labels.js';

/**
 * The decision-rights domains that are typically disputed (domain.md), each with the default
 * catalog activity it links to (by name), so the placement of that activity can be compared with
 * the domain's Accountable. Domains without a matching activity link to none.
 */
export const DEFAULT_RACI_DOMAINS: readonly { name: string; activityName: string | null }[] = [
  { name: 'Forecasting', activityName: 'Forecasting framework' },
  { name: 'Pipeline visibility', activityName: 'Dashboards' },
  { name: 'Lead lifecycle definition', activityName: 'Lead-to-renewal process' },
  { name: 'Lead routing', activityName: 'Lead routing' },
  { name: 'Territory assignment', activityName: 'Territory design' },
  { name: 'Quota allocation', activityName: 'Quota setting' },
  { name: 'CRM schema', activityName: 'CRM administration' },
  { name: 'Rules of engagement', activityName: null },
  { name: 'Reporting layer', activityName: 'Dashboards' },
  { name: 'Tool selection', activityName: null },
  { name: 'Data governance', activityName: 'Data quality' },
  { name: 'Commission data', activityName: null },
];

/**
 * The typical roles (domain.md) with the side each usually sits on; the program edits both.
 * - Head/VP RevOps leads the hub; IT/data engineering runs the shared platforms and pipelines.
 * - Finance is a corporate function (bookings, ARR, commissions): it decides from the centre.
 * - The regional RevOps partner is the spoke.
 * - Sales leadership, marketing ops and CS ops exist both globally and per region (a CRO and
 *   regional VPs; central or embedded ops teams), so the column alone does not say which: `either`,
 *   which never raises a side warning until the program says where its people sit.
 */
export const DEFAULT_RACI_ROLES: readonly { name: string; side: RoleSide }[] = [
  { name: 'Head/VP RevOps', side: 'hub' },
  { name: 'Regional RevOps partner', side: 'spoke' },
  { name: 'Sales leadership', side: 'either' },
  { name: 'Marketing ops', side: 'either' },
  { name: 'CS ops', side: 'either' },
  { name: 'Finance', side: 'hub' },
  { name: 'IT/data engineering', side: 'hub' },
];

/** A row of the matrix; `activityId` is the catalog activity it links to (null = none). */
export interface RaciDomain {
  id: string;
  name: string;
  activityId: string | null;
}

/** A column of the matrix. */
export interface RaciRole {
  id: string;
  name: string;
  side: RoleSide;
}

/** A filled cell. */
export interface RaciCell {
  domainId: string;
  roleId: string;
  value: RaciValue;
}

export interface RaciMatrix {
  domains: readonly RaciDomain[];
  roles: readonly RaciRole[];
  cells: readonly RaciCell[];
}

/** What the side warning compares the Accountable with: the catalog and its placements. */
export interface RaciContext {
  activities: readonly { id: string; name: string }[];
  placements: readonly Pick<ActivityPlacement, 'activityId' | 'placement'>[];
}

/**
 * The activity a new domain links to: an activity of the same name (any case) first, else, for a
 * default domain, the activity DEFAULT_RACI_DOMAINS names, when the catalog still has it; else none.
 */
export function defaultRaciActivityId(domainName: string, activities: readonly { id: string; name: string }[]): string | null {
  const byName = (name: string) => activities.find((activity) => lookupKey(activity.name) === lookupKey(name));
  const defaultName = DEFAULT_RACI_DOMAINS.find((domain) => lookupKey(domain.name) === lookupKey(domainName))?.activityName ?? null;
  return (byName(domainName) ?? (defaultName === null ? undefined : byName(defaultName)))?.id ?? null;
}

/** More Consulted roles than this on one domain is a warning: each one slows the decision. */
export const MAX_CONSULTED = 3;

export const RACI_ERROR_KINDS = ['no_accountable', 'several_accountable', 'no_responsible'] as const;
export type RaciErrorKind = (typeof RACI_ERROR_KINDS)[number];
export const RACI_WARNING_KINDS = ['many_consulted', 'accountable_side'] as const;
export type RaciWarningKind = (typeof RACI_WARNING_KINDS)[number];

/** A broken rule of one domain: the matrix cannot be final while it stands. */
export interface RaciError {
  domainId: string;
  kind: RaciErrorKind;
  sentence: string;
}

/**
 * A point to discuss on one domain. `key` is stable while the situation is the same and changes
 * with it (another Accountable, another placement, another set of Consulted roles), so an
 * acknowledgement never covers a situation nobody saw.
 */
export interface RaciWarning {
  key: string;
  domainId: string;
  kind: RaciWarningKind;
  sentence: string;
}

export interface RaciValidation {
  errors: RaciError[];
  warnings: RaciWarning[];
}

/**
 * Checks every domain, in matrix order:
 * - errors: no Accountable, or several (naming them); no Responsible;
 * - warnings: more than MAX_CONSULTED Consulted roles; the only Accountable sits on the other side
 *   (hub vs spokes) of the placement of the activity the domain links to. A shared placement, a
 *   role on `either` side, an unlinked domain or an unplaced activity raise no side warning.
 * Cells of roles or domains no longer in the matrix are ignored.
 */
export function validateRaci(matrix: RaciMatrix, context: RaciContext): RaciValidation {
  const activityById = new Map(context.activities.map((activity) => [activity.id, activity]));
  const placementOf = new Map(context.placements.map((placement) => [placement.activityId, placement.placement]));
  const valueOf = new Map(matrix.cells.map((cell) => [`${cell.domainId}:${cell.roleId}`, cell.value]));
  const result: RaciValidation = { errors: [], warnings: [] };

  for (const domain of matrix.domains) {
    const withValue = (value: RaciValue) => matrix.roles.filter((role) => valueOf.get(`${domain.id}:${role.id}`) === value);
    const accountable = withValue('A');
    const consulted = withValue('C');
    const error = (kind: RaciErrorKind, sentence: string) => result.errors.push({ domainId: domain.id, kind, sentence });

    if (accountable.length === 0) error('no_accountable', `${domain.name} has no Accountable: pick exactly one role.`);
    if (accountable.length > 1) {
      error('several_accountable', `${domain.name} has ${accountable.length} Accountables (${joinNames(accountable.map((role) => role.name))}): keep exactly one.`);
    }
    if (withValue('R').length === 0) error('no_responsible', `${domain.name} has no Responsible: pick at least one role to do the work.`);

    if (consulted.length > MAX_CONSULTED) {
      result.warnings.push({
        key: `many_consulted:${domain.id}:${consulted.map((role) => role.id).sort().join(',')}`,
        domainId: domain.id,
        kind: 'many_consulted',
        sentence: `${domain.name} has ${consulted.length} Consulted roles (${joinNames(consulted.map((role) => role.name))}): more than ${MAX_CONSULTED} slows every decision; inform some instead.`,
      });
    }

    // The side only matters for a single Accountable of a domain linked to an activity in the hub or the spokes.
    const [only] = accountable.length === 1 ? accountable : [];
    const activity = domain.activityId === null ? undefined : activityById.get(domain.activityId);
    const placement = activity && placementOf.get(activity.id);
    if (only && activity && (placement === 'hub' || placement === 'spoke') && only.side !== 'either' && only.side !== placement) {
      result.warnings.push({
        key: `accountable_side:${domain.id}:${only.id}:${placement}`,
        domainId: domain.id,
        kind: 'accountable_side',
        sentence: `${domain.name}: the Accountable, ${only.name}, sits in ${PLACEMENT_PLACES[only.side]}, but the activity ${activity.name} is placed in ${PLACEMENT_PLACES[placement]}.`,
      });
    }
  }
  return result;
}

export interface RaciFinalCheck {
  allowed: boolean;
  /** Warnings whose key is not among the acknowledged ones. */
  unacknowledged: RaciWarning[];
  /** Why the matrix cannot be final; null when it can. */
  message: string | null;
}

/**
 * Whether the matrix may be marked final: no errors, and every current warning acknowledged (by
 * key; acknowledgements of warnings that no longer exist are ignored).
 */
export function canMarkRaciFinal(validation: RaciValidation, acknowledgedWarningKeys: readonly string[]): RaciFinalCheck {
  const acknowledged = new Set(acknowledgedWarningKeys);
  const unacknowledged = validation.warnings.filter((warning) => !acknowledged.has(warning.key));
  const errors = validation.errors.length;
  const missing = [
    ...(errors > 0 ? [countOf(errors, 'error to fix', 'errors to fix')] : []),
    ...(unacknowledged.length > 0 ? [countOf(unacknowledged.length, 'warning to acknowledge', 'warnings to acknowledge')] : []),
  ];
  return { allowed: missing.length === 0, unacknowledged, message: missing.length === 0 ? null : `The RACI cannot be marked final yet: ${joinNames(missing)}.` };
}

/**
 * Refuses to mark the matrix final unless `canMarkRaciFinal` allows it, naming every error (field
 * `domains`) and every warning still to acknowledge (field `acknowledgedWarningKeys`) in its sentence.
 */
export function assertRaciCanBeFinal(validation: RaciValidation, acknowledgedWarningKeys: readonly string[]): void {
  const check = canMarkRaciFinal(validation, acknowledgedWarningKeys);
  if (check.allowed) return;
  throw new DomainError('BAD_USER_INPUT', [check.message, ...validation.errors.map((error) => error.sentence)].join(' '), [
    ...validation.errors.map((error) => ({ field: 'domains', message: error.sentence })),
    ...check.unacknowledged.map((warning) => ({ field: 'acknowledgedWarningKeys', message: `Acknowledge: ${warning.sentence}` })),
  ]);
}

/** Why a final matrix refuses a change: it is a signed-off decision, so changing it is a deliberate step (reopen) that its history shows. */
export const RACI_FINAL_MESSAGE = 'The RACI is final: reopen it before changing it.';

/** Refuses any change to a final matrix (cells, domains, roles, imports). */
export function assertRaciOpen(matrix: { final: boolean }): void {
  if (matrix.final) throw new DomainError('BAD_USER_INPUT', RACI_FINAL_MESSAGE);
}

/** Most domains and roles a matrix holds: one that people still read on one screen. */
export const MAX_RACI_DOMAINS = 40;
export const MAX_RACI_ROLES = 15;

/** Refuses a new domain or role beyond the limit. */
export function assertRaciRoom(kind: 'domain' | 'role', count: number): void {
  const max = kind === 'domain' ? MAX_RACI_DOMAINS : MAX_RACI_ROLES;
  if (count >= max) throw invalidField('name', `A RACI has at most ${max} ${kind === 'domain' ? 'domains' : 'roles'}: remove one first.`);
}

/** The RACI file's first column; no role may take its name. */
export const RACI_DOMAIN_COLUMN = 'Domain';

/**
 * Refuses a domain or role name another row or column of the matrix already has (any case), and a
 * role called "Domain": the RACI file reads rows and columns by name.
 */
export function assertRaciNameFree(kind: 'domain' | 'role', name: string, others: readonly { id: string; name: string }[], selfId: string | null = null): void {
  if (kind === 'role' && lookupKey(name) === lookupKey(RACI_DOMAIN_COLUMN)) {
    throw invalidField('name', `A role cannot be called "${RACI_DOMAIN_COLUMN}": the RACI file uses that name for its first column.`);
  }
  if (others.some((other) => other.id !== selfId && lookupKey(other.name) === lookupKey(name))) {
    throw invalidField('name', `The RACI already has a ${kind} named "${name.trim()}".`);
  }
}

const domainName = nameText('Domain', 2, 120);
const roleName = nameText('Role', 2, 80);
const side = z.enum(ROLE_SIDES, 'Pick the hub, a spoke or either side.');
/** An activity to link to; null or absent = none. */
const linkedActivity = id.nullish().transform((value) => value ?? null);

/** Input to fill, change or clear (null) one cell; `expectedVersion` is the version of the cell the user saw, absent for an empty cell. */
export const setRaciCellSchema = z.object({
  programId: id,
  domainId: id,
  roleId: id,
  value: z.enum(RACI_VALUES, 'Pick R, A, C or I, or leave the cell empty.').nullable().default(null),
  expectedVersion: expectedVersion.nullish(),
});
export type SetRaciCellInput = z.input<typeof setRaciCellSchema>;

/** Input to add a domain; without `activityId` the API may apply `defaultRaciActivityId`. */
export const addRaciDomainSchema = z.object({ programId: id, name: domainName, activityId: linkedActivity });
export type AddRaciDomainInput = z.input<typeof addRaciDomainSchema>;

export const renameRaciDomainSchema = z.object({ id, name: domainName, expectedVersion });
export type RenameRaciDomainInput = z.input<typeof renameRaciDomainSchema>;

/** Input to link a domain to a catalog activity, or unlink it (null). */
export const linkRaciDomainSchema = z.object({ id, activityId: linkedActivity, expectedVersion });
export type LinkRaciDomainInput = z.input<typeof linkRaciDomainSchema>;

export const addRaciRoleSchema = z.object({ programId: id, name: roleName, side: side.default('either') });
export type AddRaciRoleInput = z.input<typeof addRaciRoleSchema>;

export const renameRaciRoleSchema = z.object({ id, name: roleName, expectedVersion });
export type RenameRaciRoleInput = z.input<typeof renameRaciRoleSchema>;

export const setRaciRoleSideSchema = z.object({ id, side, expectedVersion });
export type SetRaciRoleSideInput = z.input<typeof setRaciRoleSideSchema>;

/** Input to remove a domain or a role; `confirmed` must be true when filled cells would go with it. */
export const removeRaciItemSchema = z.object({ id, expectedVersion, confirmed: z.boolean().default(false) });
export type RemoveRaciItemInput = z.input<typeof removeRaciItemSchema>;

/** Input to mark the matrix final, with the keys of the warnings the user acknowledged. */
export const markRaciFinalSchema = z.object({
  programId: id,
  acknowledgedWarningKeys: z.array(z.string().max(1000)).max(500).default([]),
  expectedVersion,
});
export type MarkRaciFinalInput = z.input<typeof markRaciFinalSchema>;

/** Input to reopen a final matrix, at the version the user saw. */
export const reopenRaciSchema = z.object({ programId: id, expectedVersion });
export type ReopenRaciInput = z.input<typeof reopenRaciSchema>;
