import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  applyPatch,
  assertCan,
  assessmentCompleteness,
  can,
  checkAssessmentGate,
  assertNotArchived,
  canManagePrograms,
  changePhaseSchema,
  checkAlignGate,
  checkScaleGate,
  checkTargetModelUnchanged,
  checkPhaseChange,
  createProgramSchema,
  versionedIdSchema,
  invalidField,
  parseId,
  parseInput,
  programListSchema,
  updateProgramSchema,
  type Actor,
} from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { AssessmentsRepository } from '../assessments/assessments.repository.js';
import { BacklogRepository } from '../backlog/backlog.repository.js';
import { UserEntity } from '../users/user.entity.js';
import { PhaseChangeEntity } from './phase-change.entity.js';
import { loadProgramFor } from './program-access.js';
import type { ChangeProgramPhaseInput, CreateProgramInput, UpdateProgramInput } from './program.input.js';
import { ProgramEntity } from './program.entity.js';
import { ProgramsRepository } from './programs.repository.js';
import { toProgramModel } from './program.mapper.js';
import type { ProgramConnectionModel, ProgramModel } from './program.model.js';

@Injectable()
export class ProgramsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programs: ProgramsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly backlog: BacklogRepository,
  ) {}

  /** One page of programs plus the total matching the filter. */
  async list(actor: Actor, input: unknown): Promise<ProgramConnectionModel> {
    const query = parseInput(programListSchema, input);
    const { rows, totalCount, cursorOf } = await this.programs.page(actor.orgId, query);
    const page = rows.slice(0, query.first);
    const last = page.at(-1);
    return {
      nodes: page.map(toProgramModel),
      pageInfo: { hasNextPage: rows.length > query.first, endCursor: last ? cursorOf(last) : null },
      totalCount,
    };
  }

  async get(actor: Actor, id: string): Promise<ProgramModel> {
    return toProgramModel(await this.load(this.dataSource.manager, actor, id));
  }

  /** Creates a program in Assess and records that as the first phase-history entry. */
  async create(actor: Actor, input: CreateProgramInput): Promise<ProgramModel> {
    assertCan(actor, 'program.create');
    const values = parseInput(createProgramSchema, input);
    return writeTransaction(this.dataSource, actor, async (em) => {
      await this.assertOwnerEligible(em, actor, values.ownerId);
      const program = await em.save(ProgramEntity, em.create(ProgramEntity, { ...values, orgId: actor.orgId, phase: 'assess' }));
      await em.insert(PhaseChangeEntity, { orgId: actor.orgId, programId: program.id, fromPhase: null, toPhase: 'assess', changedById: actor.id });
      await this.assessments.insertDefaultCatalog(em, actor.orgId, program.id);
      await this.backlog.insertDefaultTypes(em, actor.orgId, program.id);
      return toProgramModel(program);
    });
  }

  async update(actor: Actor, input: UpdateProgramInput): Promise<ProgramModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      // Permission before validation: a caller who may not manage the program gets FORBIDDEN, not the rules.
      const program = await loadProgramFor(em, actor, parseId(input.id), 'program.manage');
      assertNotArchived(toProgramModel(program));
      checkTargetModelUnchanged(program.targetModel, input.targetModel);
      const { name, objective, targetModel, sponsor, ownerId, startDate, targetDate, status } = program;
      const patched = applyPatch({ name, objective, targetModel, sponsor, ownerId, startDate, targetDate, status }, input, ['objective']);
      const { id, expectedVersion, ...values } = parseInput(updateProgramSchema, patched);
      await this.assertOwnerEligible(em, actor, values.ownerId);
      return toProgramModel(await updateVersioned(em, ProgramEntity, 'Program', { id, orgId: actor.orgId, expectedVersion }, values));
    });
  }

  /**
   * Moves a program forward one phase, or back with a reason, and records the change. Leaving Assess
   * needs the assessment complete enough (the program's threshold), leaving Align a chosen model,
   * reaching Scale a pilot decided scale, unless an admin overrides the gate with a reason.
   */
  async changePhase(actor: Actor, input: ChangeProgramPhaseInput): Promise<ProgramModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const current = await loadProgramFor(em, actor, parseId(input.programId, 'programId'), 'program.manage');
      assertNotArchived(toProgramModel(current));
      const { programId, toPhase, reason, overrideReason, expectedVersion } = parseInput(changePhaseSchema, input);
      const recordedReason = checkPhaseChange(current.phase, toPhase, reason);
      const override = { allowed: can(actor, 'phase_gate.override'), reason: overrideReason };
      const gateOverrideReason =
        checkAssessmentGate({ from: current.phase, to: toPhase }, await this.assessmentPercent(em, current.id, current.phase === 'assess' && toPhase === 'align'), current.assessmentThreshold, override) ??
        checkAlignGate({ from: current.phase, to: toPhase }, current.targetModel, override) ??
        checkScaleGate({ from: current.phase, to: toPhase }, current.phase === 'pilot' && toPhase === 'scale' ? await this.programs.scaledPilotCount(em, current.id) : 0, override);
      const key = { id: programId, orgId: actor.orgId, expectedVersion };
      const updated = await updateVersioned(em, ProgramEntity, 'Program', key, { phase: toPhase });
      await em.insert(PhaseChangeEntity, {
        orgId: actor.orgId,
        programId,
        fromPhase: current.phase,
        toPhase,
        reason: recordedReason,
        gateOverrideReason,
        changedById: actor.id,
      });
      return toProgramModel(updated);
    });
  }

  async setArchived(actor: Actor, input: { id: string; expectedVersion: number }, archived: boolean): Promise<ProgramModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadProgramFor(em, actor, parseId(input.id), 'program.manage');
      const { id, expectedVersion } = parseInput(versionedIdSchema, input);
      const key = { id, orgId: actor.orgId, expectedVersion };
      return toProgramModel(await updateVersioned(em, ProgramEntity, 'Program', key, { archivedAt: archived ? new Date() : null }));
    });
  }

  /** The assessment's overall completeness (whole percent), read only when the move is gated by it. */
  private async assessmentPercent(em: EntityManager, programId: string, gated: boolean): Promise<number> {
    if (!gated) return 100;
    const grid = await this.assessments.gridOf(em, programId);
    return assessmentCompleteness(grid.activityIds.map((id) => ({ id })), grid.unitIds, grid.cells).overall.percent;
  }

  private async load(em: EntityManager, actor: Actor, id: string): Promise<ProgramEntity> {
    const programId = parseId(id);
    const program = await em.findOneBy(ProgramEntity, { id: programId, orgId: actor.orgId });
    if (!program) throw new NotFoundError('Program', id);
    return program;
  }

  /** Owners run programs, so they must be active program managers or admins of the same org. */
  private async assertOwnerEligible(em: EntityManager, actor: Actor, ownerId: string): Promise<void> {
    const owner = await em.findOneBy(UserEntity, { id: ownerId, orgId: actor.orgId, active: true });
    if (!owner || !canManagePrograms(owner)) {
      throw invalidField('ownerId', 'The owner must be an active program manager or admin.');
    }
  }
}
