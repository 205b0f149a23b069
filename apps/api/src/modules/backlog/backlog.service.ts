import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  REQUEST_STATUS_LABELS,
  assertCan,
  assertFrameworkParts,
  assertNotArchived,
  backlogSettingsSchema,
  canMoveRequest,
  decideApprovalSchema,
  fileRequestSchema,
  invalidField,
  isOpenRequest,
  mergeRequestSchema,
  mergeRequesters,
  moveRequestSchema,
  parseId,
  parseInput,
  reminderOf,
  requestNumber,
  saveRequestTypesSchema,
  scoreRequestSchema,
  updateRequestSchema,
  type Action,
  type Actor,
} from '@rollout/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { ConflictError, NotFoundError } from '../../common/errors/app-error.js';
import { today } from '../../common/time/today.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { loadActiveProgramFor, programAccess } from '../programs/program-access.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { BacklogSettingsEntity } from './backlog-settings.entity.js';
import type { DecideRequestApprovalInput, FileRequestInput, MergeRequestInput, MoveRequestInput, SaveBacklogSettingsInput, SaveRequestTypesInput, ScoreRequestInput, UpdateRequestInput } from './backlog.input.js';
import { toBacklogModel, toRequestModel } from './backlog.mapper.js';
import type { BacklogModel, CreatedInboundSecretModel, RevopsRequestModel } from './backlog.model.js';
import { BacklogRepository, type BacklogRecords } from './backlog.repository.js';
import { buildBacklogView, type BacklogView, type RequestView } from './backlog.view.js';
import { BacklogViewsService } from './backlog-views.service.js';
import { RequestTypeEntity } from './request-type.entity.js';
import { RevopsRequestEntity } from './revops-request.entity.js';

/**
 * The RevOps backlog's writes. Each locks the program (request numbers and ranks are per program),
 * checks the caller's permission on the team that owns the request before reading its input,
 * and answers with the request as the backlog derives it afterwards.
 */
