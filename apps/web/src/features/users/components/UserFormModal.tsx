import { Modal, Text } from '@mantine/core';
import type { createUserSchema, updateUserSchema } from '@rollout/domain';
import type { z } from 'zod';
import { CreateUserForm } from './CreateUserForm';
import { EditUserForm } from './EditUserForm';
import type { UserRow } from './UsersTable';

export type CreateUserValues = z.output<typeof createUserSchema>;
export type UpdateUserValues = z.output<typeof updateUserSchema>;

export interface UnitOption {
  id: string;
  name: string;
  code: string;
}

export type UserFormMode = { kind: 'create' } | { kind: 'edit'; user: UserRow };

export interface UserFormModalProps {
  /** Null while closed. */
  mode: UserFormMode | null;
  units: readonly UnitOption[];
  unitsLoading?: boolean;
  /** The signed-in admin, who cannot change their own role. */
  currentUserId: string;
  onClose: () => void;
  /** Save calls; they throw the API error when that fails. */
  onCreate: (values: CreateUserValues) => Promise<void>;
  onUpdate: (values: UpdateUserValues) => Promise<void>;
  /** Re-reads the user after a CONFLICT so "load theirs" has their version. */
  onConflict: () => Promise<unknown>;
}

export function UserFormModal({ mode, onClose, ...props }: UserFormModalProps) {
  const title = mode?.kind === 'edit' ? `Edit ${mode.user.name}` : 'New user';
  return (
    <Modal opened={mode !== null} onClose={onClose} title={<Text fw={600}>{title}</Text>} centered size="lg">
      {mode?.kind === 'create' && <CreateUserForm onClose={onClose} {...props} />}
      {mode?.kind === 'edit' && <EditUserForm key={mode.user.id} user={mode.user} onClose={onClose} {...props} />}
    </Modal>
  );
}

/** What the create and edit forms get from the modal. */
export type UserFormProps = Omit<UserFormModalProps, 'mode'>;
