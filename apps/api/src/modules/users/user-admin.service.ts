import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  applyPatch,
  assertCan,
  changePasswordSchema,
  createUserSchema,
  invalidField,
  parseId,
  parseInput,
  resetPasswordSchema,
  updateUserSchema,
  versionedIdSchema,
  type Actor,
  type ChangePasswordInput,
  type ResetPasswordInput,
} from '@rollout/domain';
import { checkPasswordStrength } from '@rollout/domain/passwords';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { SignInLimiter } from '../auth/sign-in-limiter.js';
import { UnitEntity } from '../units/unit.entity.js';
import { UserUnitEntity } from './user-unit.entity.js';
import type { CreateUserInput, UpdateUserInput } from './user.input.js';
import { UserEntity } from './user.entity.js';
import { toUserModel } from './user.mapper.js';
import type { UserModel } from './user.model.js';
import { UsersRepository } from './users.repository.js';

/** Account administration (admins) and a user's own password. */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly guesses: SignInLimiter,
  ) {}

  async create(actor: Actor, input: CreateUserInput): Promise<UserModel> {
    assertCan(actor, 'user.manage');
    const { password, unitIds, ...values } = parseInput(createUserSchema, input);
    checkPasswordStrength(password, values, 'password');
    const passwordHash = await hashPassword(password);
    return writeTransaction(this.dataSource, actor, async (em) => {
      if (await em.existsBy(UserEntity, { email: values.email })) throw invalidField('email', 'A user with this email already exists.');
      const user = await em.save(UserEntity, em.create(UserEntity, { ...values, orgId: actor.orgId, passwordHash }));
      await this.assignUnits(em, actor, user.id, values.role === 'regional_partner' ? unitIds : []);
      return toUserModel(user);
    });
  }

  async update(actor: Actor, input: UpdateUserInput): Promise<UserModel> {
    assertCan(actor, 'user.manage');
    return writeTransaction(this.dataSource, actor, async (em) => {
      const current = await em.findOneBy(UserEntity, { id: parseId(input.id), orgId: actor.orgId });
      if (!current) throw new NotFoundError('User', input.id);
      const assigned = await em.findBy(UserUnitEntity, { userId: current.id });
      const patched = applyPatch({ name: current.name, role: current.role, unitIds: assigned.map((row) => row.unitId) }, input, ['unitIds']);
      const { id, expectedVersion, unitIds, ...values } = parseInput(updateUserSchema, patched);
      if (id === actor.id && values.role !== actor.role) throw invalidField('role', 'You cannot change your own role.');
      const user = await updateVersioned(em, UserEntity, 'User', { id, orgId: actor.orgId, expectedVersion }, values);
      await this.assignUnits(em, actor, id, values.role === 'regional_partner' ? unitIds : []);
      return toUserModel(user);
    });
  }

  /** Deactivated users cannot sign in and their open sessions end immediately. */
  async setActive(actor: Actor, input: { id: string; expectedVersion: number }, active: boolean): Promise<UserModel> {
    assertCan(actor, 'user.manage');
    const { id, expectedVersion } = parseInput(versionedIdSchema, input);
    if (id === actor.id && !active) throw invalidField('id', 'You cannot deactivate yourself.');
    return writeTransaction(this.dataSource, actor, async (em) => {
      const user = await updateVersioned(em, UserEntity, 'User', { id, orgId: actor.orgId, expectedVersion }, { active });
      if (!active) await this.users.endSessions(em, id);
      return toUserModel(user);
    });
  }

  /** The audit log records who reset whose password and when (password_changed_at), never the password. */
  async resetPassword(actor: Actor, input: ResetPasswordInput): Promise<boolean> {
    assertCan(actor, 'user.manage');
    const { id, newPassword } = parseInput(resetPasswordSchema, input);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id, orgId: actor.orgId });
    if (!user) throw new NotFoundError('User', id);
    checkPasswordStrength(newPassword, user);
    const passwordHash = await hashPassword(newPassword);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const result = await em.update(UserEntity, { id, orgId: actor.orgId }, { passwordHash, passwordChangedAt: new Date() });
      if (!result.affected) throw new NotFoundError('User', id);
      await this.users.endSessions(em, id);
      return true;
    });
  }

  /**
   * Any user changes their own password; their other sessions end, this one stays. Each try counts
   * against the sign-in limits (same counters: per account and per IP), so a stolen session cannot
   * guess the current password quickly; a right one clears the account's counter, as a sign-in does.
   */
  async changeOwnPassword(actor: Actor, input: ChangePasswordInput, session: { sessionId: string; ip: string }): Promise<boolean> {
    const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: actor.id });
    await this.guesses.hit(user.email, session.ip);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw invalidField('currentPassword', 'This is not your current password.');
    await this.guesses.reset(user.email);
    checkPasswordStrength(newPassword, user);
    const passwordHash = await hashPassword(newPassword);
    return writeTransaction(this.dataSource, actor, async (em) => {
      await em.update(UserEntity, { id: actor.id }, { passwordHash, passwordChangedAt: new Date() });
      await this.users.endSessions(em, actor.id, session.sessionId);
      return true;
    });
  }

  private async assignUnits(em: EntityManager, actor: Actor, userId: string, unitIds: string[]): Promise<void> {
    const units = unitIds.length ? await em.findBy(UnitEntity, { id: In(unitIds), orgId: actor.orgId, archivedAt: IsNull() }) : [];
    if (units.length !== new Set(unitIds).size) throw invalidField('unitIds', 'Some units do not exist or are archived.');
    await em.delete(UserUnitEntity, { userId });
    if (units.length) await em.insert(UserUnitEntity, units.map((unit) => ({ orgId: actor.orgId, userId, unitId: unit.id })));
  }
}
