import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addWaveSchema,
  assertNotArchived,
  assignWaveUnitSchema,
  can,
  checklistChangeProblem,
  checkWaveMove,
  computeBaseline,
  createRolloutPlanSchema,
  DEFAULT_READINESS_CHECKLIST,
  DEFAULT_READINESS_WEIGHTS,
  DomainError,
  invalidField,
  moveWaveUnitSchema,
  parseId,
  parseInput,
  READINESS_PARTS,
  updateRolloutSettingsSchema,
  updateWaveSchema,
  updateWaveUnitReadinessSchema,
  versionedIdSchema,
  waveMembershipProblem,
  wentLive,
  type Actor,
  type WaveMembership,
} from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors/app-error.js';
import { today } from '../../common/time/today.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { LiveEvents } from '../../common/live/live-events.js';
import { PilotsRepository } from '../pilots/pilots.repository.js';
import { loadActiveProgramFor, programAccess } from '../programs/program-access.js';
import { ProgramEntity } from '../programs/program.entity.js';
import type { AddWaveInput, AssignWaveUnitInput, CreateRolloutPlanInput, MoveWaveUnitInput, RemoveWaveInput, UpdateRolloutSettingsInput, UpdateWaveInput, UpdateWaveUnitReadinessInput } from './waves.input.js';
import { toRolloutPlanModel } from './waves.mapper.js';
import type { RolloutPlanModel, WaveUnitModel } from './waves.model.js';
import { WavesRepository, type RolloutRecords } from './waves.repository.js';
import { RolloutPlanEntity } from './rollout-plan.entity.js';
import { RolloutViewService } from './rollout-view.service.js';
import { RolloutWaveEntity } from './rollout-wave.entity.js';
import { WaveUnitEntity } from './wave-unit.entity.js';

const WAVE_UNIT = 'Unit in a wave';

/**
 * The roll-out's writes. Each locks the program, checks the caller on it, applies the domain's rule
 * and answers with the whole plan as it now reads (a move changes the wave's progress, pause and
 * the program's forecast too).
 */
