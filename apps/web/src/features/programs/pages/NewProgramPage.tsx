import { Button, EmptyState } from '@mantine/core';
import type { CreateProgramInput, CreateProgramValues } from '@rollout/domain';
import { IconLock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../shared/components/PageHeader';
import { addMonths, todayLocalDate } from '../../../shared/lib/format';
import { notifySuccess } from '../../../shared/lib/notify';
import { useCanManagePrograms, useCurrentUser } from '../../../shared/session/current-user';
import { ProgramForm } from '../components/ProgramForm';
import { useCreateProgram } from '../hooks/useProgramMutations';
import { useProgramOwners } from '../hooks/useProgramOwners';

const crumbs = [{ label: 'Programs', to: '/programs' }];

export function NoPermission({ message }: { message: string }) {
  return (
    <EmptyState
      mt={60}
      icon={<IconLock size={26} />}
      variant="light"
      color="gray"
      title="You cannot do this"
      description={message}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/programs" variant="default">
          Back to programs
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

export function NewProgramPage() {
  const canManage = useCanManagePrograms();
  if (!canManage) return <NoPermission message="Only program managers and admins can create programs." />;
  return <NewProgramForm />;
}

function NewProgramForm() {
  const navigate = useNavigate();
  const user = useCurrentUser();
  const owners = useProgramOwners();
  const [createProgram] = useCreateProgram();

  const defaultValues = useMemo<CreateProgramInput>(() => {
    const start = todayLocalDate();
    return {
      name: '',
      objective: '',
      targetModel: 'undecided',
      sponsor: '',
      // A program manager usually creates programs they will run.
      ownerId: user.role === 'program_manager' ? user.id : '',
      startDate: start,
      targetDate: addMonths(start, 9),
      status: 'on_track',
    };
  }, [user]);

  const onSubmit = async (values: CreateProgramValues) => {
    const created = await createProgram(values);
    notifySuccess(`Program “${values.name}” created.`);
    await navigate(`/programs/${created.id}`);
  };

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title="New program"
        description="Programs start in the Assess phase. You can change every detail later."
      />
      <ProgramForm
        defaultValues={defaultValues}
        owners={owners.data?.users ?? []}
        ownersLoading={owners.loading && !owners.data}
        submitLabel="Create program"
        onSubmit={onSubmit}
        onCancel={() => void navigate('/programs')}
      />
    </>
  );
}
