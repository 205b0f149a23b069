import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@apollo/client/react';
import { Modal, Select, Skeleton, Stack, Text } from '@mantine/core';
import {
  canManagePrograms,
  PROGRAM_MEMBER_ROLE_DESCRIPTIONS,
  PROGRAM_MEMBER_ROLE_LABELS,
  PROGRAM_MEMBER_ROLES,
  ROLE_LABELS,
  setProgramMemberSchema,
  type ProgramMemberRole,
  type Role,
} from '@rollout/domain';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { MemberCandidatesQuery, useSetProgramMember } from '../hooks/useProgramRollout';
import { FormFooter } from '../../../shared/components/FormFooter';

export const LEAD_NEEDS_MANAGER = 'Only program managers and admins can lead a program.';

interface Candidate {
  id: string;
  name: string;
  role: Role;
}

/** The shared member schema, plus "pick someone" and the lead rule for the people on offer. */
function memberFormSchema(candidates: readonly Candidate[]) {
  return setProgramMemberSchema
    .extend({ userId: z.string().min(1, 'Pick a person.').pipe(setProgramMemberSchema.shape.userId) })
    .superRefine((value, ctx) => {
      const user = candidates.find((candidate) => candidate.id === value.userId);
      if (value.role === 'lead' && user && !canManagePrograms(user)) {
        ctx.addIssue({ code: 'custom', path: ['role'], message: LEAD_NEEDS_MANAGER });
      }
    });
}
type MemberFormInput = z.input<ReturnType<typeof memberFormSchema>>;
type MemberFormValues = z.output<ReturnType<typeof memberFormSchema>>;

export type MemberDialogMode =
  | { kind: 'add' }
  | { kind: 'edit'; member: { user: Candidate; role: ProgramMemberRole } };

export interface ProgramMemberDialogProps {
  /** Null while closed. */
  mode: MemberDialogMode | null;
  programId: string;
  /** People already in the program (owner and members); not offered when adding. */
  excludedUserIds: readonly string[];
  onClose: () => void;
}

const roleOptions = PROGRAM_MEMBER_ROLES.map((value) => ({ value, label: PROGRAM_MEMBER_ROLE_LABELS[value] }));

export function ProgramMemberDialog({ mode, onClose, ...formProps }: ProgramMemberDialogProps) {
  const title = mode?.kind === 'edit' ? `Change the role of ${mode.member.user.name}` : 'Add a member';
  return (
    <Modal opened={mode !== null} onClose={onClose} title={<Text fw={600}>{title}</Text>} centered>
      {mode && <ProgramMemberForm mode={mode} onClose={onClose} {...formProps} />}
    </Modal>
  );
}

function ProgramMemberForm({ mode, programId, excludedUserIds, onClose }: Omit<ProgramMemberDialogProps, 'mode'> & { mode: MemberDialogMode }) {
  const users = useQuery(MemberCandidatesQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const [setMember] = useSetProgramMember();
  const candidates = useMemo<Candidate[]>(() => {
    if (mode.kind === 'edit') return [mode.member.user];
    const excluded = new Set(excludedUserIds);
    return (users.data?.users ?? []).filter((user) => !excluded.has(user.id));
  }, [mode, users.data, excludedUserIds]);
  const schema = useMemo(() => memberFormSchema(candidates), [candidates]);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MemberFormInput, unknown, MemberFormValues>({
    resolver: zodResolver(schema),
    defaultValues:
      mode.kind === 'edit'
        ? { programId, userId: mode.member.user.id, role: mode.member.role }
        : { programId, userId: '', role: 'contributor' },
  });

  const submit = async (values: MemberFormValues) => {
    const name = candidates.find((candidate) => candidate.id === values.userId)?.name ?? 'The member';
    try {
      await setMember(values);
      notifySuccess(
        mode.kind === 'edit'
          ? `${name} is now ${PROGRAM_MEMBER_ROLE_LABELS[values.role].toLowerCase()}.`
          : `${name} added as ${PROGRAM_MEMBER_ROLE_LABELS[values.role].toLowerCase()}.`,
      );
      onClose();
    } catch (error) {
      applyServerErrors(error, setError, ['userId', 'role']);
    }
  };

  if (mode.kind === 'add' && users.error && !users.data) {
    return <QueryErrorAlert error={users.error} title="Could not load people" onRetry={() => void users.refetch()} />;
  }
  if (mode.kind === 'add' && !users.data) return <Skeleton height={120} aria-label="Loading people" />;

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <Stack gap="md">
        <Controller
          control={control}
          name="userId"
          render={({ field }) => (
            <Select
              label="Person"
              placeholder="Search by name"
              data={candidates.map((user) => ({ value: user.id, label: `${user.name} · ${ROLE_LABELS[user.role]}` }))}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              searchable
              disabled={mode.kind === 'edit'}
              nothingFoundMessage="Nobody matches"
              required
              error={errors.userId?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="role"
          render={({ field }) => (
            <Select<ProgramMemberRole>
              label="Role in this program"
              description={PROGRAM_MEMBER_ROLE_DESCRIPTIONS[field.value]}
              data={roleOptions}
              value={field.value}
              onChange={(value) => {
                if (value) field.onChange(value);
              }}
              onBlur={field.onBlur}
              allowDeselect={false}
              required
              error={errors.role?.message}
            />
          )}
        />
        <FormFooter error={errors.root?.server} onCancel={onClose} submitting={isSubmitting} submitLabel={mode.kind === 'edit' ? 'Save role' : 'Add member'} />
      </Stack>
    </form>
  );
}
