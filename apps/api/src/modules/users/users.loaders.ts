import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupInKeyOrder, LoaderRegistry, loaderKey, pickInKeyOrder } from '../../common/graphql/loaders.js';
import { toUnitModel } from '../units/unit.mapper.js';
import type { UnitModel } from '../units/unit.model.js';
import { toUserModel } from './user.mapper.js';
import type { UserModel } from './user.model.js';
import { UsersRepository } from './users.repository.js';

export const USER_BY_ID = loaderKey<string, UserModel | null>('userById');
export const UNITS_BY_USER = loaderKey<string, UnitModel[]>('unitsByUser');

/** Registers the users feature's DataLoaders. */
@Injectable()
export class UsersLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly users: UsersRepository,
  ) {}

  onModuleInit(): void {
    const { registry, users } = this;
    registry.register(USER_BY_ID, () => new DataLoader(async (ids) => pickInKeyOrder(ids, await users.byIds(ids), (row) => row.id, toUserModel)));
    registry.register(
      UNITS_BY_USER,
      () => new DataLoader(async (ids) => groupInKeyOrder(ids, await users.assignedUnits(ids), (row) => row.userId, (row) => toUnitModel(row.unit))),
    );
  }
}
