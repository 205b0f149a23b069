import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addProgramUnitsSchema,
  applyPatch,
  checkMemberRole,
  invalidField,
  parseId,
  parseInput,
  setProgramMemberSchema,
  updateUnitRolloutSchema,
  type Actor,
} from '@rollout/domain';
import { DataSource, In, IsNull } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { UnitEntity } from '../units/unit.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { loadActiveProgramFor } from './program-access.js';
import { ProgramMemberEntity } from './program-member.entity.js';
import type { AddProgramUnitsInput, SetProgramMemberInput, UpdateUnitRolloutInput } from './program-rollout.input.js';
import type { ProgramMemberModel, ProgramUnitModel } from './program-rollout.model.js';
import { toProgramUnitModel } from './program.mapper.js';
import { ProgramUnitEntity } from './program-unit.entity.js';
import { ProgramsRepository } from './programs.repository.js';

/** The units taking part in a program and the people running it. */
@Injectable()
export class ProgramRolloutService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programs: ProgramsRepository,
  ) {}

  async addUnits(actor: Actor, input: AddProgramUnitsInput): Promise<ProgramUnitModel[]> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      // Permission before validation: a caller who may not manage the program gets FORBIDDEN, not the rules.
      await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'program.manage');
      const { programId, unitIds } = parseInput(addProgramUnitsSchema, input);
      const units = await em.findBy(UnitEntity, { id: In(unitIds), orgId: actor.orgId, archivedAt: IsNull() });
      if (units.length !== new Set(unitIds).size) throw invalidField('unitIds', 'Some units do not exist or are archived.');
      return (await this.programs.addProgramUnits(em, actor.orgId, programId, units.map((unit) => unit.id))).map(toProgramUnitModel);
    });
  }

  async removeUnit(actor: Actor, programUnitId: string): Promise<boolean> {
    const id = parseId(programUnitId);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const row = await em.findOneBy(ProgramUnitEntity, { id, orgId: actor.orgId });
      if (!row) throw new NotFoundError('ProgramUnit', id);
      await loadActiveProgramFor(em, actor, row.programId, 'program.manage');
      await em.delete(ProgramUnitEntity, { id });
      return true;
    });
  }

  /** A partner (in scope), a program lead or an admin reports on a unit: blocked or not, and a note. */
  async updateStatus(actor: Actor, input: UpdateUnitRolloutInput): Promise<ProgramUnitModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const rowId = parseId(input.id);
      const row = await em.findOneBy(ProgramUnitEntity, { id: rowId, orgId: actor.orgId });
      if (!row) throw new NotFoundError('ProgramUnit', rowId);
      await loadActiveProgramFor(em, actor, row.programId, 'rollout_status.update', { unitId: row.unitId });
      const { id, expectedVersion, blocked, note } = parseInput(updateUnitRolloutSchema, applyPatch({ blocked: row.blocked, note: row.note }, input, ['note']));
      const key = { id, orgId: actor.orgId, expectedVersion };
      return toProgramUnitModel(await updateVersioned(em, ProgramUnitEntity, 'Unit report', key, { blocked, note }));
    });
  }

  async setMember(actor: Actor, input: SetProgramMemberInput): Promise<ProgramMemberModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const program = await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'program.manage');
      const { userId, role } = parseInput(setProgramMemberSchema, input);
      const user = await em.findOneBy(UserEntity, { id: userId, orgId: actor.orgId, active: true });
      if (!user) throw invalidField('userId', 'This user does not exist or is deactivated.');
      checkMemberRole(user, role);
      // The answer names the rows just read, never the caller's spelling of their ids: its fields resolve from them after commit.
      const member = { programId: program.id, userId: user.id, role };
      await em.upsert(ProgramMemberEntity, { ...member, orgId: actor.orgId }, ['programId', 'userId']);
      return member;
    });
  }

  async removeMember(actor: Actor, input: { programId: string; userId: string }): Promise<boolean> {
    const programId = parseId(input.programId, 'programId');
    const userId = parseId(input.userId, 'userId');
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadActiveProgramFor(em, actor, programId, 'program.manage');
      const result = await em.delete(ProgramMemberEntity, { programId, userId });
      if (!result.affected) throw new NotFoundError('ProgramMember', userId);
      return true;
    });
  }
}
