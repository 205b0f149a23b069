import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { applyPatch, assertCan, assertValidParent, createUnitSchema, versionedIdSchema, invalidField, parseId, parseInput, updateUnitSchema, type Actor } from '@rollout/domain';
import { z } from 'zod';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { UnitEntity } from './unit.entity.js';
import type { CreateUnitInput, UpdateUnitInput } from './unit.input.js';
import { toUnitModel } from './unit.mapper.js';
import type { UnitModel } from './unit.model.js';
import { UnitsRepository } from './units.repository.js';

const listSchema = z.object({ search: z.string().trim().max(100).optional(), includeArchived: z.boolean().default(false) });

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: UnitsRepository,
  ) {}

  /** All units, or those matching `search` by name or code, by name. */
  async list(actor: Actor, input: { search?: string | null; includeArchived?: boolean | null }): Promise<UnitModel[]> {
    const query = parseInput(listSchema, input);
    return (await this.units.list(actor.orgId, query)).map(toUnitModel);
  }

  async get(actor: Actor, id: string): Promise<UnitModel> {
    return toUnitModel(await this.load(this.dataSource.manager, actor, id));
  }

  async create(actor: Actor, input: CreateUnitInput): Promise<UnitModel> {
    this.assertCanManage(actor);
    const values = parseInput(createUnitSchema, input);
    return writeTransaction(this.dataSource, actor, async (em) => {
      if (values.parentId) await this.assertParentUsable(em, actor, values.parentId);
      const saved = await em.save(UnitEntity, em.create(UnitEntity, { ...values, parentId: values.parentId ?? null, orgId: actor.orgId }));
      return toUnitModel(saved);
    });
  }

  async update(actor: Actor, input: UpdateUnitInput): Promise<UnitModel> {
    this.assertCanManage(actor);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const unit = await this.load(em, actor, input.id);
      const { name, code, kind, parentId } = unit;
      const { id, expectedVersion, ...values } = parseInput(updateUnitSchema, applyPatch({ name, code, kind, parentId }, input, ['parentId']));
      // An unchanged parent is kept as it is, even one archived since.
      if (values.parentId && values.parentId !== parentId) {
        await this.assertParentUsable(em, actor, values.parentId);
        const tree = await this.units.tree(em, actor.orgId);
        assertValidParent(tree, id, values.parentId);
      }
      const changes = { ...values, parentId: values.parentId ?? null };
      return toUnitModel(await updateVersioned(em, UnitEntity, 'Unit', { id, orgId: actor.orgId, expectedVersion }, changes));
    });
  }

  /** Archives or restores a unit; archived units drop out of lists and pickers. */
  async setArchived(actor: Actor, input: { id: string; expectedVersion: number }, archived: boolean): Promise<UnitModel> {
    this.assertCanManage(actor);
    const { id, expectedVersion } = parseInput(versionedIdSchema, input);
    return writeTransaction(this.dataSource, actor, async (em) => {
      if (archived) {
        if ((await this.units.liveChildCount(em, actor.orgId, id)) > 0) throw invalidField('id', 'Archive or move this unit’s sub-units first.');
      }
      const changes = { archivedAt: archived ? new Date() : null };
      return toUnitModel(await updateVersioned(em, UnitEntity, 'Unit', { id, orgId: actor.orgId, expectedVersion }, changes));
    });
  }

  private assertCanManage(actor: Actor): void {
    assertCan(actor, 'unit.manage');
  }

  private async load(em: EntityManager, actor: Actor, id: string): Promise<UnitEntity> {
    const unitId = parseId(id);
    const unit = await this.units.find(em, actor.orgId, unitId);
    if (!unit) throw new NotFoundError('Unit', id);
    return unit;
  }

  private async assertParentUsable(em: EntityManager, actor: Actor, parentId: string): Promise<void> {
    const parent = await this.units.find(em, actor.orgId, parentId);
    if (!parent) throw invalidField('parentId', 'The parent unit does not exist.');
    if (parent.archivedAt) throw invalidField('parentId', 'The parent unit is archived.');
  }
}
