import { deriveUnitStage, unitStageLabel, type Engagement, type PilotEngagement, type ProgramMemberRole, type ProgramPhase, type Role, type UnitKind } from '@rollout/domain';
import type { ProgramOwnersQuery, ProgramRowFragment } from '../gql/graphql';
import type { CurrentUser } from '../shared/session/current-user';

let sequence = 0;
/** A fresh number per call, so fixtures never collide. */
function next(): number {
  sequence += 1;
  return sequence;
}

export function anId(): string {
  return crypto.randomUUID();
}

export function aCurrentUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  const n = next();
  return {
    id: anId(),
    name: `Priya Shah ${n}`,
    email: `priya.shah.${n}@northwind.example`,
    role: 'program_manager',
    unitIds: [],
    ...overrides,
  };
}

/** A program as the `Programs` list query returns it (fragment fields unmasked). */
export function aProgramListNode(
  overrides: Partial<{
    id: string;
    name: string;
    phase: ProgramPhase;
    status: 'on_track' | 'at_risk' | 'off_track' | 'on_hold' | 'completed';
    targetModel: 'centralized' | 'hub_and_spoke' | 'hybrid' | 'pod' | 'decentralized' | 'undecided';
    targetDate: string;
    updatedAt: string;
    archived: boolean;
    ownerName: string;
  }> = {},
): ProgramRowFragment {
  const n = next();
  return {
    __typename: 'Program',
    id: overrides.id ?? anId(),
    name: overrides.name ?? `Program ${n}`,
    phase: overrides.phase ?? 'assess',
    status: overrides.status ?? 'on_track',
    targetModel: overrides.targetModel ?? 'hub_and_spoke',
    targetDate: overrides.targetDate ?? '2026-12-31',
    updatedAt: overrides.updatedAt ?? '2026-01-15T10:00:00.000Z',
    archived: overrides.archived ?? false,
    owner: { __typename: 'User', id: anId(), name: overrides.ownerName ?? `Owner ${n}` },
  };
}

/** The unmasked `Programs` query result for these nodes. */
export function aProgramConnection(
  nodes: ProgramRowFragment[],
  page: { totalCount?: number; hasNextPage?: boolean; endCursor?: string | null } = {},
) {
  return {
    programs: {
      __typename: 'ProgramConnection',
      totalCount: page.totalCount ?? nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: page.hasNextPage ?? false, endCursor: page.endCursor ?? null },
      nodes,
    },
  };
}

export function anOwner(overrides: Partial<{ id: string; name: string; email: string }> = {}) {
  const n = next();
  const owner: ProgramOwnersQuery['users'][number] = {
    __typename: 'User',
    id: overrides.id ?? anId(),
    name: overrides.name ?? `Owner ${n}`,
    email: overrides.email ?? `owner.${n}@northwind.example`,
  };
  return owner;
}

export interface ProgramDetailOverrides {
  id?: string;
  name?: string;
  phase?: ProgramPhase;
  status?: ProgramRowFragment['status'];
  archived?: boolean;
  version?: number;
  ownerId?: string;
  ownerName?: string;
  history?: { fromPhase: ProgramPhase | null; toPhase: ProgramPhase; reason?: string | null; by?: string }[];
  /** Whether the signed-in user may manage this program (the API's `viewerCanManage`). */
  viewerCanManage?: boolean;
  units?: ReturnType<typeof aProgramUnit>[];
  members?: ReturnType<typeof aProgramMember>[];
}

export interface ProgramUnitOverrides {
  id?: string;
  programId?: string;
  unitId?: string;
  name?: string;
  code?: string;
  kind?: UnitKind;
  blocked?: boolean;
  /** The unit's pilots in the program; its stage is derived from them as of `asOf`. */
  engagements?: Engagement[];
  asOf?: string;
  note?: string;
  version?: number;
  updatedAt?: string;
  viewerCanUpdate?: boolean;
}

/** A unit's row in a program's rollout, as the `Program` query returns it. */
export function aProgramUnit(overrides: ProgramUnitOverrides = {}) {
  const n = next();
  const unitId = overrides.unitId ?? anId();
  return {
    __typename: 'ProgramUnit' as const,
    id: overrides.id ?? anId(),
    programId: overrides.programId ?? anId(),
    unitId,
    blocked: overrides.blocked ?? false,
    stage: aUnitStage(overrides.engagements ?? [], overrides.asOf),
    note: overrides.note ?? '',
    version: overrides.version ?? 1,
    updatedAt: overrides.updatedAt ?? '2026-11-20T10:00:00.000Z',
    viewerCanUpdate: overrides.viewerCanUpdate ?? false,
    unit: {
      __typename: 'Unit' as const,
      id: unitId,
      name: overrides.name ?? `Unit ${n}`,
      code: overrides.code ?? `U-${n}`,
      kind: overrides.kind ?? 'sub_region',
    },
  };
}

/** A member of a program, as the `Program` query returns it. */
export function aProgramMember(
  overrides: { programId?: string; userId?: string; name?: string; role?: ProgramMemberRole; userRole?: Role } = {},
) {
  const n = next();
  return {
    __typename: 'ProgramMember' as const,
    programId: overrides.programId ?? anId(),
    role: overrides.role ?? 'contributor',
    user: {
      __typename: 'User' as const,
      id: overrides.userId ?? anId(),
      name: overrides.name ?? `Member ${n}`,
      role: overrides.userRole ?? 'program_manager',
    },
  };
}

