import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkMetricsEditable,
  checkPilotEdit,
  checkPilotTransition,
  computeBaseline,
  createPilotSchema,
  createSuccessMetricSchema,
  invalidField,
  parseId,
  parseInput,
  updatePilotSchema,
  updateSuccessMetricSchema,
  versionedIdSchema,
  type Actor,
  type PilotStatus,
} from '@rollout/domain';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { loadActiveProgramFor } from '../programs/program-access.js';
import { UnitEntity } from '../units/unit.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { GateReviewEntity } from './gate-review.entity.js';
import { MeasurementEntity } from './measurement.entity.js';
import { loadPilotFor } from './pilot-access.js';
import { PilotEntity } from './pilot.entity.js';
import type { AddSuccessMetricInput, ChangePilotStatusInput, CreatePilotInput, UpdatePilotInput, UpdateSuccessMetricInput } from './pilot.input.js';
import { groupInKeyOrder, toPilotModel, toSuccessMetricModel } from './pilot.mapper.js';
import type { PilotModel, SuccessMetricModel } from './pilot.model.js';
import { SuccessMetricEntity } from './success-metric.entity.js';

const changeStatusSchema = versionedIdSchema.extend({ status: z.enum(['planned', 'running', 'in_review', 'decided']) });

/** Pilots of a program and their success metrics: setup, edits and the status life cycle. */
@Injectable()
export class PilotsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(actor: Actor, id: string): Promise<PilotModel> {
    const pilot = await this.dataSource.getRepository(PilotEntity).findOneBy({ id: parseId(id), orgId: actor.orgId });
    if (!pilot) throw new NotFoundError('Pilot', id);
    return toPilotModel(pilot);
  }

  async create(actor: Actor, input: CreatePilotInput): Promise<PilotModel> {
    const values = parseInput(createPilotSchema, input);
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadActiveProgramFor(em, actor, values.programId, 'program.manage');
      await this.assertReferences(em, actor, values);
      const { programId, name, hypothesis, unitIds, comparisonUnitIds, startDate, endDate, steeringMemberIds, capabilities } = values;
      const row = em.create(PilotEntity, { orgId: actor.orgId, programId, name, hypothesis, unitIds, comparisonUnitIds, startDate, endDate, steeringMemberIds, capabilities });
      return toPilotModel(await em.save(row));
    });
  }

  async update(actor: Actor, input: UpdatePilotInput): Promise<PilotModel> {
    const { id, expectedVersion, ...values } = parseInput(updatePilotSchema, input);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await loadPilotFor(em, actor, id, 'program.manage');
      checkPilotEdit(pilot, values);
      await this.assertReferences(em, actor, values);
      return toPilotModel(await updateVersioned(em, PilotEntity, 'Pilot', { id, orgId: actor.orgId, expectedVersion }, values));
    });
  }

  /** Moves a pilot one step; starting needs a success metric with a baseline (entered or measured) and a target. */
  async changeStatus(actor: Actor, input: ChangePilotStatusInput): Promise<PilotModel> {
    const { id, expectedVersion, status } = parseInput(changeStatusSchema, input);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await loadPilotFor(em, actor, id, 'program.manage');
      checkPilotTransition(pilot, status, {
        metrics: status === 'running' ? await this.metricsWithBaselines(em, pilot) : [],
        gateReviewRecorded: status === 'decided' && (await em.existsBy(GateReviewEntity, { pilotId: id })),
      });
      return toPilotModel(await updateVersioned(em, PilotEntity, 'Pilot', { id, orgId: actor.orgId, expectedVersion }, { status }));
    });
  }

  /** Deletes a planned pilot (nothing has been measured or decided yet). */
  async delete(actor: Actor, input: { id: string; expectedVersion: number }): Promise<boolean> {
    const { id, expectedVersion } = parseInput(versionedIdSchema, input);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await loadPilotFor(em, actor, id, 'program.manage');
      if (pilot.version !== expectedVersion) throw new ConflictError('Pilot', pilot.version, { ...toPilotModel(pilot) });
      if (pilot.status !== 'planned') throw invalidField('id', 'Only a planned pilot can be deleted; a started one is part of the record.');
      await em.delete(PilotEntity, { id });
      return true;
    });
  }

  async addMetric(actor: Actor, input: AddSuccessMetricInput): Promise<SuccessMetricModel> {
    const { pilotId, ...values } = parseInput(createSuccessMetricSchema, input);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await loadPilotFor(em, actor, pilotId, 'program.manage');
      checkMetricsEditable(pilot);
      const row = em.create(SuccessMetricEntity, { ...values, orgId: actor.orgId, pilotId, programId: pilot.programId });
      return toSuccessMetricModel(await em.save(row));
    });
  }

  async updateMetric(actor: Actor, input: UpdateSuccessMetricInput): Promise<SuccessMetricModel> {
    const { id, expectedVersion, ...values } = parseInput(updateSuccessMetricSchema, input);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const metric = await em.findOneBy(SuccessMetricEntity, { id, orgId: actor.orgId });
      if (!metric) throw new NotFoundError('SuccessMetric', id);
      checkMetricsEditable(await loadPilotFor(em, actor, metric.pilotId, 'program.manage'));
      return toSuccessMetricModel(await updateVersioned(em, SuccessMetricEntity, 'Success metric', { id, orgId: actor.orgId, expectedVersion }, values));
    });
  }

  async removeMetric(actor: Actor, metricId: string): Promise<boolean> {
    const id = parseId(metricId);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const metric = await em.findOneBy(SuccessMetricEntity, { id, orgId: actor.orgId });
      if (!metric) throw new NotFoundError('SuccessMetric', id);
      checkMetricsEditable(await loadPilotFor(em, actor, metric.pilotId, 'program.manage'));
      await em.delete(SuccessMetricEntity, { id });
      return true;
    });
  }

  /** Units, comparison units and steering members must exist in the organization (and be active). */
  private async assertReferences(em: EntityManager, actor: Actor, values: { unitIds: string[]; comparisonUnitIds: string[]; steeringMemberIds: string[] }) {
    const unitIds = [...values.unitIds, ...values.comparisonUnitIds];
    const units = await em.findBy(UnitEntity, { id: In(unitIds), orgId: actor.orgId, archivedAt: IsNull() });
    const found = new Set(units.map((unit) => unit.id));
    if (values.unitIds.some((unitId) => !found.has(unitId))) throw invalidField('unitIds', 'Some pilot units do not exist or are archived.');
    if (values.comparisonUnitIds.some((unitId) => !found.has(unitId))) throw invalidField('comparisonUnitIds', 'Some comparison units do not exist or are archived.');
    if (values.steeringMemberIds.length > 0) {
      const members = await em.countBy(UserEntity, { id: In(values.steeringMemberIds), orgId: actor.orgId, active: true });
      if (members !== values.steeringMemberIds.length) throw invalidField('steeringMemberIds', 'Some steering committee members do not exist or are deactivated.');
    }
  }

  /** Each metric with the baseline an evaluation would use: the entered one, else the measured one. */
  private async metricsWithBaselines(em: EntityManager, pilot: PilotEntity) {
    const metrics = await em.findBy(SuccessMetricEntity, { pilotId: pilot.id });
    const unmeasured = metrics.filter((metric) => metric.baseline === null).map((metric) => metric.id);
    const before = unmeasured.length
      ? await em.findBy(MeasurementEntity, { metricId: In(unmeasured) })
      : [];
    return metrics.map((metric) => ({
      target: metric.target,
      baseline: metric.baseline ?? computeBaseline(before.filter((m) => m.metricId === metric.id), pilot.unitIds, pilot.startDate),
    }));
  }

  /** DataLoader batch: pilots by id, in key order. */
  async byIds(ids: readonly string[]): Promise<(PilotModel | null)[]> {
    const rows = await this.dataSource.getRepository(PilotEntity).findBy({ id: In([...ids]) });
    return ids.map((id) => {
      const row = rows.find((pilot) => pilot.id === id);
      return row ? toPilotModel(row) : null;
    });
  }

  /** DataLoader batch: pilots per program, oldest first, in key order. */
  async pilotsByProgramIds(programIds: readonly string[]): Promise<PilotModel[][]> {
    const rows = await this.dataSource.getRepository(PilotEntity).find({ where: { programId: In([...programIds]) }, order: { startDate: 'ASC', createdAt: 'ASC' } });
    return groupInKeyOrder(programIds, rows, (row) => row.programId, toPilotModel);
  }

  /** DataLoader batch: success metrics per pilot, in the order they were added. */
  async metricsByPilotIds(pilotIds: readonly string[]): Promise<SuccessMetricModel[][]> {
    const rows = await this.dataSource.getRepository(SuccessMetricEntity).find({ where: { pilotId: In([...pilotIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return groupInKeyOrder(pilotIds, rows, (row) => row.pilotId, toSuccessMetricModel);
  }

  /** Pilots with the given status whose units include any of `unitIds` (all such pilots when null). */
  async pilotsWithUnits(orgId: string, status: PilotStatus, unitIds: readonly string[] | null): Promise<PilotEntity[]> {
    const query = this.dataSource
      .getRepository(PilotEntity)
      .createQueryBuilder('pilot')
      .where('pilot.org_id = :orgId AND pilot.status = :status', { orgId, status })
      .orderBy('pilot.start_date', 'ASC');
    if (unitIds !== null) query.andWhere('pilot.unit_ids && CAST(:unitIds AS uuid[])', { unitIds });
    return query.getMany();
  }
}
