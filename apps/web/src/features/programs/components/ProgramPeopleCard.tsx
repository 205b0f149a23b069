import { ActionIcon, Avatar, Badge, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { PROGRAM_MEMBER_ROLE_LABELS, PROGRAM_MEMBER_ROLES, ROLE_LABELS } from '@rollout/domain';
import { IconDots, IconPencil, IconPlus, IconUserMinus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ProgramPeopleFragment as ProgramPeopleData } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { initials } from '../../../shared/lib/format';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { useRemoveProgramMember } from '../hooks/useProgramRollout';
import { ProgramMemberDialog, type MemberDialogMode } from './ProgramMemberDialog';

export const ProgramPeopleFragment = graphql(`
  fragment ProgramPeople on Program {
    id
    archived
    viewerCanManage
    owner {
      id
      name
      role
    }
    members {
      programId
      role
      user {
        id
        name
        role
      }
    }
  }
`);

type Member = ProgramPeopleData['members'][number];

export interface ProgramPeopleCardProps {
  program: FragmentType<typeof ProgramPeopleFragment>;
}

function Person({ name, detail, badge, actions }: { name: string; detail: string; badge?: ReactNode; actions?: ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="program-person">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Avatar size={34} radius="xl" color="indigo">
          {initials(name)}
        </Avatar>
        <div style={{ minWidth: 0 }}>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={600} truncate>
              {name}
            </Text>
            {badge}
          </Group>
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        </div>
      </Group>
      {actions}
    </Group>
  );
}

/** The program's owner and the people with a role in it: leads, steering committee, contributors. */
export function ProgramPeopleCard({ program: programRef }: ProgramPeopleCardProps) {
  const program = getFragmentData(ProgramPeopleFragment, programRef);
  const canManage = program.viewerCanManage && !program.archived;
  const [dialog, setDialog] = useState<MemberDialogMode | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [removeMember, { loading: removeLoading }] = useRemoveProgramMember();

  const members = [...program.members].sort(
    (a, b) => PROGRAM_MEMBER_ROLES.indexOf(a.role) - PROGRAM_MEMBER_ROLES.indexOf(b.role) || a.user.name.localeCompare(b.user.name),
  );

  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await removeMember(program.id, removing.user.id);
      notifySuccess(`${removing.user.name} removed from the program.`);
    } catch (error) {
      notifyError(error, 'Could not remove the member');
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Paper withBorder p="lg" h="100%" component="section" aria-labelledby="program-people-title">
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <Title order={2} fz="lg" fw={600} id="program-people-title">
          People
        </Title>
        {canManage && (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setDialog({ kind: 'add' })}>
            Add member
          </Button>
        )}
      </Group>
      <Stack gap="md">
        <Person
          name={program.owner.name}
          detail={`Owns the program · ${ROLE_LABELS[program.owner.role]}`}
          badge={
            <Badge size="xs" variant="light" color="indigo">
              Owner
            </Badge>
          }
        />
        {members.map((member) => (
          <Person
            key={member.user.id}
            name={member.user.name}
            detail={`${PROGRAM_MEMBER_ROLE_LABELS[member.role]} · ${ROLE_LABELS[member.user.role]}`}
            actions={
              canManage ? (
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${member.user.name}`}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconPencil size={14} />}
                      onClick={() => setDialog({ kind: 'edit', member: { user: member.user, role: member.role } })}
                    >
                      Change role
                    </Menu.Item>
                    <Menu.Item color="red" leftSection={<IconUserMinus size={14} />} onClick={() => setRemoving(member)}>
                      Remove from program
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              ) : undefined
            }
          />
        ))}
        {members.length === 0 && (
          <Text size="sm" c="dimmed">
            No other members yet.{canManage ? ' Add leads, the steering committee and contributors.' : ''}
          </Text>
        )}
      </Stack>
      {canManage && (
        <ProgramMemberDialog
          mode={dialog}
          programId={program.id}
          excludedUserIds={[program.owner.id, ...program.members.map((member) => member.user.id)]}
          onClose={() => setDialog(null)}
        />
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={`Remove ${removing?.user.name ?? 'this member'} from the program?`}
        confirmLabel="Remove member"
        loading={removeLoading}
        onConfirm={() => void confirmRemove()}
        onClose={() => setRemoving(null)}
      >
        They keep their account and can still read the program
        {removing?.role === 'lead' ? ', but can no longer manage it' : ''}. The change history keeps a record.
      </ConfirmDialog>
    </Paper>
  );
}