/** One `recordHistory` entry. */
export function anAuditEntry(
  overrides: {
    id?: string;
    at?: string;
    operation?: 'insert' | 'update' | 'delete';
    recordType?: 'program' | 'program_unit' | 'program_member' | 'unit' | 'user' | 'unit_assignment';
    recordId?: string;
    actor?: { id?: string; name: string } | null;
    changes?: { field: string; from: string | null; to: string | null }[];
    /** The API's wording: "<actor> <action> <subject> <suffix>", then the details. */
    action?: string;
    subject?: string | null;
    suffix?: string | null;
    details?: string[];
  } = {},
) {
  const n = next();
  const actor = overrides.actor === undefined ? { name: 'Priya Shah' } : overrides.actor;
  return {
    __typename: 'AuditEntry' as const,
    id: overrides.id ?? String(1000 + n),
    at: overrides.at ?? '2026-11-20T10:00:00.000Z',
    operation: overrides.operation ?? 'update',
    recordType: overrides.recordType ?? 'program',
    recordId: overrides.recordId ?? anId(),
    actor: actor ? { __typename: 'User' as const, id: actor.id ?? anId(), name: actor.name } : null,
    changes: (overrides.changes ?? []).map((change) => ({ __typename: 'FieldChange' as const, ...change })),
    action: overrides.action ?? 'updated the program',
    subject: overrides.subject === undefined ? 'Global rollout' : overrides.subject,
    suffix: overrides.suffix ?? null,
    details: overrides.details ?? [],
  };
}

/** A program as the `Program` and `EditProgram` queries return it (all fragment fields unmasked). */
export function aProgramDetail(overrides: ProgramDetailOverrides = {}) {
  const n = next();
  const history = overrides.history ?? [{ fromPhase: null, toPhase: overrides.phase ?? 'assess' }];
  const id = overrides.id ?? anId();
  return {
    __typename: 'Program' as const,
    id,
    version: overrides.version ?? 3,
    name: overrides.name ?? `Program ${n}`,
    archived: overrides.archived ?? false,
    phase: overrides.phase ?? 'assess',
    status: overrides.status ?? 'on_track',
    targetModel: 'hub_and_spoke' as const,
    sponsor: 'Dana Whitfield, CRO',
    objective: 'One lead-to-renewal process across EMEA.',
    startDate: '2026-01-05',
    targetDate: '2026-12-18',
    owner: {
      __typename: 'User' as const,
      id: overrides.ownerId ?? anId(),
      name: overrides.ownerName ?? 'Priya Shah',
      role: 'program_manager' as const,
    },
    viewerCanManage: overrides.viewerCanManage ?? true,
    units: (overrides.units ?? []).map((unit) => ({ ...unit, programId: id })),
    members: (overrides.members ?? []).map((member) => ({ ...member, programId: id })),
    decisions: [],
    lessons: [],
    phaseHistory: history.map((entry, index) => ({
      __typename: 'PhaseChange' as const,
      id: anId(),
      fromPhase: entry.fromPhase,
      toPhase: entry.toPhase,
      reason: entry.reason ?? null,
      changedAt: `2026-0${Math.min(index + 1, 9)}-10T09:30:00.000Z`,
      changedBy: { __typename: 'User' as const, id: anId(), name: entry.by ?? 'Priya Shah' },
    })),
  };
}

export function aUnit(
  overrides: Partial<{
    id: string;
    name: string;
    code: string;
    kind: 'region' | 'sub_region' | 'country' | 'business_unit' | 'segment';
    parentId: string | null;
    archived: boolean;
    version: number;
    rollouts: ReturnType<typeof aUnitRollout>[];
  }> = {},
) {
  const n = next();
  return {
    __typename: 'Unit' as const,
    id: overrides.id ?? anId(),
    name: overrides.name ?? `Unit ${n}`,
    code: overrides.code ?? `U-${n}`,
    kind: overrides.kind ?? 'region',
    parentId: overrides.parentId ?? null,
    archived: overrides.archived ?? false,
    version: overrides.version ?? 1,
    rollouts: overrides.rollouts ?? [],
  };
}

/** A unit's place in a program, as the units page reads it. */
export function aUnitRollout(programName: string, engagements: Engagement[] = [], blocked = false) {
  return {
    __typename: 'ProgramUnit' as const,
    id: anId(),
    blocked,
    program: { __typename: 'Program' as const, id: anId(), name: programName },
    stage: aUnitStage(engagements),
  };
}

/** A unit's stage as the API derives it (the domain's rule), e.g. from `[{ kind: 'pilot', status: 'running', … }]`. */
export function aUnitStage(engagements: Engagement[] = [], asOf = '2026-12-03') {
  const stage = deriveUnitStage(engagements, asOf);
  return {
    __typename: 'UnitStage' as const,
    stage: stage.stage,
    label: unitStageLabel(stage),
    overdue: stage.overdue,
  };
}

/** A pilot engagement for `aUnitStage`: four weeks from Nov 16, 2026, running unless overridden. */
export function aPilotEngagement(overrides: Partial<PilotEngagement> = {}): PilotEngagement {
  return { kind: 'pilot', id: anId(), name: 'Routing pilot', status: 'running', startDate: '2026-11-16', endDate: '2026-12-13', decision: null, ...overrides };
}
