import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkReportingLine, invalidField, parseId, parseInput, savePlannedRoleSchema, versionedIdSchema, type Actor } from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { loadDesignDraftProgram } from '../design/design-version-state.js';
import type { RemovePlannedRoleInput, SavePlannedRoleInput } from './headcount.input.js';
import { toHeadcountModel, type HeadcountRecords } from './headcount.mapper.js';
import type { HeadcountModel } from './headcount.model.js';
import { HeadcountRepository } from './headcount.repository.js';
import { PlannedRoleEntity } from './planned-role.entity.js';

/**
 * The headcount plan of the target model. Every write locks the program, checks `design.manage`
 * and that the design version is a draft, then answers with the whole plan and its review (one
 * role's count moves the team's and the overall comparisons).
 */
@Injectable()
export class HeadcountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly headcount: HeadcountRepository,
  ) {}

  async saveRole(actor: Actor, input: SavePlannedRoleInput): Promise<HeadcountModel> {
    return this.change(actor, input.programId, async (em, records) => {
      const { id, unitId, title, count, annualCostPerHead, reportsToId, isManager, expectedVersion } = parseInput(savePlannedRoleSchema, input);
      if (unitId !== null && !records.units.some((unit) => unit.id === unitId)) throw invalidField('unitId', 'Pick a unit of this program, or the hub.');
      checkReportingLine(id ?? null, reportsToId, records.roles);
      const values = { unitId, title, count, annualCostPerHead, reportsToId, isManager };
      if (id === undefined) {
        await this.headcount.insertRole(em, { ...values, orgId: actor.orgId, programId: records.programId });
        return;
      }
      const current = records.roles.find((role) => role.id === id);
      if (!current) throw new NotFoundError('Planned role', id);
      if (expectedVersion === undefined) throw invalidField('expectedVersion', 'Send the version of the role you saw.');
      await updateVersioned(em, PlannedRoleEntity, 'Planned role', { id, orgId: actor.orgId, expectedVersion }, values);
    });
  }

  async removeRole(actor: Actor, input: RemovePlannedRoleInput): Promise<HeadcountModel> {
    return this.change(actor, input.programId, async (em, records) => {
      const { id, expectedVersion } = parseInput(versionedIdSchema, input);
      const current = records.roles.find((role) => role.id === id);
      if (!current) throw new NotFoundError('Planned role', id);
      if (!(await this.headcount.deleteRole(em, id, expectedVersion))) throw new ConflictError('Planned role', current.version, { title: current.title, count: current.count });
    });
  }

  // Permission before validation: a caller who may not manage the design gets FORBIDDEN, not the rules.
  private async change(actor: Actor, programIdInput: string, write: (em: EntityManager, records: HeadcountRecords) => Promise<void>): Promise<HeadcountModel> {
    const programId = parseId(programIdInput, 'programId');
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadDesignDraftProgram(em, actor, programId);
      await write(em, await this.headcount.recordsOf(em, programId));
      return toHeadcountModel(await this.headcount.recordsOf(em, programId));
    });
  }
}
