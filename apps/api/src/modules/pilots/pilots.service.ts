import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  applyPatch,
  checkMetricDistinct,
  checkMetricsEditable,
  checkPilotEdit,
  checkPilotTransition,
  computeBaseline,
  createPilotSchema,
  createSuccessMetricSchema,
  invalidField,
  parseId,
  parseInput,
  successMetricPatchBase,
  updatePilotSchema,
  updateSuccessMetricSchema,
  versionedIdSchema,
  type Actor,
} from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../../common/errors/app-error.js';
import { today } from '../../common/time/today.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { loadActiveProgramFor } from '../programs/program-access.js';
import { loadPilotFor } from './pilot-access.js';
import { PilotEntity } from './pilot.entity.js';
import type { AddSuccessMetricInput, ChangePilotStatusInput, CreatePilotInput, UpdatePilotInput, UpdateSuccessMetricInput } from './pilot.input.js';
import { toPilotModel, toSuccessMetricModel } from './pilot.mapper.js';
import type { PilotModel, SuccessMetricModel } from './pilot.model.js';
import { PilotsRepository } from './pilots.repository.js';
import { SuccessMetricEntity } from './success-metric.entity.js';

const changeStatusSchema = versionedIdSchema.extend({ status: z.enum(['planned', 'running', 'in_review', 'decided']) });