@Injectable()
export class WavesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly waves: WavesRepository,
    private readonly views: RolloutViewService,
    private readonly pilots: PilotsRepository,
    private readonly live: LiveEvents,
  ) {}

  /** Starts the roll-out from a pilot whose latest gate decision is scale; one plan per program. */
  async createPlan(actor: Actor, input: CreateRolloutPlanInput): Promise<RolloutPlanModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const program = await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'rollout.manage');
      const { pilotId } = parseInput(createRolloutPlanSchema, input);
      const pilot = await this.pilots.find(actor.orgId, pilotId, em);
      if (!pilot || pilot.programId !== program.id) throw invalidField('pilotId', 'Pick a pilot of this program.');
      const [latest] = await em.query<{ decision: string }[]>(`SELECT decision FROM decision WHERE pilot_id = $1 ORDER BY decided_at DESC LIMIT 1`, [pilot.id]);
      if (latest?.decision !== 'scale') throw invalidField('pilotId', `${pilot.name} is not decided scale: a roll-out starts from a pilot decided scale.`);
      if (await this.waves.planOfProgram(program.id, em)) throw new DomainError('CONFLICT', 'This program has a roll-out plan already.');
      await this.waves.insertPlan(em, { orgId: actor.orgId, programId: program.id, pilotId: pilot.id, readinessWeights: DEFAULT_READINESS_WEIGHTS });
      return this.view(em, program.id);
    });
  }

  /**
   * Plans a wave. Each unit must be the program's, not one of the scaled pilot's and in no other
   * wave (refused naming where it is); it gets the readiness checklist and its own baseline per
   * success metric: its mean in the eight weeks before the wave, else the assessment's figure.
   */
  async addWave(actor: Actor, input: AddWaveInput): Promise<RolloutPlanModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const plan = await this.loadPlan(em, actor, parseId(input.planId, 'planId'));
      const { name, plannedStart, plannedEnd, unitIds } = parseInput(addWaveSchema, input);
      const records = await this.records(em, plan.programId);
      this.checkMembership(records, unitIds);
      const wave = await this.waves.insertWave(em, { orgId: actor.orgId, planId: plan.id, programId: plan.programId, name, plannedStart, plannedEnd });
      const baselines = await this.baselines(em, records, unitIds, plannedStart);
      await this.waves.insertWaveUnits(
        em,
        unitIds.map((unitId) => ({
          orgId: actor.orgId,
          waveId: wave.id,
          planId: plan.id,
          programId: plan.programId,
          unitId,
          checklist: DEFAULT_READINESS_CHECKLIST.map((label) => ({ label, done: false })),
          baselines: baselines.get(unitId) ?? {},
        })),
      );
      return this.view(em, plan.programId);
    });
  }

  async updateWave(actor: Actor, input: UpdateWaveInput): Promise<RolloutPlanModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const wave = await this.loadWave(em, actor, parseId(input.id, 'id'));
      const { id, name, plannedStart, plannedEnd, expectedVersion } = parseInput(updateWaveSchema, input);
      await updateVersioned(em, RolloutWaveEntity, 'Wave', { id, orgId: actor.orgId, expectedVersion }, { name, plannedStart, plannedEnd });
      if (plannedStart !== wave.plannedStart) await this.rebaseline(em, wave.programId, id, plannedStart);
      return this.view(em, wave.programId);
    });
  }

  /** Removes a wave none of whose units went live (blocked since included); its units leave the roll-out (their history stays). */
  async removeWave(actor: Actor, input: RemoveWaveInput): Promise<RolloutPlanModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const wave = await this.loadWave(em, actor, parseId(input.id, 'id'));
      const { id, expectedVersion } = parseInput(versionedIdSchema, input);
      const units = await em.findBy(WaveUnitEntity, { waveId: id });
      if (units.some(wentLive)) throw invalidField('id', `${wave.name} has units that went live: it stays, with their history.`);
      if (!(await this.waves.deleteWave(em, id, expectedVersion))) throw new ConflictError('Wave', wave.version, { name: wave.name });
      return this.view(em, wave.programId);
    });
  }

  /**
   * Moves a unit through the roll-out under the domain's rule: its partners as far as ready and to
   * blocked, the program's leads any move; ready needs the checklist, adopted the weeks met, and no
   * unit of a paused wave goes live. The move is kept with who, when and why.
   */
  async moveUnit(actor: Actor, input: MoveWaveUnitInput): Promise<RolloutPlanModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const { unit, program, mover } = await this.loadWaveUnit(em, actor, parseId(input.id, 'id'));
      const { id, to, reason, override, expectedVersion } = parseInput(moveWaveUnitSchema, input);
      if (unit.version !== expectedVersion) throw new ConflictError(WAVE_UNIT, unit.version, { stage: unit.stage });
      const records = await this.records(em, program.id);
      const wave = toRolloutPlanModel(records, today()).waves.find((candidate) => candidate.id === unit.waveId);
      const current = wave?.units.find((candidate) => candidate.id === id);
      if (!wave || !current) throw new NotFoundError(WAVE_UNIT, id);
      const check = checkWaveMove({
        from: unit.stage,
        to,
        mover,
        reason,
        override,
        checklist: { done: unit.checklist.filter((item) => item.done).length, total: unit.checklist.length },
        adoption: { weeksMet: current.weeksMet, weeksNeeded: records.plan.adoptionWeeks },
        blockedFrom: unit.blockedFrom,
        wavePaused: wave.pausedReason !== null,
      });
      if (!check.allowed) throw invalidField('to', check.message);
      await updateVersioned(em, WaveUnitEntity, WAVE_UNIT, { id, orgId: actor.orgId, expectedVersion }, { stage: to, blockedFrom: to === 'blocked' ? unit.stage : null });
      await this.waves.insertMove(em, { orgId: actor.orgId, waveUnitId: id, programId: program.id, fromStage: unit.stage, toStage: to, reason, override: override && unit.stage === 'preparing' && to === 'live', movedById: actor.id });
      await this.live.publish(em, { type: 'wave_unit', programId: program.id, unitId: unit.unitId });
      return this.view(em, program.id);
    });
  }

  /** Moves a unit to another wave of the plan (the board's drag); a unit that went live stays in its wave. */
  async assignUnit(actor: Actor, input: AssignWaveUnitInput): Promise<RolloutPlanModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const { unit, program, mover } = await this.loadWaveUnit(em, actor, parseId(input.id, 'id'));
      if (!mover.canManage) throw new ForbiddenError('Only the program’s leads move units between waves.');
      const { id, waveId, expectedVersion } = parseInput(assignWaveUnitSchema, input);
      const target = await this.waves.findWave(em, actor.orgId, waveId);
      if (!target || target.planId !== unit.planId) throw invalidField('waveId', 'Pick a wave of this roll-out.');
      const records = await this.records(em, program.id);
      const name = records.orgUnits.find((row) => row.id === unit.unitId)?.name ?? 'This unit';
      const from = records.waves.find((wave) => wave.id === unit.waveId)?.name ?? 'its wave';
      if (wentLive(unit)) throw invalidField('waveId', `${name} went live in ${from}: it stays in that wave.`);
      // Its own baseline is its weeks before the wave it is now in.
      const baselines = (await this.baselines(em, records, [unit.unitId], target.plannedStart)).get(unit.unitId) ?? {};
      await updateVersioned(em, WaveUnitEntity, WAVE_UNIT, { id, orgId: actor.orgId, expectedVersion }, { waveId: target.id, baselines });
      await this.live.publish(em, { type: 'wave_unit', programId: program.id, unitId: unit.unitId });
      return this.view(em, program.id);
    });
  }

  async updateReadiness(actor: Actor, input: UpdateWaveUnitReadinessInput): Promise<RolloutPlanModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const { unit, program, mover } = await this.loadWaveUnit(em, actor, parseId(input.id, 'id'));
      const { id, checklist, peopleInScope, peopleTrained, sponsorName, expectedVersion } = parseInput(updateWaveUnitReadinessSchema, input);
      if (unit.version !== expectedVersion) throw new ConflictError(WAVE_UNIT, unit.version, { checklist: unit.checklist });
      const problem = checklistChangeProblem(unit.checklist, checklist, { canManage: mover.canManage, stage: unit.stage });
      if (problem) throw invalidField('checklist', problem);
      await updateVersioned(em, WaveUnitEntity, WAVE_UNIT, { id, orgId: actor.orgId, expectedVersion }, { checklist, peopleInScope, peopleTrained, sponsorName });
      await this.live.publish(em, { type: 'wave_unit', programId: program.id, unitId: unit.unitId });
      return this.view(em, program.id);
    });
  }

  async updateSettings(actor: Actor, input: UpdateRolloutSettingsInput): Promise<RolloutPlanModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const plan = await this.loadPlan(em, actor, parseId(input.id, 'id'));
      const weights = Object.fromEntries(input.readinessWeights.map((entry) => [entry.part, entry.weight]));
      const { id, adoptionWeeks, readinessWeights, expectedVersion } = parseInput(updateRolloutSettingsSchema, { ...input, readinessWeights: weights });
      const ordered = Object.fromEntries(READINESS_PARTS.map((part) => [part, readinessWeights[part]]));
      await updateVersioned(em, RolloutPlanEntity, 'Roll-out plan', { id, orgId: actor.orgId, expectedVersion }, { adoptionWeeks, readinessWeights: ordered });
      return this.view(em, plan.programId);
    });
  }

  /** One unit in a wave with everything its page shows; any signed-in user of the organization reads it. */
  async unit(actor: Actor, idInput: string): Promise<WaveUnitModel> {
    const id = parseId(idInput, 'id');
    const unit = await this.waves.findWaveUnit(this.dataSource.manager, actor.orgId, id);
    if (!unit) throw new NotFoundError(WAVE_UNIT, id);
    const found = (await this.views.of(unit.programId))?.waves.flatMap((wave) => wave.units).find((candidate) => candidate.id === id);
    if (!found) throw new NotFoundError(WAVE_UNIT, id);
    return found;
  }

  /** A wave's start moved: each of its units' own baselines are its weeks before the new start. */
  private async rebaseline(em: EntityManager, programId: string, waveId: string, start: string): Promise<void> {
    const records = await this.records(em, programId);
    const members = records.units.filter((unit) => unit.waveId === waveId);
    const baselines = await this.baselines(
      em,
      records,
      members.map((unit) => unit.unitId),
      start,
    );
    for (const unit of members) await em.update(WaveUnitEntity, { id: unit.id }, { baselines: baselines.get(unit.unitId) ?? {} });
  }

  private async view(em: EntityManager, programId: string): Promise<RolloutPlanModel> {
    return toRolloutPlanModel(await this.records(em, programId), today());
  }

  private async records(em: EntityManager, programId: string): Promise<RolloutRecords> {
    const records = await this.waves.recordsOf(programId, em);
    if (!records) throw new NotFoundError('Roll-out plan', programId);
    return records;
  }

  // Permission before validation: a caller who may not run the roll-out gets FORBIDDEN, not the rules.
  private async loadPlan(em: EntityManager, actor: Actor, id: string): Promise<RolloutPlanEntity> {
    const plan = await this.waves.findPlan(em, actor.orgId, id);
    if (!plan) throw new NotFoundError('Roll-out plan', id);
    await loadActiveProgramFor(em, actor, plan.programId, 'rollout.manage');
    return plan;
  }

  private async loadWave(em: EntityManager, actor: Actor, id: string): Promise<RolloutWaveEntity> {
    const wave = await this.waves.findWave(em, actor.orgId, id);
    if (!wave) throw new NotFoundError('Wave', id);
    await loadActiveProgramFor(em, actor, wave.programId, 'rollout.manage');
    return wave;
  }

  /** The unit in its wave, its program locked, and who the caller is to it; FORBIDDEN for anyone neither leading the program nor reporting for the unit. */
  private async loadWaveUnit(em: EntityManager, actor: Actor, id: string) {
    const unit = await this.waves.findWaveUnit(em, actor.orgId, id);
    if (!unit) throw new NotFoundError(WAVE_UNIT, id);
    const program = await em.findOneOrFail(ProgramEntity, { where: { id: unit.programId }, lock: { mode: 'pessimistic_write' } });
    const access = await programAccess(em, program);
    const mover = { canManage: can(actor, 'rollout.manage', { program: access }), reportsForUnit: can(actor, 'wave_unit.report', { program: access, unitId: unit.unitId }) };
    if (!mover.canManage && !mover.reportsForUnit) throw new ForbiddenError();
    assertNotArchived({ archived: program.archivedAt !== null });
    // Read again under the program's lock: a move that waited for it sees the stage the other one left.
    const locked = await em.findOneByOrFail(WaveUnitEntity, { id });
    return { unit: locked, program, mover };
  }

  private checkMembership(records: RolloutRecords, unitIds: readonly string[]): void {
    const names = new Map(records.orgUnits.map((unit) => [unit.id, unit.name]));
    const waveNames = new Map(records.waves.map((wave) => [wave.id, wave.name]));
    const problems = unitIds.flatMap((unitId) => {
      if (!records.programUnitIds.includes(unitId)) return ['Pick units of this program.'];
      const existing = records.units.find((unit) => unit.unitId === unitId);
      const membership: WaveMembership = records.pilot.unitIds.includes(unitId)
        ? { kind: 'piloted', pilotName: records.pilot.name }
        : existing
          ? { kind: 'in_wave', waveName: waveNames.get(existing.waveId) ?? 'another wave', stage: existing.stage }
          : null;
      const problem = waveMembershipProblem(names.get(unitId) ?? 'This unit', membership);
      return problem ? [problem] : [];
    });
    if (problems.length > 0) {
      throw new DomainError('BAD_USER_INPUT', problems.join(' '), [...new Set(problems)].map((message) => ({ field: 'unitIds', message })));
    }
  }

  private async baselines(em: EntityManager, records: RolloutRecords, unitIds: readonly string[], start: string): Promise<Map<string, Record<string, number | null>>> {
    const [before, assessed] = await Promise.all([
      this.waves.valuesBefore(
        em,
        records.metrics.map((metric) => metric.id),
        unitIds,
        start,
      ),
      this.waves.assessmentBaselines(em, records.plan.programId, unitIds),
    ]);
    return new Map(
      unitIds.map((unitId) => [
        unitId,
        Object.fromEntries(
          records.metrics.map((metric) => {
            const own = computeBaseline(
              before.filter((row) => row.metricId === metric.id && row.unitId === unitId),
              [unitId],
              start,
            );
            const fromAssessment = assessed.find((row) => row.unitId === unitId && row.catalogKey === metric.catalogKey)?.value ?? null;
            return [metric.id, own ?? (fromAssessment === null ? null : Number(fromAssessment))];
          }),
        ),
      ]),
    );
  }
}
