import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  applyPatch,
  createToolSchema,
  invalidField,
  parseId,
  parseInput,
  setBaselineSchema,
  setUnitStaffingSchema,
  updateToolSchema,
  type Actor,
} from '@rollout/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { loadActiveProgramFor } from '../programs/program-access.js';
import { ProgramUnitEntity } from '../programs/program-unit.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { AssessmentBaselineEntity } from './assessment-baseline.entity.js';
import type { AssessmentBaselineModel } from './assessment-baseline.model.js';
import type { CreateProgramToolInput, SetAssessmentBaselineInput, SetUnitStaffingInput, UpdateProgramToolInput } from './assessment-inventory.input.js';
import { toBaselineModel, toStaffingModel, toToolModel } from './assessment-inventory.mapper.js';
import { AssessmentInventoryRepository } from './assessment-inventory.repository.js';
import { ProgramToolEntity } from './program-tool.entity.js';
import type { ProgramToolModel } from './program-tool.model.js';
import { UnitStaffingEntity } from './unit-staffing.entity.js';
import type { UnitStaffingModel } from './unit-staffing.model.js';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/** A program's tool inventory, KPI baselines and unit staffing (the Assess phase). */
@Injectable()
export class AssessmentInventoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly inventory: AssessmentInventoryRepository,
  ) {}

  async createTool(actor: Actor, input: CreateProgramToolInput): Promise<ProgramToolModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      // Permission before validation: a caller who may not manage the program gets FORBIDDEN, not the rules.
      const program = await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'tool_inventory.manage');
      const { programId, unitIds, ...values } = parseInput(createToolSchema, input);
      await this.assertProgramUnits(em, program.id, unitIds, 'unitIds');
      await this.assertOwner(em, actor, values.ownerId);
      return toToolModel(await this.inventory.insertTool(em, { ...values, usingUnitIds: unitIds, programId, orgId: actor.orgId }));
    });
  }

  async updateTool(actor: Actor, input: UpdateProgramToolInput): Promise<ProgramToolModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const toolId = parseId(input.id);
      const row = await this.inventory.findTool(em, actor.orgId, toolId);
      if (!row) throw new NotFoundError('Tool', toolId);
      await loadActiveProgramFor(em, actor, row.programId, 'tool_inventory.manage');
      const current = { name: row.name, category: row.category, unitIds: row.usingUnitIds, annualCost: row.annualCost, ownerId: row.ownerId, ownerName: row.ownerName, renewalDate: row.renewalDate };
      const { id, expectedVersion, unitIds, ...values } = parseInput(updateToolSchema, applyPatch(current, input, ['unitIds', 'ownerId', 'ownerName', 'renewalDate']));
      const unchanged =
        sameList(unitIds, row.usingUnitIds) && (Object.keys(values) as (keyof typeof values)[]).every((key) => values[key] === row[key]);
      if (unchanged) return toToolModel(row);
      await this.assertProgramUnits(em, row.programId, unitIds, 'unitIds');
      await this.assertOwner(em, actor, values.ownerId);
      return toToolModel(await updateVersioned(em, ProgramToolEntity, 'Tool', { id, orgId: actor.orgId, expectedVersion }, { ...values, usingUnitIds: unitIds }));
    });
  }

  async deleteTool(actor: Actor, toolId: string): Promise<boolean> {
    const id = parseId(toolId);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const row = await this.inventory.findTool(em, actor.orgId, id);
      if (!row) throw new NotFoundError('Tool', id);
      await loadActiveProgramFor(em, actor, row.programId, 'tool_inventory.manage');
      await this.inventory.deleteTool(em, id);
      return true;
    });
  }

  /** Records or replaces a baseline: partners only for units in their scope, program-wide ones only the program's leads. */
  async setBaseline(actor: Actor, input: SetAssessmentBaselineInput): Promise<AssessmentBaselineModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const unitId = input.unitId ? parseId(input.unitId, 'unitId') : undefined;
      const program = await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'baseline.record', { unitId });
      const { expectedVersion, source, ...values } = parseInput(setBaselineSchema, input);
      if (values.unitId) await this.assertProgramUnits(em, program.id, [values.unitId], 'unitId');
      const row = await this.inventory.findBaseline(em, actor.orgId, values);
      const content = { value: values.value, measuredOn: values.measuredOn, dataSource: source };
      if (!row) {
        if (expectedVersion) throw new NotFoundError('Baseline', values.catalogKey);
        return toBaselineModel(await this.inventory.insertBaseline(em, { ...values, ...content, orgId: actor.orgId }));
      }
      if (row.value === content.value && row.measuredOn === content.measuredOn && row.dataSource === content.dataSource) return toBaselineModel(row);
      if (!expectedVersion) throw new ConflictError('Baseline', row.version);
      return toBaselineModel(await updateVersioned(em, AssessmentBaselineEntity, 'Baseline', { id: row.id, orgId: actor.orgId, expectedVersion }, content));
    });
  }

  async deleteBaseline(actor: Actor, baselineId: string): Promise<boolean> {
    const id = parseId(baselineId);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const row = await this.inventory.findBaselineById(em, actor.orgId, id);
      if (!row) throw new NotFoundError('Baseline', id);
      await loadActiveProgramFor(em, actor, row.programId, 'baseline.record', { unitId: row.unitId ?? undefined });
      await this.inventory.deleteBaseline(em, id);
      return true;
    });
  }

  /** Records or replaces a unit's staffing snapshot: its partners, the program's leads, admins. */
  async setStaffing(actor: Actor, input: SetUnitStaffingInput): Promise<UnitStaffingModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const unitId = parseId(input.unitId, 'unitId');
      const program = await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'staffing.record', { unitId });
      const { expectedVersion, programId, ...values } = parseInput(setUnitStaffingSchema, input);
      await this.assertProgramUnits(em, program.id, [values.unitId], 'unitId');
      const row = await this.inventory.findStaffing(em, actor.orgId, programId, values.unitId);
      const content = { revopsPeople: values.revopsPeople, sellers: values.sellers, complexity: values.complexity };
      if (!row) {
        if (expectedVersion) throw new NotFoundError('Staffing', values.unitId);
        return toStaffingModel(await this.inventory.insertStaffing(em, { ...content, programId, unitId: values.unitId, orgId: actor.orgId }));
      }
      if (row.revopsPeople === content.revopsPeople && row.sellers === content.sellers && row.complexity === content.complexity) return toStaffingModel(row);
      if (!expectedVersion) throw new ConflictError('Staffing', row.version);
      return toStaffingModel(await updateVersioned(em, UnitStaffingEntity, 'Staffing', { id: row.id, orgId: actor.orgId, expectedVersion }, content));
    });
  }

  /** Tools, baselines and staffing name units of the program's rollout only. */
  private async assertProgramUnits(em: EntityManager, programId: string, unitIds: readonly string[], field: string): Promise<void> {
    if (unitIds.length === 0) return;
    const found = await em.countBy(ProgramUnitEntity, { programId, unitId: In([...unitIds]) });
    if (found !== new Set(unitIds).size) throw invalidField(field, 'Pick units taking part in this program.');
  }

  private async assertOwner(em: EntityManager, actor: Actor, ownerId: string | null): Promise<void> {
    if (ownerId === null) return;
    const owner = await em.findOneBy(UserEntity, { id: ownerId, orgId: actor.orgId, active: true });
    if (!owner) throw invalidField('ownerId', 'The owner must be an active user of your organization.');
  }
}
