import type { UserEntity } from './user.entity.js';
import type { UserModel } from './user.model.js';

export function toUserModel(entity: UserEntity): UserModel {
  return { id: entity.id, email: entity.email, name: entity.name, role: entity.role, active: entity.active, version: entity.version };
}