@Injectable()
export class BacklogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly backlog: BacklogRepository,
    private readonly inbox: NotificationsService,
    private readonly views: BacklogViewsService,
  ) {}

  /** Files a request for a unit; the filer is its first requester. */
  async file(actor: Actor, input: FileRequestInput): Promise<RevopsRequestModel> {
    const programId = parseId(input.programId, 'programId');
    return writeTransaction(this.dataSource, actor, async (em) => {
      // The unit is checked for scope before the rest of the input is read.
      await loadActiveProgramFor(em, actor, programId, 'request.file', { unitId: String(input.unitId).toLowerCase() });
      const types = await em.findBy(RequestTypeEntity, { programId });
      const { typeId, unitId, activityId, problem, impact, wishedOn } = parseInput(fileRequestSchema, input);
      if (!types.some((type) => type.id === typeId)) throw invalidField('typeId', 'Pick a request type of this program.');
      if (!(await this.backlog.unitInProgram(em, programId, unitId))) throw invalidField('unitId', 'Pick a unit of this program.');
      if (activityId !== null && !(await this.backlog.activityInProgram(em, programId, activityId))) throw invalidField('activityId', 'Pick an activity of this program’s catalog.');
      const number = await this.backlog.nextNumber(em, programId);
      const { identifiers } = await em.insert(RevopsRequestEntity, { orgId: actor.orgId, programId, number, typeId, unitId, activityId, problem, impact, wishedOn, filedById: actor.id });
      const id = String(identifiers[0]?.id);
      await this.backlog.addRequesters(em, [{ requestId: id, userId: actor.id, unitId, orgId: actor.orgId }]);
      return this.modelOf(em, actor, id);
    });
  }

  /** Rewords a request: its filer while it awaits triage, or its owning team. */
  async update(actor: Actor, input: UpdateRequestInput): Promise<RevopsRequestModel> {
    return this.change(actor, input.id, 'request.triage', async (em, request, records) => {
      const { id, expectedVersion, ...next } = parseInput(updateRequestSchema, input);
      if (next.typeId !== undefined && !records.types.some((type) => type.id === next.typeId)) throw invalidField('typeId', 'Pick a request type of this program.');
      if (next.activityId && !(await this.backlog.activityInProgram(em, request.row.program_id, next.activityId))) throw invalidField('activityId', 'Pick an activity of this program’s catalog.');
      await updateVersioned(em, RevopsRequestEntity, 'Request', { id, orgId: actor.orgId, expectedVersion }, next);
    }, (request) => request.row.status === 'new' && request.row.filed_by_id === actor.id);
  }

  /** Scores a request with the program's framework; a request awaiting triage is triaged by it. */
  async score(actor: Actor, input: ScoreRequestInput): Promise<RevopsRequestModel> {
    return this.change(actor, input.id, 'request.triage', async (em, request, records) => {
      const { id, expectedVersion, ...parts } = parseInput(scoreRequestSchema, input);
      assertFrameworkParts(records.settings.framework, parts);
      if (!isOpenRequest(request.row.status)) throw invalidField('id', `A ${REQUEST_STATUS_LABELS[request.row.status].toLowerCase()} request is not scored; reopen it first.`);
      const { impact, ...rest } = parts;
      const triaging = request.row.status === 'new';
      await updateVersioned(em, RevopsRequestEntity, 'Request', { id, orgId: actor.orgId, expectedVersion }, {
        ...rest,
        impactScore: impact ?? null,
        ...(triaging ? { status: 'triaged' as const, triagedAt: new Date() } : {}),
      });
      if (triaging) await this.tellRequesters(em, actor, id, 'was triaged');
    });
  }

  /** Commits, starts, delivers, declines or reopens a request. */
  async move(actor: Actor, input: MoveRequestInput): Promise<RevopsRequestModel> {
    return this.change(actor, input.id, 'request.triage', async (em, request) => {
      const { id, expectedVersion, status, plannedMonth, reason } = parseInput(moveRequestSchema, input);
      const from = request.row.status;
      if (!canMoveRequest(from, status)) throw invalidField('status', `A request ${REQUEST_STATUS_LABELS[from].toLowerCase()} cannot become ${REQUEST_STATUS_LABELS[status].toLowerCase()}.`);
      if (status === 'committed' && request.score === null) throw invalidField('status', 'Score it before committing it: the rank is what commits work.');
      if (status === 'committed' && request.approvalNeeded && request.row.approval !== 'approved') {
        throw invalidField('status', `It changes the ${request.row.standard_domain} standard: the hub (${request.row.standard_role}) approves it before it is committed.`);
      }
      const now = new Date();
      await updateVersioned(em, RevopsRequestEntity, 'Request', { id, orgId: actor.orgId, expectedVersion }, {
        status,
        plannedMonth: status === 'committed' ? plannedMonth : status === 'triaged' || status === 'declined' ? null : undefined,
        deliveredAt: status === 'delivered' ? now : null,
        declineReason: status === 'declined' ? reason : '',
        triagedAt: request.row.triaged_at ?? now,
      });
      const what = status === 'committed' && plannedMonth ? `was committed for ${new Date(`${plannedMonth}T00:00:00Z`).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })}` : `is now ${REQUEST_STATUS_LABELS[status].toLowerCase()}`;
      await this.tellRequesters(em, actor, id, status === 'declined' ? `was declined: ${reason}` : what);
    });
  }

  /** Merges a duplicate into the request it duplicates; the duplicate's requesters join it. */
  async merge(actor: Actor, input: MergeRequestInput): Promise<RevopsRequestModel> {
    let intoId = '';
    await this.change(actor, input.id, 'request.triage', async (em, duplicate, records) => {
      const parsed = parseInput(mergeRequestSchema, input);
      intoId = parsed.intoId;
      const into = buildBacklogView(records, today()).requests.find((request) => request.row.id === parsed.intoId);
      if (!into || into.row.id === duplicate.row.id) throw invalidField('intoId', 'Pick another request of this program.');
      if (!isOpenRequest(into.row.status) || !isOpenRequest(duplicate.row.status)) throw invalidField('intoId', 'Both requests must be open to merge them.');
      await this.assertMay(em, actor, 'request.triage', duplicate.row.program_id, into);
      const [kept, moving] = await Promise.all([this.backlog.requestersOf([into.row.id], em), this.backlog.requestersOf([duplicate.row.id], em)]);
      const toRequester = (row: { user_id: string; unit_id: string }) => ({ userId: row.user_id, unitId: row.unit_id });
      const joining = mergeRequesters(kept.map(toRequester), moving.map(toRequester)).slice(kept.length);
      await this.backlog.addRequesters(em, joining.map((requester) => ({ ...requester, requestId: into.row.id, orgId: actor.orgId })));
      await updateVersioned(em, RevopsRequestEntity, 'Request', { id: parsed.id, orgId: actor.orgId, expectedVersion: parsed.expectedVersion }, { status: 'merged', mergedIntoId: into.row.id, triagedAt: duplicate.row.triaged_at ?? new Date() });
      await this.tellRequesters(em, actor, parsed.id, `was merged into ${requestNumber(into.row.number)}, which you now follow`);
    });
    return this.request(actor, intoId);
  }

  /** The hub approves or rejects a spoke request that changes a standard the hub is accountable for. */
  async decideApproval(actor: Actor, input: DecideRequestApprovalInput): Promise<RevopsRequestModel> {
    return this.change(actor, input.id, 'backlog.manage', async (em, request) => {
      const { id, expectedVersion, approved, note } = parseInput(decideApprovalSchema, input);
      if (!request.approvalNeeded) throw invalidField('id', 'This request changes no standard the hub is accountable for: it needs no approval.');
      if (!isOpenRequest(request.row.status)) throw invalidField('id', 'Only open requests are approved.');
      await updateVersioned(em, RevopsRequestEntity, 'Request', { id, orgId: actor.orgId, expectedVersion }, { approval: approved ? 'approved' : 'rejected', approvedById: actor.id, approvalNote: note });
      await this.tellRequesters(em, actor, id, approved ? 'was approved by the hub' : `was rejected by the hub${note ? `: ${note}` : ''}`);
    }, undefined, true);
  }

  async saveSettings(actor: Actor, input: SaveBacklogSettingsInput): Promise<BacklogModel> {
    return this.changeProgram(actor, input.programId, async (em, programId) => {
      const { framework, focusDaysPerPersonMonth } = parseInput(backlogSettingsSchema, input);
      const settings = await em.findOneBy(BacklogSettingsEntity, { programId });
      // A program that never saved its settings reads version 0: its first save makes version 1.
      if (!settings && input.expectedVersion === 0) await em.insert(BacklogSettingsEntity, { orgId: actor.orgId, programId, framework, focusDaysPerPersonMonth });
      else if (!settings) throw new ConflictError('Backlog settings', 0);
      else await updateVersioned(em, BacklogSettingsEntity, 'Backlog settings', { id: settings.id, orgId: actor.orgId, expectedVersion: input.expectedVersion }, { framework, focusDaysPerPersonMonth });
    });
  }

  async saveTypes(actor: Actor, input: SaveRequestTypesInput): Promise<BacklogModel> {
    return this.changeProgram(actor, input.programId, async (em, programId) => {
      const { types } = parseInput(saveRequestTypesSchema, input);
      const existing = await em.findBy(RequestTypeEntity, { programId });
      const kept = new Set(types.flatMap((type) => (type.id ? [type.id] : [])));
      const unknown = types.findIndex((type) => type.id !== null && !existing.some((row) => row.id === type.id));
      if (unknown >= 0) throw invalidField(`types.${unknown}.id`, 'This type is not in the program any more; reload.');
      for (const removed of existing.filter((row) => !kept.has(row.id))) {
        const [used] = await em.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM revops_request WHERE type_id = $1`, [removed.id]);
        if ((used?.count ?? 0) > 0) throw invalidField('types', `${removed.name} is the type of ${used?.count} requests: keep it, or rename it.`);
        await em.delete(RequestTypeEntity, { id: removed.id });
      }
      // Names are unique per program: park the kept ones first so a swap of two names does not collide.
      await em.query(`UPDATE request_type SET name = '~' || id::text WHERE program_id = $1`, [programId]);
      for (const [position, type] of types.entries()) {
        const values = { name: type.name, triageDays: type.triageDays, deliverDays: type.deliverDays, position };
        if (type.id) await em.update(RequestTypeEntity, { id: type.id }, values);
        else await em.insert(RequestTypeEntity, { ...values, orgId: actor.orgId, programId });
      }
    });
  }

  /** Makes a new signing secret for the inbound webhook (the old one stops working); answered this once. */
  async rotateInboundSecret(actor: Actor, programIdInput: string): Promise<CreatedInboundSecretModel> {
    const secret = `rqsec_${randomBytes(24).toString('base64url')}`;
    const backlog = await this.changeProgram(actor, programIdInput, async (em, programId) => {
      const settings = await this.backlog.ensureSettings(em, actor.orgId, programId);
      await em.update(BacklogSettingsEntity, { id: settings.id }, { inboundSecret: secret });
    });
    return { secret, backlog };
  }

  async removeInboundWebhook(actor: Actor, programIdInput: string): Promise<BacklogModel> {
    return this.changeProgram(actor, programIdInput, async (em, programId) => {
      await em.update(BacklogSettingsEntity, { programId }, { inboundSecret: null });
    });
  }

  /** One request as its backlog derives it (anyone who reads the program). */
  async request(actor: Actor, idInput: string): Promise<RevopsRequestModel> {
    return this.modelOf(this.dataSource.manager, actor, parseId(idInput, 'id'), async (programId) => (await this.views.of([programId]))[0]);
  }

  /** The request as `backlogOf` derives its program's backlog (by default, read in `em`: a write's answer reads its own transaction). */
  private async modelOf(
    em: EntityManager,
    actor: Actor,
    id: string,
    backlogOf = async (programId: string): Promise<BacklogView | undefined> => buildBacklogView(await this.backlog.recordsOf(em, programId), today()),
  ): Promise<RevopsRequestModel> {
    const row = await this.backlog.requestHead(em, actor.orgId, id);
    if (!row) throw new NotFoundError('Request', id);
    const view = (await backlogOf(row.program_id))?.requests.find((request) => request.row.id === id);
    if (!view) throw new NotFoundError('Request', id);
    return toRequestModel(view);
  }

  /**
   * A write on one request: the program locked, the caller checked against the team that owns the
   * request (`orElse`: another way to be allowed, like a filer rewording their own request), then `write`.
   */
  private async change(
    actor: Actor,
    idInput: string,
    action: Action,
    write: (em: EntityManager, request: RequestView, records: BacklogRecords) => Promise<void>,
    orElse?: (request: RequestView) => boolean,
    hubOnly = false,
  ): Promise<RevopsRequestModel> {
    const id = parseId(idInput, 'id');
    return writeTransaction(this.dataSource, actor, async (em) => {
      const found = await this.backlog.requestHead(em, actor.orgId, id);
      if (!found) throw new NotFoundError('Request', id);
      const program = await em.findOne(ProgramEntity, { where: { id: found.program_id }, lock: { mode: 'pessimistic_write' } });
      if (!program) throw new NotFoundError('Program', found.program_id);
      const records = await this.backlog.recordsOf(em, program.id);
      const request = buildBacklogView(records, today()).requests.find((candidate) => candidate.row.id === id);
      if (!request) throw new NotFoundError('Request', id);
      if (!orElse?.(request)) assertCan(actor, action, { program: await programAccess(em, program), unitId: hubOnly ? undefined : (request.spokeUnitId ?? undefined) });
      assertNotArchived({ archived: program.archivedAt !== null });
      await write(em, request, records);
      return this.modelOf(em, actor, id);
    });
  }

  private async assertMay(em: EntityManager, actor: Actor, action: Action, programId: string, request: RequestView): Promise<void> {
    const program = await em.findOneByOrFail(ProgramEntity, { id: programId });
    assertCan(actor, action, { program: await programAccess(em, program), unitId: request.spokeUnitId ?? undefined });
  }

  private async changeProgram(actor: Actor, programIdInput: string, write: (em: EntityManager, programId: string) => Promise<void>): Promise<BacklogModel> {
    const programId = parseId(programIdInput, 'programId');
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadActiveProgramFor(em, actor, programId, 'backlog.manage');
      await write(em, programId);
      return toBacklogModel(buildBacklogView(await this.backlog.recordsOf(em, programId), today()), this.config.publicUrl);
    });
  }

  /** Tells a request's requesters (not the one who changed it) what happened to it. */
  private async tellRequesters(em: EntityManager, actor: Actor, id: string, what: string): Promise<void> {
    const row = await this.backlog.requestHead(em, actor.orgId, id);
    if (!row) return;
    const userIds = (await this.backlog.requesterIds(em, id)).filter((userId) => userId !== actor.id);
    if (userIds.length === 0) return;
    const reminder = reminderOf.requestUpdate({ id, label: requestNumber(row.number), problem: row.problem, version: row.version, what, programId: row.program_id });
    await this.inbox.tell(em, reminder, { orgId: actor.orgId, programId: row.program_id, userIds });
  }
}