/** Pilots of a program and their success metrics: setup, edits and the status life cycle. */
@Injectable()
export class PilotsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pilots: PilotsRepository,
  ) {}

  async get(actor: Actor, id: string): Promise<PilotModel> {
    const pilot = await this.pilots.find(actor.orgId, parseId(id));
    if (!pilot) throw new NotFoundError('Pilot', id);
    return toPilotModel(pilot);
  }

  /** Pilots not yet decided that the actor steers, and those past their last day in units the actor reports on, by last day. */
  async gateReviews(actor: Actor): Promise<PilotModel[]> {
    const reportsOn = actor.role === 'regional_partner' ? actor.scopeUnitIds : [];
    return (await this.pilots.awaitingGate(actor.orgId, actor.id, reportsOn, today())).map(toPilotModel);
  }

  async create(actor: Actor, input: CreatePilotInput): Promise<PilotModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      // Permission before validation everywhere here: a caller who may not manage the pilot gets FORBIDDEN, not the rules.
      await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'program.manage');
      const values = parseInput(createPilotSchema, input);
      await this.assertReferences(em, actor, values, values.programId);
      const { programId, name, hypothesis, unitIds, comparisonUnitIds, startDate, endDate, steeringMemberIds, activityIds } = values;
      return toPilotModel(
        await this.pilots.insert(em, { orgId: actor.orgId, programId, name, hypothesis, unitIds, comparisonUnitIds, startDate, endDate, steeringMemberIds, activityIds }),
      );
    });
  }

  async update(actor: Actor, input: UpdatePilotInput): Promise<PilotModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await loadPilotFor(em, actor, parseId(input.id), 'program.manage');
      const { name, hypothesis, unitIds, comparisonUnitIds, startDate, endDate, steeringMemberIds, activityIds } = pilot;
      const current = { name, hypothesis, unitIds, comparisonUnitIds, startDate, endDate, steeringMemberIds, activityIds };
      const patched = applyPatch(current, input, ['comparisonUnitIds', 'endDate', 'steeringMemberIds', 'activityIds']);
      const { id, expectedVersion, ...values } = parseInput(updatePilotSchema, patched);
      checkPilotEdit(pilot, values);
      await this.assertReferences(em, actor, values, pilot.programId);
      return toPilotModel(await updateVersioned(em, PilotEntity, 'Pilot', { id, orgId: actor.orgId, expectedVersion }, values));
    });
  }

  /** Moves a pilot one step; starting needs a success metric with a baseline (entered or measured) and a target. */
  async changeStatus(actor: Actor, input: ChangePilotStatusInput): Promise<PilotModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await loadPilotFor(em, actor, parseId(input.id), 'program.manage');
      const { id, expectedVersion, status } = parseInput(changeStatusSchema, input);
      checkPilotTransition(pilot, status, {
        metrics: status === 'running' ? await this.metricsWithBaselines(em, pilot) : [],
        decisionRecorded: status === 'decided' && (await this.pilots.hasDecision(em, id)),
      });
      return toPilotModel(await updateVersioned(em, PilotEntity, 'Pilot', { id, orgId: actor.orgId, expectedVersion }, { status }));
    });
  }

  /** Deletes a planned pilot (nothing has been measured or decided yet). */
  async delete(actor: Actor, input: { id: string; expectedVersion: number }): Promise<boolean> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await loadPilotFor(em, actor, parseId(input.id), 'program.manage');
      const { id, expectedVersion } = parseInput(versionedIdSchema, input);
      if (pilot.version !== expectedVersion) throw new ConflictError('Pilot', pilot.version, { ...toPilotModel(pilot) });
      if (pilot.status !== 'planned') throw invalidField('id', 'Only a planned pilot can be deleted; a started one is part of the record.');
      await this.pilots.delete(em, id);
      return true;
    });
  }

  async addMetric(actor: Actor, input: AddSuccessMetricInput): Promise<SuccessMetricModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await loadPilotFor(em, actor, parseId(input.pilotId, 'pilotId'), 'program.manage');
      const { pilotId, ...values } = parseInput(createSuccessMetricSchema, input);
      checkMetricsEditable(pilot);
      // The program row is locked: concurrent additions to this pilot's metrics wait, so the check holds.
      checkMetricDistinct(values, await this.pilots.metricsByPilotIds([pilot.id], em));
      return toSuccessMetricModel(await this.pilots.insertMetric(em, { ...values, orgId: actor.orgId, pilotId, programId: pilot.programId }));
    });
  }

  async updateMetric(actor: Actor, input: UpdateSuccessMetricInput): Promise<SuccessMetricModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const metric = await this.loadEditableMetric(em, actor, parseId(input.id));
      const { catalogKey, name, unit, direction, kind, baseline, target, tolerance, weight } = metric;
      const current = successMetricPatchBase({ catalogKey, name, unit, direction, kind, baseline, target, tolerance, weight }, input.catalogKey);
      const patched = applyPatch(current, input, ['catalogKey', 'name', 'baseline', 'target', 'tolerance', 'weight']);
      const { id, expectedVersion, ...values } = parseInput(updateSuccessMetricSchema, patched);
      checkMetricDistinct({ ...values, id }, await this.pilots.metricsByPilotIds([metric.pilotId], em));
      return toSuccessMetricModel(await updateVersioned(em, SuccessMetricEntity, 'Success metric', { id, orgId: actor.orgId, expectedVersion }, values));
    });
  }

  async removeMetric(actor: Actor, metricId: string): Promise<boolean> {
    const id = parseId(metricId);
    return writeTransaction(this.dataSource, actor, async (em) => {
      await this.loadEditableMetric(em, actor, id);
      await this.pilots.deleteMetric(em, id);
      return true;
    });
  }

  /** A metric whose pilot the actor manages and whose metrics may still change. */
  private async loadEditableMetric(em: EntityManager, actor: Actor, id: string): Promise<SuccessMetricEntity> {
    const metric = await this.pilots.findMetric(em, actor.orgId, id);
    if (!metric) throw new NotFoundError('SuccessMetric', id);
    checkMetricsEditable(await loadPilotFor(em, actor, metric.pilotId, 'program.manage'));
    return metric;
  }

  /** Units, comparison units and steering members must exist in the organization (and be active); activities must be the program's. */
  private async assertReferences(
    em: EntityManager,
    actor: Actor,
    values: { unitIds: string[]; comparisonUnitIds: string[]; steeringMemberIds: string[]; activityIds: string[] },
    programId: string,
  ) {
    const found = await this.pilots.activeUnitIds(em, actor.orgId, [...values.unitIds, ...values.comparisonUnitIds]);
    if (values.unitIds.some((unitId) => !found.has(unitId))) throw invalidField('unitIds', 'Some pilot units do not exist or are archived.');
    if (values.comparisonUnitIds.some((unitId) => !found.has(unitId))) throw invalidField('comparisonUnitIds', 'Some comparison units do not exist or are archived.');
    if (values.steeringMemberIds.length > 0) {
      const members = await this.pilots.activeUserCount(em, actor.orgId, values.steeringMemberIds);
      if (members !== values.steeringMemberIds.length) throw invalidField('steeringMemberIds', 'Some steering committee members do not exist or are deactivated.');
    }
    if (values.activityIds.length > 0) {
      const activities = await this.pilots.programActivityCount(em, programId, values.activityIds);
      if (activities !== values.activityIds.length) throw invalidField('activityIds', 'Some activities are not in this program’s catalog.');
    }
  }

  /** Each metric with the baseline an evaluation would use: the entered one, else the measured one. */
  private async metricsWithBaselines(em: EntityManager, pilot: PilotEntity) {
    const metrics = await this.pilots.metricsByPilotIds([pilot.id], em);
    const before = await this.pilots.measuredValues(em, metrics.filter((metric) => metric.baseline === null).map((metric) => metric.id));
    return metrics.map((metric) => ({
      target: metric.target,
      baseline: metric.baseline ?? computeBaseline(before.filter((m) => m.metricId === metric.id), pilot.unitIds, pilot.startDate),
    }));
  }
}
